import { describe, expect, it } from 'vitest';
import {
  askTheService,
  BRON,
  BRON_MET_OOK,
  type Connection,
  type Eigenschap,
  ids,
  type Ref,
  relatieOf,
  sorted,
  squash,
  waarde,
} from '../../support/questions.js';

/*
 * Questions about the source documents themselves, asked over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer.
 */

const ask = askTheService();

describe('the documents', () => {
  type DocumentNode = Ref & { datum: string | null; afzender: string | null; kenmerk: string | null; bestand: string };

  // 000 r.35 "8 februari 2018"; 003 r.7 "15 februari 2018"; 002 r.9 "16 maart 2018"; 001 r.26 "Datum : 2 mei 2018";
  // 004 r.3 "Precies een jaar geleden, op 14 februari 2018" (so 14 February 2019)
  it('the five documents, oldest first, date from 8 February 2018 to 14 February 2019', async () => {
    const { documenten } = await ask<{ documenten: Connection<DocumentNode> }>(
      '{ documenten(sortering: DATUM) { totalCount edges { node { id naam datum afzender kenmerk bestand } } } }',
    );
    expect(documenten.edges.map(({ node }) => [node.id, node.datum])).toEqual([
      ['document:mededeling-ibp-2018-02-08', '2018-02-08'],
      ['document:ibp-programmastart', '2018-02-15'],
      ['document:vng-ledenbrief-2018-03-16', '2018-03-16'],
      ['document:ipo-memo-2018-05-02', '2018-05-02'],
      ['document:ibp-een-jaar', '2019-02-14'],
    ]);
  });

  // 003 r.9–11: "Ons kenmerk COS/U201800112 Lbr. 18/004"; 002 r.10–12: "Ons kenmerk COS/U201800195 Lbr. 18/009";
  // 000 r.29–31: "Registratienummer 2193295"
  it('the references are COS/U201800112 (15 Feb), COS/U201800195 (16 Mar) and registration number 2193295 (mededeling)', async () => {
    type Brief = DocumentNode & { eigenschappen: Eigenschap[] };
    const data = await ask<{ a: Brief; b: Brief; c: DocumentNode; d: DocumentNode }>(
      `{ a: document(id: "document:ibp-programmastart") { id naam kenmerk eigenschappen { naam waarde } }
         b: document(id: "document:vng-ledenbrief-2018-03-16") { id naam kenmerk eigenschappen { naam waarde } }
         c: document(id: "document:mededeling-ibp-2018-02-08") { id naam kenmerk }
         d: document(id: "document:ipo-memo-2018-05-02") { id naam kenmerk } }`,
    );
    expect(data.a.kenmerk).toBe('COS/U201800112');
    expect(waarde(data.a.eigenschappen, 'lbrNummer')).toBe('Lbr. 18/004');
    expect(data.b.kenmerk).toBe('COS/U201800195');
    expect(waarde(data.b.eigenschappen, 'lbrNummer')).toBe('Lbr. 18/009');
    expect(data.c.kenmerk).toBe('2193295');
    expect(data.d.kenmerk).toBeNull();
  });

  // 001 r.14–24: "Aan : de leden van het IPO-bestuur alle Colleges van Gedeputeerde Staten / Van : Michiel Koetsier /
  // CC : Henry Meijdam, Johan Osinga, Hester Menninga, Mariëlle de Ruijsscher"
  it('the IPO memo is from Michiel Koetsier to the IPO board and all Colleges of GS, with four people in cc', async () => {
    const { document } = await ask<{
      document: { afzender: string; afzenders: Connection; geadresseerden: Connection };
    }>(
      `{ document(id: "document:ipo-memo-2018-05-02") { afzender afzenders { edges { node { id naam } relatie { rol } } }
           geadresseerden { edges { node { id naam } relatie { rol } } } } }`,
    );
    expect(document.afzender).toBe('Michiel Koetsier');
    expect(ids(document.afzenders)).toContain('persoon:michiel-koetsier');
    const cc = document.geadresseerden.edges
      .filter(({ relatie }) => relatie?.rol === 'cc')
      .map(({ node }) => node.naam);
    expect(sorted(cc)).toEqual(['Henry Meijdam', 'Hester Menninga', 'Johan Osinga', 'Mariëlle de Ruijsscher']);
    const aan = document.geadresseerden.edges.filter(({ relatie }) => relatie?.rol !== 'cc').map(({ node }) => node.id);
    expect(sorted(aan)).toEqual(['groep:colleges-van-gs', 'overleg:ipo-bestuur']);
  });

  // 002 r.23: "Op 15 februari heeft u een ledenbrief ontvangen, waarin u geïnformeerd bent over het Interbestuurlijk
  // Programma"
  it('the ledenbrief of 16 March refers back to the ledenbrief of 15 February', async () => {
    const { document } = await ask<{ document: { verwijstNaar: Connection<Ref & { datum: string }> } }>(
      `{ document(id: "document:vng-ledenbrief-2018-03-16") {
           verwijstNaar { edges { node { id naam datum } relatie { onderwerp bronnen { ${BRON} } } } } } }`,
    );
    expect(document.verwijstNaar.edges.map(({ node }) => [node.id, node.datum])).toEqual([
      ['document:ibp-programmastart', '2018-02-15'],
    ]);
    expect(document.verwijstNaar.edges[0]?.relatie?.bronnen[0]).toMatchObject({
      regelVan: 23,
      citaat: expect.stringContaining('Op 15 februari'),
    });
  });

  // 003 r.129–135: "Met vriendelijke groet, Vereniging van Nederlandse Gemeenten … Jantine Kriens Algemeen directeur";
  // 002 r.90–95: "Met vriendelijke groet, … Jantine Kriens Algemeen directeur"
  it('both VNG ledenbrieven come from the VNG and are signed by its director Jantine Kriens', async () => {
    const data = await ask<{
      a: { afzenders: Connection };
      b: { afzenders: Connection };
      kriens: { werktBij: Connection };
    }>(
      `{ a: document(id: "document:ibp-programmastart") { afzenders { edges { node { id naam } relatie { rol } } } }
         b: document(id: "document:vng-ledenbrief-2018-03-16") { afzenders { edges { node { id naam } relatie { rol } } } }
         kriens: actor(id: "persoon:jantine-kriens") { ... on Persoon { werktBij { edges { node { id naam } relatie { rol } } } } } }`,
    );
    for (const brief of [data.a, data.b]) {
      expect(sorted(ids(brief.afzenders))).toEqual(['koepel:vng', 'persoon:jantine-kriens']);
      expect(relatieOf(brief.afzenders, 'persoon:jantine-kriens').rol).toBe('ondertekenaar');
    }
    expect(relatieOf(data.kriens.werktBij, 'koepel:vng').rol).toBe('algemeen directeur');
  });

  // 000 r.19: "Voor de provincies zijn de volgende IBP-thema's relevant: Klimaat, Wonen, Regionale economie, Vitaal
  // platteland, Goed openbaar bestuur, Financiële verhoudingen."
  it('the mededeling names six IBP themes as relevant to the provinces', async () => {
    const { document } = await ask<{ document: { bespreekt: Connection<Ref & { soort: string }> } }>(
      '{ document(id: "document:mededeling-ibp-2018-02-08") { bespreekt(first: 100) { edges { node { id naam soort } } } } }',
    );
    const opgaven = document.bespreekt.edges.filter(({ node }) => node.soort === 'Opgave').map(({ node }) => node.id);
    expect(sorted(opgaven)).toEqual(
      sorted([
        'opgave:klimaat',
        'opgave:wonen',
        'opgave:regionale-economie',
        'opgave:vitaal-platteland',
        'opgave:goed-openbaar-bestuur',
        'opgave:financiele-verhoudingen',
      ]),
    );
  });

  // 001 r.417–630: the annex "Hoe organiseren we het vervolg?" covers klimaat, wonen, regionale economie, vitaal
  // platteland, goed openbaar bestuur, financiële verhoudingen and overkoepelende thema's — none of the social opgaven
  it('the IPO memo discusses the seven provincial opgaven and none of the three social ones', async () => {
    const { document } = await ask<{ document: { bespreekt: Connection<Ref & { soort: string }> } }>(
      '{ document(id: "document:ipo-memo-2018-05-02") { bespreekt(first: 100) { edges { node { id naam soort } } } } }',
    );
    const opgaven = document.bespreekt.edges.filter(({ node }) => node.soort === 'Opgave').map(({ node }) => node.id);
    expect(opgaven).toHaveLength(7);
    expect(opgaven).not.toContain('opgave:sociaal-domein');
    expect(opgaven).not.toContain('opgave:schulden');
    expect(opgaven).not.toContain('opgave:migratie');
    expect(opgaven).toContain('opgave:overkoepelend');
  });

  // 001 r.179–181: "Tenslotte geeft het IBP argumenten voor de inzet van geld uit onder meer rijks- enveloppen, zoals de
  // regiodeals."; r.297–299: "In een ronde langs alle provincies zijn meer voorbeelden besproken"; r.383–385: "In
  // Zeeland, Noord Brabant en Noord Holland is ook stilgestaan bij de bijdragen uit de regio-envelop"
  it('the IPO memo discusses the regiodeals as a source of money and, in the round past the provinces, the regio-envelop', async () => {
    const { document } = await ask<{ document: { bespreekt: Connection<Ref & { soort: string }> } }>(
      `{ document(id: "document:ipo-memo-2018-05-02") { bespreekt(first: 100) { edges { node { id naam soort }
           relatie { onderwerp bronnen { ${BRON_MET_OOK} } } } } } }`,
    );
    const instrumenten = document.bespreekt.edges.filter(({ node }) => node.soort === 'Instrument');
    expect(sorted(instrumenten.map(({ node }) => node.id))).toEqual([
      'instrument:interbestuurlijk-programma',
      'instrument:regiodeals',
      'instrument:regionale-envelop',
    ]);
    const [regiodeals] = relatieOf(document.bespreekt, 'instrument:regiodeals').bronnen;
    expect(regiodeals).toMatchObject({ regelVan: 179, regelTot: 181 });
    expect(squash(regiodeals!.tekst)).toContain(squash(regiodeals!.citaat));
    expect(regiodeals!.citaat).toContain('zoals de regiodeals');
    expect(regiodeals!.citaat).not.toContain('regio-envelop');
    const [envelop] = relatieOf(document.bespreekt, 'instrument:regionale-envelop').bronnen;
    expect(envelop).toMatchObject({ regelVan: 383, regelTot: 385 });
    expect(squash(envelop!.tekst)).toContain(squash(envelop!.citaat));
    expect(envelop!.citaat).toContain('bijdragen uit de regio-envelop');
    expect(envelop!.ook).toEqual([expect.objectContaining({ regelVan: 297, regelTot: 299 })]);
    expect(squash(envelop!.ook![0]!.tekst)).toContain(
      'In een ronde langs alle provincies zijn meer voorbeelden besproken',
    );
  });

  // 004 r.16: "Veel opgaven worden op regionale, soms lokale schaal opgepakt. Dat is logisch, omdat er grote regionale
  // verschillen zijn als het om klimaatverandering, toekomstbestendig wonen of bijvoorbeeld de brede schuldenaanpak gaat."
  it('the web text discusses Toekomstbestendig wonen among the opgaven picked up at regional scale', async () => {
    const { document } = await ask<{ document: { bespreekt: Connection<Ref & { soort: string }> } }>(
      `{ document(id: "document:ibp-een-jaar") { bespreekt(first: 100) { edges { node { id naam soort }
           relatie { onderwerp bronnen { ${BRON} } } } } } }`,
    );
    const opgaven = document.bespreekt.edges.filter(({ node }) => node.soort === 'Opgave').map(({ node }) => node.id);
    expect(sorted(opgaven)).toEqual(['opgave:klimaat', 'opgave:sociaal-domein', 'opgave:wonen']);
    const wonen = relatieOf(document.bespreekt, 'opgave:wonen');
    expect(wonen.onderwerp).toContain('regionale, soms lokale schaal');
    const [bron] = wonen.bronnen;
    expect(bron).toMatchObject({ regelVan: 16, regelTot: 16 });
    expect(squash(bron!.tekst)).toContain(squash(bron!.citaat));
    expect(bron!.citaat).toContain('toekomstbestendig wonen');
  });

  // 004 r.1–3: the web text has a title and refers to "Precies een jaar geleden, op 14 februari 2018" but names no author
  it('the web text "1 jaar IBP" has no named sender and its date is derived from "precies een jaar geleden"', async () => {
    const { document } = await ask<{
      document: { naam: string; afzender: string | null; afzenders: Connection; eigenschappen: Eigenschap[] };
    }>(
      '{ document(id: "document:ibp-een-jaar") { naam afzender afzenders { totalCount edges { node { id naam } } } eigenschappen { naam waarde } } }',
    );
    expect(document.naam).toBe('1 jaar IBP: de plannen voor 2019');
    expect(document.afzender).toBeNull();
    expect(document.afzenders.totalCount).toBe(0);
    expect(waarde(document.eigenschappen, 'datumAfgeleid')).toBe('true');
  });

  // 001 ends with a line break after line 637
  it('the IPO memo has 637 lines', async () => {
    const data = await ask<{ document: { aantalRegels: number } }>(
      '{ document(id: "document:ipo-memo-2018-05-02") { aantalRegels } }',
    );
    expect(data.document.aantalRegels).toBe(637);
  });
});
