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
  type Variant,
  waarde,
} from '../../support/questions.js';

/*
 * Questions about who signed, who chairs, who works where, asked over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer.
 */

const ask = askTheService();

describe('who signed, who chairs, who works where', () => {
  type Ondertekenaars = { instrument: { ondertekenaars: Connection<Ref & { soort: string }> } };
  const ondertekenaarsQuery = `{ instrument(id: "instrument:interbestuurlijk-programma") {
      ondertekenaars(first: 50) { totalCount edges { node { id naam soort }
        relatie { rol eigenschappen { naam waarde } bronnen { citaat regelVan document { id } } } } } } }`;

  // 003 r.169–180: the signing page: the minister-president, 13 ministers and state secretaries and the chairs of IPO,
  // VNG and UvW
  it('the signing page of the programme names seventeen people, from Rutte to the three koepel chairs', async () => {
    const { instrument } = await ask<Ondertekenaars>(ondertekenaarsQuery);
    const personen = instrument.ondertekenaars.edges.filter(({ node }) => node.soort === 'Persoon');
    expect(personen).toHaveLength(17);
    for (const { node, relatie } of personen) {
      const bron = relatie?.bronnen[0];
      expect(bron?.document.id).toBe('document:ibp-programmastart');
      expect(bron?.regelVan).toBeGreaterThanOrEqual(171);
      expect(bron?.regelVan).toBeLessThanOrEqual(180);
      expect(bron?.citaat).toContain(node.naam);
    }
    expect(personen.map(({ node }) => node.id)).toEqual(
      expect.arrayContaining([
        'persoon:rutte',
        'persoon:ollongren',
        'persoon:remkes',
        'persoon:van-zanen',
        'persoon:oosters',
        'persoon:slob',
      ]),
    );
  });

  // 004 r.3: "zetten de VNG (gemeenten), IPO (provincies), UvW (waterschappen) en BZK (Rijk) hun handtekeningen";
  // 001 r.60–66: "hebben het kabinet en de voorzitters van de Vereniging van Nederlandse Gemeenten, het
  // Interprovinciaal Overleg en de Unie van Waterschappen hiervoor het Interbestuurlijk Programma ondertekend"
  it('by the web text VNG, IPO, UvW and BZK signed; by the IPO memo the cabinet and the three koepel chairs', async () => {
    const { instrument } = await ask<Ondertekenaars>(ondertekenaarsQuery);
    const organisaties = instrument.ondertekenaars.edges.filter(({ node }) => node.soort !== 'Persoon');
    const volgens = (document: string) =>
      sorted(
        organisaties
          .filter(({ relatie }) => relatie?.bronnen.some((bron) => bron.document.id === document))
          .map(({ node }) => node.id),
      );
    expect(volgens('document:ibp-een-jaar')).toEqual(['koepel:ipo', 'koepel:uvw', 'koepel:vng', 'ministerie:bzk']);
    expect(volgens('document:ipo-memo-2018-05-02')).toEqual([
      'groep:koepelvoorzitters',
      'koepel:ipo',
      'koepel:uvw',
      'koepel:vng',
      'organisatie:kabinet',
    ]);
    expect(relatieOf(instrument.ondertekenaars, 'ministerie:bzk').rol).toBe('namens het Rijk');
    expect(
      instrument.ondertekenaars.edges.every(
        ({ relatie }) => waarde(relatie?.eigenschappen ?? [], 'datum') === '2018-02-14',
      ),
    ).toBe(true);
  });

  // 003 r.172: "De voorzitter van het Interprovinciaal Overleg J.W. Remkes"; 000 r.17: "onder leiding van de wnd.
  // voorzitter van het IPO, de heer Remkes"; 001 r.122: "de tijdelijk voorzitter de heer Remkes (Noord-Holland)"
  it('Remkes is chair of the IPO, also called acting (wnd.) and temporary chair, each with its source', async () => {
    const { actor } = await ask<{
      actor: { naam: string; rol: string; varianten: Variant[]; vertegenwoordigt: Connection };
    }>(
      `{ actor(id: "persoon:remkes") { naam ... on Persoon { rol varianten { eigenschap waarde bron { ${BRON} } }
           vertegenwoordigt { edges { node { id naam } relatie { rol } } } } } }`,
    );
    expect(actor.naam).toBe('J.W. Remkes');
    expect(actor.rol).toBe('voorzitter van het Interprovinciaal Overleg');
    expect(
      actor.varianten.map((variant) => [
        variant.eigenschap,
        variant.waarde,
        variant.bron.document.id,
        variant.bron.regelVan,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['rol', 'wnd. voorzitter van het IPO', 'document:mededeling-ibp-2018-02-08', 17],
        ['rol', 'tijdelijk voorzitter', 'document:ipo-memo-2018-05-02', 122],
      ]),
    );
    const ipoRollen = actor.vertegenwoordigt.edges
      .filter(({ node }) => node.id === 'koepel:ipo')
      .map(({ relatie }) => relatie?.rol);
    expect(sorted(ipoRollen.map(String))).toEqual(['voorzitter', 'wnd. voorzitter']);
  });

  // 001 r.60–66: "Op 14 februari jongstleden hebben het kabinet en de voorzitters van de Vereniging van Nederlandse
  // Gemeenten, het Interprovinciaal Overleg en de Unie van Waterschappen hiervoor het Interbestuurlijk Programma
  // ondertekend."
  it('by the IPO memo the cabinet signed the IBP: its source quotes the cabinet and, further on, the word ondertekend', async () => {
    const { instrument } = await ask<{ instrument: { ondertekenaars: Connection } }>(
      `{ instrument(id: "instrument:interbestuurlijk-programma") {
           ondertekenaars(first: 50) { edges { node { id naam } relatie { rol bronnen { ${BRON_MET_OOK} } } } } } }`,
    );
    const [bron] = relatieOf(instrument.ondertekenaars, 'organisatie:kabinet').bronnen;
    expect(bron).toMatchObject({ regelVan: 60, regelTot: 62 });
    expect(squash(bron!.tekst)).toContain(squash(bron!.citaat));
    expect(bron!.citaat).toContain('hebben het kabinet');
    expect(bron!.ook).toHaveLength(1);
    const [ondertekend] = bron!.ook!;
    expect(ondertekend).toMatchObject({ regelVan: 64, regelTot: 66 });
    expect(squash(ondertekend!.tekst)).toContain(squash(ondertekend!.citaat));
    expect(ondertekend!.citaat).toContain('het Interbestuurlijk Programma ondertekend');
  });

  // 001 r.118–126: "Namens de provincies is daarop vanuit het IPO-bestuur een bestuurlijke kopgroep gemandateerd om de
  // onderhandelingen over het IBP te voeren. Deze kopgroep bestond uit de tijdelijk voorzitter de heer Remkes
  // (Noord-Holland), mevrouw Gräper-Van Koolwijk (Groningen), de heer Van Dijk (Gelderland) en de heer Pauli
  // (Noord-Brabant)."
  it('the four members of the IPO kopgroep each represent the province after their name; the source quotes the mandate on behalf of the provinces', async () => {
    const leden = {
      'persoon:remkes': 'provincie:noord-holland',
      'persoon:graper-van-koolwijk': 'provincie:groningen',
      'persoon:van-dijk': 'provincie:gelderland',
      'persoon:pauli': 'provincie:noord-brabant',
    };
    for (const [persoon, provincie] of Object.entries(leden)) {
      const { actor } = await ask<{ actor: { vertegenwoordigt: Connection } }>(
        `query ($id: ID!) { actor(id: $id) { ... on Persoon {
           vertegenwoordigt { edges { node { id naam } relatie { rol bronnen { ${BRON_MET_OOK} } } } } } } }`,
        { id: persoon },
      );
      const relatie = relatieOf(actor.vertegenwoordigt, provincie);
      expect(relatie.rol).toBe('lid bestuurlijke kopgroep namens de provincies');
      const [bron] = relatie.bronnen;
      const naam = actor.vertegenwoordigt.edges.find(({ node }) => node.id === provincie)!.node.naam;
      expect(squash(bron!.tekst)).toContain(squash(bron!.citaat));
      expect(bron!.citaat.replace(/-/g, ' ')).toContain(`(${naam.replace(/-/g, ' ')})`);
      expect(bron!.ook).toEqual([expect.objectContaining({ regelVan: 118, regelTot: 122 })]);
      expect(squash(bron!.ook![0]!.tekst)).toContain(squash(bron!.ook![0]!.citaat));
      expect(bron!.ook![0]!.citaat).toMatch(/^Namens de provincies .* Deze kopgroep bestond uit$/);
    }
  });

  // 003 r.294: "De minister van BZK is voorzitter van de interbestuurlijke regietafel."; r.171: "De minister van
  // Binnenlandse Zaken en Koninkrijksrelaties K.H. Ollongren"; r.97: "de Interbestuurlijke regietafel waaraan
  // bewindspersonen en de voorzitters van de koepels plaatsnemen"
  it('Ollongren, minister of BZK, chairs the interbestuurlijke regietafel, where the koepels, their chairs and the bewindspersonen take part', async () => {
    const { actor } = await ask<{ actor: { voorzitters: Connection; leden: Connection; eigenschappen: Eigenschap[] } }>(
      `{ actor(id: "overleg:interbestuurlijke-regietafel") { eigenschappen { naam waarde } ... on Overleg {
           voorzitters { edges { node { id naam } relatie { rol bronnen { ${BRON} } } } } leden { edges { node { id naam } } } } } }`,
    );
    expect(ids(actor.voorzitters)).toEqual(['persoon:ollongren']);
    expect(relatieOf(actor.voorzitters, 'persoon:ollongren').bronnen.map((bron) => bron.regelVan)).toEqual(
      expect.arrayContaining([294, 171]),
    );
    expect(sorted(ids(actor.leden))).toEqual([
      'groep:bewindspersonen-regietafel',
      'groep:koepelvoorzitters',
      'koepel:ipo',
      'koepel:uvw',
      'koepel:vng',
    ]);
    expect(waarde(actor.eigenschappen, 'niveau')).toBe('bestuurlijk');
  });

  // 003 r.294: "De stuurgroep IBP+ bespreekt deze dwarsverbanden … onder het voorzitterschap van de DG Bestuur en Wonen"
  it('the stuurgroep IBP+ is chaired by the DG Bestuur en Wonen, whom no document names', async () => {
    const { actor } = await ask<{ actor: { voorzitters: Connection; eigenschappen: Eigenschap[] } }>(
      `{ actor(id: "overleg:stuurgroep-ibp-plus") { eigenschappen { naam waarde }
           ... on Overleg { voorzitters { totalCount edges { node { id naam } } } } } }`,
    );
    expect(waarde(actor.eigenschappen, 'voorzitter')).toBe('DG Bestuur en Wonen');
    expect(waarde(actor.eigenschappen, 'niveau')).toBe('hoogambtelijk');
    expect(actor.voorzitters.totalCount).toBe(0);
  });

  // 003 r.177: "De minister van Infrastructuur en Waterstaat C. van Nieuwenhuizen Wijbenga / De staatssecretaris van
  // Infrastructuur en Waterstaat S. van Veldhoven - Van der Meer"
  it('at IenW work minister Van Nieuwenhuizen Wijbenga and state secretary Van Veldhoven', async () => {
    const { actor } = await ask<{ actor: { medewerkers: Connection } }>(
      '{ actor(id: "ministerie:ienw") { ... on Ministerie { medewerkers { edges { node { id naam } relatie { rol } } } } } }',
    );
    expect(actor.medewerkers.edges.map(({ node, relatie }) => [node.naam, relatie?.rol])).toEqual([
      ['C. van Nieuwenhuizen Wijbenga', 'minister'],
      ['S. van Veldhoven - Van der Meer', 'staatssecretaris'],
    ]);
  });

  // 003 r.178–179: "De minister van Justitie en Veiligheid F.B.J. Grapperhaus … De staatssecretaris van Justitie en
  // Veiligheid M.G.J. Harbers" (Dekker signs as "minister voor Rechtsbescherming", without a ministry)
  it('at JenV work minister Grapperhaus and state secretary Harbers', async () => {
    const { actor } = await ask<{ actor: { naam: string; afkorting: string; medewerkers: Connection } }>(
      '{ actor(id: "ministerie:jenv") { naam afkorting ... on Ministerie { medewerkers { edges { node { id naam } relatie { rol } } } } } }',
    );
    expect(actor.naam).toBe('Ministerie van Justitie en Veiligheid');
    expect(actor.medewerkers.edges.map(({ node, relatie }) => [node.id, relatie?.rol])).toEqual([
      ['persoon:grapperhaus', 'minister'],
      ['persoon:harbers', 'staatssecretaris'],
    ]);
  });

  // 003 r.175: "De minister van Landbouw, Natuur en Voedselkwaliteit C.J. Schouten" vs 001 r.531: "Minister Landbouw
  // Natuur en Visserij (Schouten)"
  it('LNV is Landbouw, Natuur en Voedselkwaliteit; the IPO memo calls it "Landbouw Natuur en Visserij"', async () => {
    const { actor } = await ask<{
      actor: { naam: string; afkorting: string; varianten: Variant[]; medewerkers: Connection };
    }>(
      `{ actor(id: "ministerie:lnv") { naam afkorting varianten { eigenschap waarde bron { ${BRON} } }
           ... on Ministerie { medewerkers { edges { node { id naam } relatie { rol } } } } } }`,
    );
    expect(actor.naam).toBe('Ministerie van Landbouw, Natuur en Voedselkwaliteit');
    expect(actor.afkorting).toBe('LNV');
    expect(actor.varianten).toEqual([
      expect.objectContaining({
        eigenschap: 'naam',
        waarde: 'Landbouw Natuur en Visserij',
        bron: expect.objectContaining({ document: { id: 'document:ipo-memo-2018-05-02' }, regelVan: 531 }),
      }),
    ]);
    expect(relatieOf(actor.medewerkers, 'persoon:schouten').rol).toBe('minister');
  });

  // 001 r.118–126: "bestuurlijke kopgroep … bestond uit de tijdelijk voorzitter de heer Remkes (Noord-Holland), mevrouw
  // Gräper-Van Koolwijk (Groningen), de heer Van Dijk (Gelderland) en de heer Pauli (Noord-Brabant)"
  it('the IPO kopgroep was Remkes (Noord-Holland), Gräper-Van Koolwijk (Groningen), Van Dijk (Gelderland) and Pauli (Noord-Brabant)', async () => {
    const { actor } = await ask<{
      actor: { leden: Connection<Ref & { vertegenwoordigt: Connection }>; voorzitters: Connection };
    }>(
      `{ actor(id: "overleg:ipo-bestuurlijke-kopgroep") { ... on Overleg {
           voorzitters { edges { node { id naam } } }
           leden { edges { node { id naam ... on Persoon { vertegenwoordigt { edges { node { id naam } } } } } } } } } }`,
    );
    const provincieVan = Object.fromEntries(
      actor.leden.edges.map(({ node }) => [
        node.naam,
        ids(node.vertegenwoordigt).find((id) => id.startsWith('provincie:')),
      ]),
    );
    expect(provincieVan).toEqual({
      'J.W. Remkes': 'provincie:noord-holland',
      'Gräper-Van Koolwijk': 'provincie:groningen',
      'Van Dijk': 'provincie:gelderland',
      Pauli: 'provincie:noord-brabant',
    });
    expect(ids(actor.voorzitters)).toEqual(['persoon:remkes']);
  });

  // 003 r.173 and r.172: the chairs of "de Vereniging van Nederlandse Gemeenten", "het Interprovinciaal Overleg" and "de
  // Unie van Waterschappen"; r.66: "de decentrale koepels, VNG, IPO en UvW"
  it('the three koepels are the IPO, the UvW and the VNG', async () => {
    const { actoren } = await ask<{ actoren: Connection<Ref & { afkorting: string }> }>(
      '{ actoren(soort: [Koepel]) { totalCount edges { node { id naam afkorting } } } }',
    );
    expect(actoren.edges.map(({ node }) => [node.afkorting, node.naam])).toEqual([
      ['IPO', 'Interprovinciaal Overleg'],
      ['UvW', 'Unie van Waterschappen'],
      ['VNG', 'Vereniging van Nederlandse Gemeenten'],
    ]);
  });
});
