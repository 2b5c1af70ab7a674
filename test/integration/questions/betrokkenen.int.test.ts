import { describe, expect, it } from 'vitest';
import {
  askTheService,
  type Bron,
  BRON_MET_OOK,
  type BronDeel,
  type Connection,
  expectQuoted,
  ids,
  MEDEDELING,
  MEMO,
  PROGRAMMASTART,
  type Relatie,
  relatieOf,
  sorted,
} from '../../support/questions.js';

/*
 * Questions about who takes part in what (BETROKKEN_BIJ), on the facts the fact-check of that kind corrected or added
 * (seeds/MODEL.md, "Feitencontrole BETROKKEN_BIJ"), asked over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer; each test checks that the
 * quotes stand in those lines.
 */

const ask = askTheService();

const EDGES = `totalCount edges { node { id naam } relatie { type rol rolSoort bronnen { ${BRON_MET_OOK} } } }`;

/** Checks that a source, or a further range of it, cites the lines that hold its quote. */
function expectLines(deel: Bron | BronDeel | undefined, regelVan: number, regelTot = regelVan): void {
  expect(deel).toMatchObject({ regelVan, regelTot });
  expectQuoted({ tekst: deel?.tekst ?? '', citaat: deel?.citaat ?? '' });
}

/** The only source of a relation, checked to stand in the document at those lines. */
function enigeBron(relatie: Relatie, document: string, regelVan: number, regelTot = regelVan): Bron {
  expect(relatie.bronnen).toHaveLength(1);
  const bron = relatie.bronnen[0]!;
  expect(bron.document.id).toBe(document);
  expectLines(bron, regelVan, regelTot);
  return bron;
}

/** The further range of a source that starts at this line; fails when there is none. */
function ookOp(bron: Bron, regelVan: number): BronDeel {
  const deel = bron.ook?.find((ook) => ook.regelVan === regelVan);
  if (!deel) throw new Error(`no further range at line ${regelVan}`);
  expectLines(deel, regelVan, deel.regelTot);
  return deel;
}

type Betrokkenen = { betrokkenen: Connection };

describe('who takes part in what, as the texts say (BETROKKEN_BIJ)', () => {
  // 003 r.95: "Bij de eerste schetsen voor het IBP hebben VNG, IPO en UvW al een aantal randvoorwaarden geformuleerd."
  it('the koepels set their first conditions for the IBP itself, not for the programmastart document', async () => {
    const data = await ask<{ ibp: Betrokkenen; start: Betrokkenen }>(
      `{ ibp: instrument(id: "instrument:interbestuurlijk-programma") { betrokkenen(first: 100) { ${EDGES} } }
         start: instrument(id: "instrument:programmastart-ibp") { betrokkenen(first: 100) { ${EDGES} } } }`,
    );
    const metVoorwaarden = (connection: Connection): string[] =>
      sorted(
        connection.edges
          .filter(({ relatie }) => relatie?.rol === 'formuleerde randvoorwaarden')
          .map(({ node }) => node.id),
      );
    expect(metVoorwaarden(data.ibp.betrokkenen)).toEqual(['koepel:ipo', 'koepel:uvw', 'koepel:vng']);
    expect(metVoorwaarden(data.start.betrokkenen)).toEqual([]);
    for (const koepel of ['koepel:ipo', 'koepel:uvw', 'koepel:vng']) {
      const bron = enigeBron(relatieOf(data.ibp.betrokkenen, koepel), PROGRAMMASTART, 95);
      expect(bron.citaat).toContain('Bij de eerste schetsen voor het IBP');
    }
  });

  // 001 r.521: "Naar een vitaal platteland"; r.529: "Bestuurlijk verantwoordelijk"; r.531–532: "Minister Landbouw Natuur
  // en Visserij (Schouten) – zij sluit in mei aan bij BAC"
  it('minister Schouten stands in the row "Bestuurlijk verantwoordelijk" of vitaal platteland, and her source quotes that row', async () => {
    const { opgave } = await ask<{ opgave: Betrokkenen }>(
      `{ opgave(id: "opgave:vitaal-platteland") { betrokkenen(first: 100) { ${EDGES} } } }`,
    );
    const relatie = relatieOf(opgave.betrokkenen, 'persoon:schouten');
    expect(relatie).toMatchObject({ rol: 'bestuurlijk verantwoordelijk', rolSoort: 'BESTUURLIJK' });
    const bron = enigeBron(relatie, MEMO, 531, 532);
    expect(bron.citaat).toContain('(Schouten)');
    expect(ookOp(bron, 529).citaat).toBe('Bestuurlijk verantwoordelijk');
    expect(ookOp(bron, 521).citaat).toBe('Naar een vitaal platteland');
  });

  // 003 r.801: "Over de inrichting van deze governance met Nedersaksen, Noordrijn-Westfalen en Vlaanderen/België voeren
  // momenteel de Commissarissen van de Koning van respectievelijk Groningen, Limburg en Zeeland een verkenning uit op
  // verzoek van BZK"
  it('each province whose Commissaris explores the cross-border governance cites the neighbour region its role names', async () => {
    const { thema } = await ask<{ thema: Betrokkenen }>(
      `{ thema(id: "thema:grensoverschrijdende-samenwerking") { betrokkenen(rolSoort: [UITVOERDER], first: 100) { ${EDGES} } } }`,
    );
    const buren: Record<string, string> = {
      'provincie:groningen': 'Nedersaksen',
      'provincie:limburg': 'Noordrijn-Westfalen',
      'provincie:zeeland': 'Vlaanderen/België',
    };
    for (const [provincie, buur] of Object.entries(buren)) {
      const relatie = relatieOf(thema.betrokkenen, provincie);
      expect(relatie.rol).toBe(`Commissaris van de Koning verkent governance met ${buur}`);
      const bron = enigeBron(relatie, PROGRAMMASTART, 801);
      expect(bron.citaat).toContain('Groningen, Limburg en Zeeland');
      const namen = (bron.ook ?? []).filter((ook) => ook.regelVan === 801).map((ook) => ook.citaat);
      expect(namen).toHaveLength(1);
      expect(namen[0]).toContain(buur);
      expectLines(
        bron.ook?.find((ook) => ook.citaat === namen[0]),
        801,
      );
    }
  });

  // 003 r.839: "De minister van IenW is verantwoordelijk voor klimaatadaptatie en coördineert in nauwe samenwerking met
  // andere betrokken departementen, VNG, IPO en UvW de Nationale Adaptatiestrategie (NAS)."
  it('IenW is responsible, at the administrative level, for klimaatadaptatie', async () => {
    const { thema } = await ask<{ thema: Betrokkenen }>(
      `{ thema(id: "thema:klimaatadaptatie") { betrokkenen(rolSoort: [BESTUURLIJK], first: 100) { ${EDGES} } } }`,
    );
    expect(ids(thema.betrokkenen)).toEqual(['ministerie:ienw']);
    const bron = enigeBron(relatieOf(thema.betrokkenen, 'ministerie:ienw'), PROGRAMMASTART, 839);
    expect(bron.citaat).toBe('De minister van IenW is verantwoordelijk voor klimaatadaptatie');
  });

  // 003 r.313: "Het kabinet stelt accres beschikbaar aan de decentrale overheden."; r.315: "Het kabinet heeft met de
  // medeoverheden besloten de trap-op-trap-af systematiek aan te zetten en de basis voor de normeringsystematiek te
  // verbreden naar de totale uitgaven onder het uitgavenplafond."
  it('the cabinet makes the accres available, and decided with the medeoverheden to widen the base of the normering', async () => {
    const data = await ask<{ accres: Betrokkenen; normering: Betrokkenen }>(
      `{ accres: instrument(id: "instrument:accres") { betrokkenen(rolSoort: [FINANCIER], first: 100) { ${EDGES} } }
         normering: instrument(id: "instrument:normeringsystematiek") { betrokkenen(rolSoort: [PARTNER], first: 100) { ${EDGES} } } }`,
    );
    expect(ids(data.accres.betrokkenen)).toEqual(['organisatie:kabinet']);
    const accres = enigeBron(relatieOf(data.accres.betrokkenen, 'organisatie:kabinet'), PROGRAMMASTART, 313);
    expect(accres.citaat).toContain('stelt accres beschikbaar');
    expect(sorted(ids(data.normering.betrokkenen))).toEqual(['groep:decentrale-overheden', 'organisatie:kabinet']);
    for (const partij of ['groep:decentrale-overheden', 'organisatie:kabinet']) {
      const bron = enigeBron(relatieOf(data.normering.betrokkenen, partij), PROGRAMMASTART, 315);
      expect(bron.citaat).toContain('Het kabinet heeft met de medeoverheden besloten');
    }
  });

  // 001 r.118–120: "Namens de provincies is daarop vanuit het IPO-bestuur een bestuurlijke kopgroep gemandateerd om de
  // onderhandelingen over het IBP te voeren."; 000 r.17: "Vanuit het IPO neemt een afvaardiging deel onder leiding van de
  // wnd. voorzitter van het IPO, de heer Remkes.", with r.11: "Rijk, IPO, VNG en Unie van Waterschappen werken op dit
  // moment aan een Interbestuurlijk Programma"
  it('the IPO kopgroep negotiated the IBP on behalf of the provinces', async () => {
    const { actor } = await ask<{ actor: { betrokkenBij: Connection } }>(
      `{ actor(id: "overleg:ipo-bestuurlijke-kopgroep") { betrokkenBij(first: 100) { ${EDGES} } } }`,
    );
    const relatie = relatieOf(actor.betrokkenBij, 'instrument:interbestuurlijk-programma');
    expect(relatie.rolSoort).toBe('VERTEGENWOORDIGER');
    expect(relatie.rol).toContain('namens de provincies');
    const [memo, mededeling] = relatie.bronnen;
    expect(memo?.document.id).toBe(MEMO);
    expectLines(memo, 118, 120);
    expect(memo?.citaat).toContain('onderhandelingen over het IBP te voeren');
    expect(mededeling?.document.id).toBe(MEDEDELING);
    expectLines(mededeling, 17);
    expect(mededeling?.citaat).toContain('Vanuit het IPO neemt een afvaardiging deel');
    expect(ookOp(mededeling!, 11).citaat).toContain('werken op dit moment aan een Interbestuurlijk Programma');
  });

  // 003 r.950: "VNG, UvW, IPO, het Rijk, maar ook de sociale partners en de maatschappelijke organisaties zullen elk voor
  // zich in de eerste helft van 2018 hun inzet voor de uitvoering van deze transitieagenda's bepalen."
  it('VNG, UvW, IPO and the Rijk each set their own effort for carrying out the transition agendas', async () => {
    const { instrument } = await ask<{ instrument: Betrokkenen }>(
      `{ instrument(id: "instrument:transitieagendas-circulaire-economie") { betrokkenen(first: 100) { ${EDGES} } } }`,
    );
    expect(sorted(ids(instrument.betrokkenen))).toEqual(['koepel:ipo', 'koepel:uvw', 'koepel:vng', 'organisatie:rijk']);
    for (const { relatie } of instrument.betrokkenen.edges) {
      expect(relatie).toMatchObject({ type: 'BETROKKEN_BIJ', rolSoort: 'PARTNER' });
      const bron = enigeBron(relatie!, PROGRAMMASTART, 950);
      expect(bron.citaat).toContain("hun inzet voor de uitvoering van deze transitieagenda's bepalen");
    }
  });

  // 003 r.1035 "Nieuwbouw", r.1038: "Decentrale overheden en Rijk zullen bijvoorbeeld bij de uitgifte van grond … aansturen
  // dat er geen vastgoed gerealiseerd wordt dat aangesloten wordt op het aardgasnet"; r.1040 "Aardgasvrije bestaande
  // wijken", r.1043: "Het Rijk en de decentrale overheden onderzoeken of een gezamenlijk meerjarig programma voor de
  // aanpak van aardgasvrije wijken … kan worden gestart."; r.1045: "Het Rijk ontwikkelt met medeoverheden … de criteria,
  // het instrumentarium en de organisatievorm die nodig zijn om tot een keuze voor proeftuinen aardgasvrije wijken te komen"
  it('the Rijk and the decentrale overheden work together on gas-free new construction, gas-free wijken and their proeftuinen', async () => {
    const data = await ask<{ nieuwbouw: Betrokkenen; wijken: Betrokkenen; proeftuinen: Betrokkenen }>(
      `{ nieuwbouw: thema(id: "thema:aardgasvrije-nieuwbouw") { betrokkenen(first: 100) { ${EDGES} } }
         wijken: thema(id: "thema:aardgasvrije-wijken") { betrokkenen(rolSoort: [UITVOERDER], first: 100) { ${EDGES} } }
         proeftuinen: instrument(id: "instrument:proeftuinen-aardgasvrije-wijken") { betrokkenen(first: 100) { ${EDGES} } } }`,
    );
    const beide = ['groep:decentrale-overheden', 'organisatie:rijk'];
    expect(sorted(ids(data.nieuwbouw.betrokkenen))).toEqual(beide);
    expect(sorted(ids(data.wijken.betrokkenen))).toEqual(beide);
    expect(sorted(ids(data.proeftuinen.betrokkenen))).toEqual(beide);
    for (const partij of beide) {
      const nieuwbouw = enigeBron(relatieOf(data.nieuwbouw.betrokkenen, partij), PROGRAMMASTART, 1038);
      expect(nieuwbouw.citaat).toContain('aangesloten wordt op het aardgasnet');
      expect(ookOp(nieuwbouw, 1035).citaat).toBe('Nieuwbouw');
      const wijken = enigeBron(relatieOf(data.wijken.betrokkenen, partij), PROGRAMMASTART, 1043);
      expect(wijken.citaat).toContain('onderzoeken of een gezamenlijk meerjarig programma');
      expect(ookOp(wijken, 1040).citaat).toBe('Aardgasvrije bestaande wijken');
      const proeftuinen = relatieOf(data.proeftuinen.betrokkenen, partij);
      expect(proeftuinen.rolSoort).toBe('OPSTELLER');
      expect(enigeBron(proeftuinen, PROGRAMMASTART, 1045).citaat).toContain('proeftuinen aardgasvrije wijken');
    }
  });

  // 003 r.945 "Circulaire economie"; r.956: "Hierbij zoeken het Rijk, de provincies, gemeenten en waterschappen samen
  // naar mogelijkheden om circulaire initiatieven financieel aantrekkelijker te maken"
  it('the Rijk, provinces, municipalities and water boards look together for ways to make circular initiatives pay', async () => {
    const { thema } = await ask<{ thema: Betrokkenen }>(
      `{ thema(id: "thema:circulaire-economie") { betrokkenen(rolSoort: [PARTNER], first: 100) { ${EDGES} } } }`,
    );
    expect(sorted(ids(thema.betrokkenen))).toEqual([
      'groep:gemeenten',
      'groep:provincies',
      'groep:waterschappen',
      'organisatie:rijk',
    ]);
    for (const { relatie } of thema.betrokkenen.edges) {
      const bron = enigeBron(relatie!, PROGRAMMASTART, 956);
      expect(bron.citaat).toContain('het Rijk, de provincies, gemeenten en waterschappen samen');
      expect(ookOp(bron, 945).citaat).toBe('Circulaire economie');
    }
  });

  // 001 r.489 "Regionale economie als versneller"; r.511–514: "Eerste mijlpalen Twee werkbijeenkomsten voor de zomer om
  // met gemeenten, waterschappen en departementen gebieden te identificeren waar impuls partnerschap noodzakelijk is."
  it('municipalities and water boards take part in the two work sessions of regionale economie', async () => {
    const { mijlpaal } = await ask<{ mijlpaal: Betrokkenen }>(
      `{ mijlpaal(id: "mijlpaal:werkbijeenkomsten-regionale-economie") { betrokkenen(first: 100) { ${EDGES} } } }`,
    );
    expect(sorted(ids(mijlpaal.betrokkenen))).toEqual(['groep:gemeenten', 'groep:waterschappen']);
    for (const { relatie } of mijlpaal.betrokkenen.edges) {
      expect(relatie?.rolSoort).toBe('PARTNER');
      const bron = enigeBron(relatie!, MEMO, 512, 514);
      expect(bron.citaat).toContain('om met gemeenten, waterschappen en departementen gebieden te identificeren');
      expect(ookOp(bron, 511).citaat).toBe('Twee werkbijeenkomsten voor de zomer');
    }
  });
});
