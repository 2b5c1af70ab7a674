import { describe, expect, it } from 'vitest';
import {
  askTheService,
  BRON,
  BRON_MET_OOK,
  type Bron,
  type Connection,
  type Eigenschap,
  ids,
  type MijlpaalLike,
  type Ref,
  relatieOf,
  sorted,
  type Variant,
  waarde,
} from '../../support/questions.js';

/*
 * Questions about themes and instruments, asked over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer.
 */

const ask = askTheService();

describe('themes and instruments', () => {
  // 003 r.528–544: "merkbaar verschil maken op een twaalftal iconische 'programmatische' thema's: 1. Mensen die te maken
  // hebben met eenzaamheid … 12. Kansen creëren voor minder zelfredzame jongeren."
  it('the social domain has twelve programmatic themes, numbered 1 to 12 as in the programme', async () => {
    const { themas } = await ask<{ themas: Connection<Ref & { eigenschappen: Eigenschap[] }> }>(
      '{ themas(opgave: "opgave:sociaal-domein", first: 50) { totalCount edges { node { id naam eigenschappen { naam waarde } } } } }',
    );
    expect(themas.totalCount).toBe(12);
    const perNummer = themas.edges
      .map(({ node }) => [Number(waarde(node.eigenschappen, 'nummer')), node.naam] as const)
      .sort((a, b) => a[0] - b[0]);
    expect(perNummer.map(([nummer]) => nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(perNummer[0]?.[1]).toBe('Mensen die te maken hebben met eenzaamheid');
    expect(perNummer[5]?.[1]).toBe('Mensen die zich met het Nederlands niet goed kunnen redden');
    expect(perNummer[10]?.[1]).toBe('Vrouwen, mannen en kinderen die slachtoffer zijn van mensenhandel');
    expect(perNummer[11]?.[1]).toBe('Kansen creëren voor minder zelfredzame jongeren');
  });

  // 003 r.348–352: "a) Klimaatmitigatie … b) Klimaatadaptatie … c) Circulaire economie"; r.970: "Bijlage 2 - Sector
  // inzetten behorende bij onderdeel klimaat en energie" and r.972–1065: "1. Sector Industrie", "2. Sector Landbouw en
  // Natuur", "3. Sector Gebouwde omgeving", "4. Sector Elektriciteit", "5. Sector Mobiliteit". Klimaat en energie is the
  // mitigation part (r.360, r.863), so the sectors are parts of klimaatmitigatie, not themes of the opgave itself. Each
  // relation quotes its sector's heading and cites r.970 with it, as a further range.
  it('klimaat has three themes (mitigation, adaptation, circular economy); the five sectors of bijlage 2 are parts of mitigation', async () => {
    const { themas, thema } = await ask<{ themas: Connection; thema: { onderdelen: Connection } }>(
      `{ themas(opgave: "opgave:klimaat", first: 50) { totalCount edges { node { id naam } } }
         thema(id: "thema:klimaatmitigatie") { onderdelen(first: 50) { edges { node { id naam } relatie { bronnen { ${BRON_MET_OOK} } } } } } }`,
    );
    expect(themas.edges.map(({ node }) => node.naam)).toEqual([
      'Circulaire economie',
      'Klimaatadaptatie',
      'Klimaatmitigatie',
    ]);
    const sectoren = thema.onderdelen.edges.filter(({ node }) => node.naam.startsWith('Sector '));
    expect(sectoren.map(({ node }) => node.naam).sort()).toEqual([
      'Sector Elektriciteit',
      'Sector Gebouwde omgeving',
      'Sector Industrie',
      'Sector Landbouw en Natuur',
      'Sector Mobiliteit',
    ]);
    for (const { node, relatie } of sectoren) {
      expect(
        relatie?.bronnen.flatMap((bron) => [bron, ...(bron.ook ?? [])].map((range) => range.regelVan)),
        node.id,
      ).toContain(970);
      expect(relatie?.bronnen[0]?.citaat, node.id).toContain(node.naam);
    }
  });

  // 003 r.674 "1. Eén overheid", r.686 "2. Democratische overheid", r.697 "3. iOverheid"; 001 r.95–97: "kent drie
  // speerpunten: beter functioneren als één overheid, iOverheid … en ‘democratische overheid’"
  it('goed openbaar bestuur has three speerpunten: Eén overheid, Democratische overheid, iOverheid', async () => {
    const { themas } = await ask<{ themas: Connection<Ref & { eigenschappen: Eigenschap[]; varianten: Variant[] }> }>(
      `{ themas(opgave: "opgave:goed-openbaar-bestuur") {
           edges { node { id naam eigenschappen { naam waarde } varianten { eigenschap waarde bron { ${BRON} } } } } } }`,
    );
    const speerpunten = themas.edges
      .filter(({ node }) => waarde(node.eigenschappen, 'speerpunt') !== undefined)
      .map(({ node }) => [waarde(node.eigenschappen, 'speerpunt'), node.naam])
      .sort();
    expect(speerpunten).toEqual([
      ['1', 'Eén overheid'],
      ['2', 'Democratische overheid'],
      ['3', 'iOverheid'],
    ]);
    const eenOverheid = themas.edges.find(({ node }) => node.id === 'thema:een-overheid')?.node;
    expect(eenOverheid?.varianten[0]).toMatchObject({
      waarde: 'beter functioneren als één overheid',
      bron: { document: { id: 'document:ipo-memo-2018-05-02' } },
    });
  });

  // 003 r.763: "Daarvoor zijn in het regeerakkoord ook verschillende instrumenten benoemd: o.a. regionale deals, city
  // deals, de regionale envelop en regionale energie en klimaatstrategieën (REKs)."
  it('the instruments of the regional area-based approach include regional deals, city deals, the regional envelope and REKS', async () => {
    const { thema } = await ask<{ thema: { opgaven: Connection; instrumenten: Connection } }>(
      `{ thema(id: "thema:regionale-gebiedsgerichte-aanpak") { opgaven { edges { node { id naam } } }
           instrumenten(first: 50) { edges { node { id naam } relatie { bronnen { ${BRON} } } } } } }`,
    );
    expect(ids(thema.opgaven)).toEqual(['opgave:overkoepelend']);
    const genoemd = [
      'instrument:regiodeals',
      'instrument:city-deals',
      'instrument:regionale-envelop',
      'instrument:reks',
    ];
    expect(ids(thema.instrumenten)).toEqual(expect.arrayContaining(genoemd));
    for (const id of genoemd) {
      expect(relatieOf(thema.instrumenten, id).bronnen).toContainEqual(
        expect.objectContaining({ regelVan: 763, document: { id: 'document:ibp-programmastart' } }),
      );
    }
  });

  // 001 r.383–387: "stilgestaan bij de bijdragen uit de regio-envelop (Zeeland, Petten en ESTEC en Brainport), wat
  // natuurlijk ook speelt voor Zuid Holland (Rotterdam Zuid)": contributions from the envelope (FINANCIERT), not places
  // it is deployed for
  it('the regio-envelop contributes to Zeeland, Petten, ESTEC, Brainport and Rotterdam Zuid', async () => {
    const { instrument } = await ask<{
      instrument: { naam: string; varianten: Variant[]; regios: Connection; financiert: Connection };
    }>(
      `{ instrument(id: "instrument:regionale-envelop") { naam varianten { eigenschap waarde bron { ${BRON} } }
           regios { totalCount edges { node { id naam } } }
           financiert(first: 50) { edges { node { id naam } relatie { type bronnen { ${BRON} } } } } } }`,
    );
    expect(instrument.naam).toBe('regionale envelop');
    expect(instrument.varianten).toContainEqual(
      expect.objectContaining({ eigenschap: 'naam', waarde: 'regio-envelop' }),
    );
    expect(sorted(ids(instrument.financiert))).toEqual([
      'gemeente:petten',
      'organisatie:estec',
      'provincie:zeeland',
      'regio:brainport',
      'regio:rotterdam-zuid',
    ]);
    for (const { relatie } of instrument.financiert.edges) {
      expect(relatie?.type).toBe('FINANCIERT');
      expect(relatie?.bronnen[0]).toMatchObject({ regelVan: 383, regelTot: 387 });
      expect(relatie?.bronnen[0]?.citaat).toContain(
        'bijdragen uit de regio-envelop (Zeeland, Petten en ESTEC en Brainport)',
      );
    }
    expect(instrument.regios.totalCount).toBe(0);
  });

  // 003 r.469: "de ontwikkeling van bijvoorbeeld de Actieagenda Brainport"; 001 r.385: "bijdragen uit de regio-envelop
  // (… en Brainport)"
  it('the instrument for Brainport is the Actieagenda Brainport; the regional envelope contributes money to it', async () => {
    const { instrumenten, regio } = await ask<{ instrumenten: Connection; regio: { gefinancierdDoor: Connection } }>(
      `{ instrumenten(regio: "regio:brainport") { totalCount edges { node { id naam } } }
         regio(id: "regio:brainport") { gefinancierdDoor { edges { node { id naam } } } } }`,
    );
    expect(instrumenten.edges.map(({ node }) => node.naam)).toEqual(['Actieagenda Brainport']);
    expect(ids(regio.gefinancierdDoor)).toEqual(['instrument:regionale-envelop']);
  });

  // 003 r.888: "IPO, VNG en UvW nemen het voortouw … integrale regionale energie- en klimaatstrategieën (REKS)";
  // r.763: "(REKs)"; 001 r.379–381: "de eerste ervaringen met Regionale Klimaat en Energie-strategieën in Friesland"
  it('REKS: the three koepels take the lead; first experience in Friesland; also spelled REKs', async () => {
    const { instrument } = await ask<{
      instrument: { afkorting: string; varianten: Variant[]; betrokkenen: Connection; regios: Connection };
    }>(
      `{ instrument(id: "instrument:reks") { afkorting varianten { eigenschap waarde bron { ${BRON} } }
           betrokkenen { edges { node { id naam } relatie { rol } } } regios { edges { node { id naam } } } } }`,
    );
    expect(instrument.afkorting).toBe('REKS');
    expect(instrument.varianten.map((variant) => [variant.eigenschap, variant.waarde])).toEqual(
      expect.arrayContaining([
        ['afkorting', 'REKs'],
        ['naam', 'Regionale Klimaat en Energie-strategieën'],
      ]),
    );
    const leading = instrument.betrokkenen.edges.filter(({ relatie }) => relatie?.rol === 'neemt het voortouw');
    expect(sorted(leading.map(({ node }) => node.id))).toEqual(['koepel:ipo', 'koepel:uvw', 'koepel:vng']);
    expect(ids(instrument.regios)).toEqual(['provincie:friesland']);
  });

  // 003 r.32: "met het IBP en de gemaakte financiële afspraken een stevige basis is gelegd" vs 001 r.142–143: "Hierbij
  // geldt expliciet dat er met het IBP geen concrete financiële afspraken zijn gemaakt."
  it('the VNG speaks of financial agreements made with the IBP; the IPO memo says no concrete ones were made', async () => {
    const { instrument } = await ask<{ instrument: { eigenschappen: Eigenschap[]; varianten: Variant[] } }>(
      `{ instrument(id: "instrument:interbestuurlijk-programma") { eigenschappen { naam waarde } varianten { eigenschap waarde bron { ${BRON} } } } }`,
    );
    expect(waarde(instrument.eigenschappen, 'financieleAfspraken')).toMatch(/^gemaakt/);
    const ipo = instrument.varianten.filter((variant) => variant.eigenschap === 'financieleAfspraken');
    expect(ipo).toHaveLength(1);
    expect(ipo[0]?.waarde).toBe('geen concrete financiële afspraken');
    expect(ipo[0]?.bron.document.id).toBe('document:ipo-memo-2018-05-02');
    expect(ipo[0]?.bron.citaat).toContain('geen concrete financiële afspraken zijn gemaakt');
  });

  // 003 r.516: "Met het IBP is de discussie over de door gemeenten ervaren financiële problematiek in het sociaal domein
  // afgerond" vs r.30: "Daarover is een gedeeltelijke oplossing bereikt." vs 004 r.10: "Tekorten op de Jeugdzorg bij een
  // aantal gemeenten was en is een van de grootste knelpunten."
  it('were the social-domain shortfalls settled? "afgerond" says the programme, "gedeeltelijk" the ledenbrief, not so a year later', async () => {
    const { opgave } = await ask<{ opgave: { eigenschappen: Eigenschap[]; bronnen: Bron[]; varianten: Variant[] } }>(
      `{ opgave(id: "opgave:sociaal-domein") { eigenschappen { naam waarde } bronnen { ${BRON} }
           varianten { eigenschap waarde bron { ${BRON} } } } }`,
    );
    expect(waarde(opgave.eigenschappen, 'tekortenSociaalDomein')).toBe('discussie met het IBP afgerond');
    expect(opgave.bronnen).toContainEqual(
      expect.objectContaining({ regelVan: 516, citaat: expect.stringContaining('afgerond') }),
    );
    const tekorten = opgave.varianten.filter((variant) => variant.eigenschap === 'tekortenSociaalDomein');
    expect(tekorten.map((variant) => [variant.bron.document.id, variant.bron.regelVan])).toEqual(
      expect.arrayContaining([
        ['document:ibp-programmastart', 30],
        ['document:ibp-een-jaar', 10],
      ]),
    );
    expect(tekorten.find((variant) => variant.bron.document.id === 'document:ibp-een-jaar')?.bron.citaat).toContain(
      'Jeugdzorg',
    );
  });

  // 000 r.23: "In discussie is op dit moment nog de vraag in hoeverre het accres … zal worden ingezet voor het IBP" vs
  // 003 r.313: "Het kabinet stelt accres beschikbaar aan de decentrale overheden." and 001 r.175: "De afspraak dat het
  // accres als lumpsum beschikbaar komt"
  it('the accres was still under discussion on 8 February; the programme and the IPO memo record it as agreed', async () => {
    const { instrument } = await ask<{ instrument: { bronnen: Bron[]; verbanden: Connection } }>(
      `{ instrument(id: "instrument:accres") { bronnen { ${BRON} }
           verbanden(typen: [BESPROKEN_IN]) { edges { node { id naam } relatie { onderwerp bronnen { ${BRON} } } } } } }`,
    );
    expect(instrument.bronnen.map((bron) => [bron.document.id, bron.regelVan])).toEqual(
      expect.arrayContaining([
        ['document:ibp-programmastart', 313],
        ['document:ipo-memo-2018-05-02', 175],
      ]),
    );
    const mededeling = relatieOf(instrument.verbanden, 'document:mededeling-ibp-2018-02-08');
    expect(mededeling.onderwerp).toContain('nog in discussie');
    expect(mededeling.bronnen[0]).toMatchObject({
      regelVan: 23,
      citaat: expect.stringMatching(/^In discussie is op dit moment nog/),
    });
  });

  // 003 r.111: "In 2018 zal dat fonds € 200 miljoen bedragen. Het kabinet stelt daarvoor € 100 miljoen beschikbaar, de
  // andere € 100 miljoen komt ten laste van het gemeentefonds. … Voor het jaar 2019 wordt bezien of aanvulling van het
  // fonds noodzakelijk is."
  it('the fund for shortfalls in the social domain is € 200 million in 2018, half from the cabinet, half from the gemeentefonds', async () => {
    const { instrument } = await ask<{
      instrument: { eigenschappen: Eigenschap[]; opgaven: Connection; mijlpalen: Connection<MijlpaalLike> };
    }>(
      `{ instrument(id: "instrument:fonds-tekorten-sociaal-domein") { eigenschappen { naam waarde }
           opgaven { edges { node { id naam } } } mijlpalen { edges { node { id naam datum } } } } }`,
    );
    expect(waarde(instrument.eigenschappen, 'omvang2018')).toBe('€ 200 miljoen');
    expect(waarde(instrument.eigenschappen, 'bijdrageKabinet')).toBe('€ 100 miljoen');
    expect(waarde(instrument.eigenschappen, 'bijdrageGemeentefonds')).toBe('€ 100 miljoen');
    expect(ids(instrument.opgaven)).toEqual(['opgave:sociaal-domein']);
    expect(instrument.mijlpalen.edges.map(({ node }) => node.datum)).toEqual(['2018-06-27', '2019']);
  });

  // 003 r.656: "De realisatie van acht gezamenlijke landelijke vreemdelingenvoorzieningen … De LVV's dienen …"
  it('there are to be eight landelijke vreemdelingenvoorzieningen (LVV)', async () => {
    const { instrument } = await ask<{ instrument: { naam: string; afkorting: string; eigenschappen: Eigenschap[] } }>(
      '{ instrument(id: "instrument:lvv") { naam afkorting eigenschappen { naam waarde } } }',
    );
    expect(instrument).toMatchObject({ naam: 'landelijke vreemdelingenvoorzieningen', afkorting: 'LVV' });
    expect(waarde(instrument.eigenschappen, 'aantal')).toBe('8');
  });

  // 003 r.611: "Landelijke afspraken met grote uitvoerders (Manifestpartijen …)"; r.623/631: "De opgave ‘problematische
  // schulden voorkomen en oplossen’ valt onder de overkoepelende paraplu van de brede schuldenaanpak³ van het kabinet …
  // ³ Kamerstukken II, 2017-2018, 2017Z18330": the opgave is part of the broad approach, not served by it
  it('schulden is served by agreements with the Manifestpartijen and falls under the cabinet’s broad debt approach', async () => {
    const { instrumenten, opgave } = await ask<{
      instrumenten: Connection;
      opgave: { verbanden: Connection<Ref & { eigenschappen: Eigenschap[] }> };
    }>(
      `{ instrumenten(opgave: "opgave:schulden") { edges { node { id naam } } }
         opgave(id: "opgave:schulden") { verbanden(typen: [ONDERDEEL_VAN], richting: UIT) {
           edges { node { id naam eigenschappen { naam waarde } } relatie { bronnen { ${BRON} } } } } } }`,
    );
    expect(ids(instrumenten)).toEqual(['instrument:landelijke-afspraken-manifestpartijen']);
    expect(ids(opgave.verbanden)).toContain('instrument:brede-schuldenaanpak');
    const aanpak = opgave.verbanden.edges.find(({ node }) => node.id === 'instrument:brede-schuldenaanpak');
    expect(waarde(aanpak?.node.eigenschappen ?? [], 'kamerstuk')).toBe('Kamerstukken II, 2017-2018, 2017Z18330');
    expect(aanpak?.relatie?.bronnen[0]).toMatchObject({
      regelVan: 623,
      citaat: expect.stringContaining('valt onder de overkoepelende paraplu van de brede schuldenaanpak'),
    });
  });

  // 001 r.367-369: "Fotonica is een onderwerp dat Noord Brabant, Overijssel en Gelderland delen"
  it('Noord-Brabant, Overijssel and Gelderland share fotonica', async () => {
    const data = await ask<{ thema: { gedeeldDoor: { edges: Array<{ node: { id: string } }> } } }>(
      '{ thema(id: "thema:fotonica") { gedeeldDoor { edges { node { id } } } } }',
    );
    expect(data.thema.gedeeldDoor.edges.map((edge) => edge.node.id).sort()).toEqual([
      'provincie:gelderland',
      'provincie:noord-brabant',
      'provincie:overijssel',
    ]);
  });
});
