import { describe, expect, it } from 'vitest';
import {
  askTheService,
  BRON,
  BRON_MET_OOK,
  type Bron,
  type Connection,
  EEN_JAAR,
  expectQuoted,
  ids,
  MEMO,
  PROGRAMMASTART,
  type Ref,
  relatieOf,
  sorted,
  squash,
  type Variant,
  waarde,
} from '../../support/questions.js';

/*
 * Questions about knelpunten (bottlenecks) and the way they go between bodies, asked over HTTP. Above each
 * test: the document (numbered as in test/support/questions.ts) and the line(s) in seeds/documenten/ that
 * give the answer; each test also checks that the sources it relies on cite those lines.
 */

const ask = askTheService();

interface Stap {
  stap: number;
  overleg: { id: string };
  via: Array<{ type: string; van: string; naar: string; bronnen: Bron[] }>;
}
interface KnelpuntData extends Ref {
  soortKnelpunt: string | null;
  schaal: string | null;
  status: string;
  eigenschappen: Array<{ naam: string; waarde: string }>;
  varianten: Variant[];
  bronnen: Bron[];
  gesignaleerdIn: { id: string; datum: string } | null;
  opgaven: Connection;
  themas: Connection;
  crossovers: Connection;
  regios: Connection;
  instrumenten: Connection;
  gesignaleerdDoor: Connection;
  veroorzaaktDoor: Connection;
  oplossingen: Connection;
  behandeldIn: Connection;
  route: Stap[];
}

const verbinding = `totalCount edges { node { id naam } relatie { type rol eigenschappen { naam waarde } bronnen { ${BRON_MET_OOK} } } }`;
const knelpuntQuery = `query ($id: ID!) { knelpunt(id: $id) { id naam soortKnelpunt schaal status
    eigenschappen { naam waarde } varianten { eigenschap waarde bron { ${BRON} } } bronnen { ${BRON} }
    gesignaleerdIn { id datum }
    opgaven { ${verbinding} } themas { ${verbinding} } crossovers { ${verbinding} } regios { ${verbinding} }
    instrumenten { ${verbinding} } gesignaleerdDoor { ${verbinding} } veroorzaaktDoor { ${verbinding} }
    oplossingen { ${verbinding} } behandeldIn { ${verbinding} }
    route { stap overleg { id } via { type van naar bronnen { ${BRON_MET_OOK} } } } } }`;
const knelpunt = async (id: string) => (await ask<{ knelpunt: KnelpuntData }>(knelpuntQuery, { id })).knelpunt;

type Lijst = {
  knelpunten: Connection<Ref & { gesignaleerdIn: { id: string; datum: string } | null }> & {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const lijstQuery = `query ($soort: [KnelpuntSoort!], $status: [KnelpuntStatus!], $opgave: ID, $regio: ID, $overleg: ID, $first: Int, $after: String) {
    knelpunten(soort: $soort, status: $status, opgave: $opgave, regio: $regio, overleg: $overleg, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id naam gesignaleerdIn { id datum } } } } }`;
const lijst = async (variables: Record<string, unknown>) =>
  (await ask<Lijst>(lijstQuery, { first: 100, ...variables })).knelpunten;

/**
 * A source cites the lines given (as its main range or a further range, `ook`), in the document given, and the
 * full text of that range holds its quote and these words.
 */
function expectCited(bronnen: readonly Bron[], document: string, regel: number, ...woorden: string[]): void {
  const bron = bronnen
    .filter((candidate) => candidate.document.id === document)
    .flatMap((candidate) => [candidate, ...(candidate.ook ?? [])])
    .find((range) => range.regelVan === regel);
  expect(bron, `${document} r.${regel}`).toBeDefined();
  expectQuoted(bron!, ...woorden);
}

describe('knelpunten: what they are and what they concern', () => {
  // 004 r.10: "Tekorten op de Jeugdzorg bij een aantal gemeenten was en is een van de grootste knelpunten."
  it('the shortfalls in youth care are a financial, local knelpunt of the social domain, still signalled in 2019', async () => {
    const jeugdzorg = await knelpunt('knelpunt:tekorten-jeugdzorg');
    expect(jeugdzorg).toMatchObject({ soortKnelpunt: 'FINANCIEEL', schaal: 'LOKAAL', status: 'GESIGNALEERD' });
    expect(jeugdzorg.gesignaleerdIn).toEqual({ id: EEN_JAAR, datum: '2019-02-14' });
    expect(ids(jeugdzorg.opgaven)).toEqual(['opgave:sociaal-domein']);
    expectCited(
      jeugdzorg.bronnen,
      EEN_JAAR,
      10,
      'bij een aantal gemeenten',
      'was en is een van de grootste knelpunten',
    );
    expect(squash(jeugdzorg.bronnen[0]!.tekst)).toContain(waarde(jeugdzorg.eigenschappen, 'statusGrond')!);
  });

  // 003 r.30: "Daarover is een gedeeltelijke oplossing bereikt."; r.516: "is de discussie … afgerond"; 004 r.10: "om de
  // tekorten in het sociaal domein te onderzoeken, om oplossingen te kunnen verkennen"
  it('the shortfalls in the social domain are being worked on in 2019; the older claims, partly solved and settled, are variants', async () => {
    const tekorten = await knelpunt('knelpunt:tekorten-sociaal-domein');
    expect(tekorten.status).toBe('IN_BEHANDELING');
    expect(tekorten.gesignaleerdIn?.id).toBe(PROGRAMMASTART);
    expectCited(tekorten.bronnen, EEN_JAAR, 10, 'om oplossingen te kunnen verkennen');
    const statussen = tekorten.varianten.filter(({ eigenschap }) => eigenschap === 'status');
    expect(statussen.map(({ waarde: w, bron }) => [w, bron.regelVan])).toEqual([
      ['deels-opgelost', 30],
      ['opgelost', 516],
    ]);
    expectCited(
      statussen.map(({ bron }) => bron),
      PROGRAMMASTART,
      30,
      'gedeeltelijke oplossing bereikt',
    );
    expectCited(
      statussen.map(({ bron }) => bron),
      PROGRAMMASTART,
      516,
      'afgerond',
    );
  });

  // 003 r.107: "De leden van de VNG hebben tijdens de ALV van 2017 twee moties ingediend om te komen tot een oplossing
  // voor de tekorten in het Sociaal Domein."; r.109–115: the four commitments of the Rijk
  it('the VNG members raised the shortfalls in their general meeting, and the four commitments of the Rijk are its remedies', async () => {
    const tekorten = await knelpunt('knelpunt:tekorten-sociaal-domein');
    expect(ids(tekorten.gesignaleerdDoor)).toEqual(['overleg:vng-alv']);
    const signalering = relatieOf(tekorten.gesignaleerdDoor, 'overleg:vng-alv');
    expect(signalering.rol).toBe('twee moties in de ALV van 2017');
    expectCited(signalering.bronnen, PROGRAMMASTART, 107, 'twee moties ingediend');
    expect(sorted(ids(tekorten.oplossingen))).toEqual([
      'instrument:fonds-tekorten-sociaal-domein',
      'instrument:maatregelen-open-einde-regelingen',
      'instrument:onderzoek-uitgaven-sociaal-domein',
      'instrument:rob-onderzoek-buig',
    ]);
    expectCited(
      relatieOf(tekorten.oplossingen, 'instrument:fonds-tekorten-sociaal-domein').bronnen,
      PROGRAMMASTART,
      111,
      'stapeling van tekorten in het sociaal domein',
    );
    expectCited(
      relatieOf(tekorten.oplossingen, 'instrument:rob-onderzoek-buig').bronnen,
      PROGRAMMASTART,
      109,
      'toezeggingen',
    );
  });

  // 003 r.1037: "in beginsel nieuwbouw aardgasvrij kan worden gebouwd, omdat de aansluitplicht vervalt" and "het
  // wetsvoorstel waarin de aansluitplicht op gas vervalt (wetsvoorstel TK 34723)"
  it('the duty to connect to gas is caused by that duty and solved by the bill that ends it', async () => {
    const aansluitplicht = await knelpunt('knelpunt:aansluitplicht-gas');
    expect(aansluitplicht).toMatchObject({ soortKnelpunt: 'WET_EN_REGELGEVING', status: 'IN_BEHANDELING' });
    expect(ids(aansluitplicht.veroorzaaktDoor)).toEqual(['instrument:aansluitplicht-gas']);
    expect(ids(aansluitplicht.oplossingen)).toEqual(['instrument:wetsvoorstel-aansluitplicht-gas']);
    expectCited(
      relatieOf(aansluitplicht.veroorzaaktDoor, 'instrument:aansluitplicht-gas').bronnen,
      PROGRAMMASTART,
      1037,
      'omdat de aansluitplicht vervalt',
    );
    expectCited(
      relatieOf(aansluitplicht.oplossingen, 'instrument:wetsvoorstel-aansluitplicht-gas').bronnen,
      PROGRAMMASTART,
      1037,
      'TK 34723',
    );
    expect(sorted(ids(aansluitplicht.themas))).toEqual(['thema:aardgasvrije-nieuwbouw']);
  });

  // 003 r.479: "het wegwerken van het tekort aan arbeidskrachten (bv installatietechnici)", under "Speciale aandacht
  // is er voor crossovers met andere onderdelen van dit interbestuurlijk programma" (r.476)
  it('the shortage of workers for sustainable buildings is a capacity knelpunt of regional economy and its crossover with klimaat', async () => {
    const tekort = await knelpunt('knelpunt:tekort-arbeidskrachten-verduurzaming');
    expect(tekort.soortKnelpunt).toBe('CAPACITEIT');
    expect(ids(tekort.opgaven)).toEqual(['opgave:regionale-economie']);
    expect(ids(tekort.crossovers)).toEqual(['crossover:klimaattransities-regionale-economie']);
    expectCited(
      relatieOf(tekort.crossovers, 'crossover:klimaattransities-regionale-economie').bronnen,
      PROGRAMMASTART,
      479,
      'installatietechnici',
    );
  });

  // 003 r.746: "eventuele knelpunten in de fiscale regelgeving … (bijvoorbeeld op het gebied van duurzaamheid en de
  // circulaire economie)"
  it('fiscal knelpunten are possible ones, to be inventoried, and circular economy is only their example', async () => {
    const { knelpunten } = await ask<Lijst>(lijstQuery, { soort: ['FISCAAL'], first: 100 });
    expect(ids(knelpunten)).toEqual(['knelpunt:fiscale-regelgeving']);
    const fiscaal = await knelpunt('knelpunt:fiscale-regelgeving');
    expect(waarde(fiscaal.eigenschappen, 'eventueel')).toBe('true');
    expect(fiscaal.status).toBe('IN_BEHANDELING');
    const voorbeeld = relatieOf(fiscaal.themas, 'thema:circulaire-economie');
    expect(waarde(voorbeeld.eigenschappen, 'voorbeeld')).toBe('true');
    expectCited(
      voorbeeld.bronnen,
      PROGRAMMASTART,
      746,
      'bijvoorbeeld op het gebied van duurzaamheid en de circulaire economie',
    );
    expect(waarde(relatieOf(fiscaal.themas, 'thema:fiscale-themas').eigenschappen, 'voorbeeld')).toBeUndefined();
  });

  // 001 r.319–329: "In Drenthe worden onder meer kansen gezien … Rijksinzet kan helpen om ruimte in regelgeving te
  // creëren zodat corporaties actiever kunnen deelnemen."
  it('the only knelpunt in Drenthe is the room in regulation for housing corporations, raised in the IPO round of talks', async () => {
    const inDrenthe = await lijst({ regio: 'provincie:drenthe' });
    expect(ids(inDrenthe)).toEqual(['knelpunt:regelgeving-corporaties-drenthe']);
    expect(inDrenthe.edges[0]?.node.gesignaleerdIn?.id).toBe(MEMO);
    const drenthe = await knelpunt('knelpunt:regelgeving-corporaties-drenthe');
    expect(ids(drenthe.gesignaleerdDoor)).toEqual(['provincie:drenthe']);
    expectCited(drenthe.bronnen, MEMO, 325, 'corporaties actiever kunnen deelnemen');
    expectCited(relatieOf(drenthe.regios, 'provincie:drenthe').bronnen, MEMO, 319, 'In Drenthe');
  });
});

describe('the list of knelpunten', () => {
  // 003 (15 February 2018), 001 (2 May 2018), 004 (14 February 2019): the dates of the documents (003 r.7, 004 r.3)
  it('goes from the oldest document to the newest, and pages without gaps or repeats', async () => {
    const alle = await lijst({});
    expect(alle.totalCount).toBe(26);
    const datums = alle.edges.map(({ node }) => node.gesignaleerdIn?.datum ?? '');
    expect(datums).toEqual([...datums].sort());
    expect(datums[0]).toBe('2018-02-15');
    expect(ids(alle).at(-1)).toBe('knelpunt:tekorten-jeugdzorg');
    const memo = alle.edges.filter(({ node }) => node.gesignaleerdIn?.id === MEMO).map(({ node }) => node.id);
    expect(memo).toEqual(['knelpunt:geen-concrete-financiele-afspraken', 'knelpunt:regelgeving-corporaties-drenthe']);

    const eerste = await lijst({ first: 10 });
    const tweede = await lijst({ first: 10, after: eerste.pageInfo.endCursor });
    expect(eerste.pageInfo.hasNextPage).toBe(true);
    expect([...ids(eerste), ...ids(tweede)]).toEqual(ids(alle).slice(0, 20));
  });

  // 003 r.394, 421, 422, 423 (all in chapter 2, "Toekomstbestendig wonen", r.386)
  it('the knelpunten of wonen are the four of its chapter, by name within the same document', async () => {
    const wonen = await lijst({ opgave: 'opgave:wonen' });
    expect(ids(wonen)).toEqual([
      'knelpunt:belemmerende-regelgeving-krimp',
      'knelpunt:belemmeringen-wooncooperaties',
      'knelpunt:businesscase-binnenstedelijke-transformatie',
      'knelpunt:knelpunten-woningbouw-regio',
    ]);
    const { opgave } = await ask<{ opgave: { knelpunten: Connection } }>(
      `{ opgave(id: "opgave:wonen") { knelpunten(first: 100) { ${verbinding} } } }`,
    );
    expect(ids(opgave.knelpunten)).toEqual(ids(wonen));
    expectCited(
      relatieOf(opgave.knelpunten, 'knelpunt:businesscase-binnenstedelijke-transformatie').bronnen,
      PROGRAMMASTART,
      386,
      'Toekomstbestendig wonen',
    );
  });

  // 003 r.382, 617, 746, 848, 913: "knelpunten in wet- en regelgeving", "knellende wet- en regelgeving", "eventuele
  // knelpunten in de fiscale regelgeving", "Aanpassing van benodigde regelgeving zoals bouwregelgeving"
  it('filters by kind and status together, and a status rests on words that stand in its sources', async () => {
    const regels = await lijst({ soort: ['WET_EN_REGELGEVING', 'FISCAAL'], status: ['IN_BEHANDELING'] });
    expect(ids(regels)).toEqual(
      expect.arrayContaining([
        'knelpunt:belemmerende-regelgeving-klimaat',
        'knelpunt:fiscale-regelgeving',
        'knelpunt:knellende-regelgeving-schulden',
        'knelpunt:aansluitplicht-gas',
      ]),
    );
    expect(ids(regels)).not.toContain('knelpunt:regelgeving-klimaatadaptatie');
    const onbekend = await lijst({ status: ['ONBEKEND'] });
    expect(ids(onbekend)).toContain('knelpunt:regelgeving-klimaatadaptatie');
    for (const id of ids(regels)) {
      const gevonden = await knelpunt(id);
      const grond = waarde(gevonden.eigenschappen, 'statusGrond')!;
      expect(
        gevonden.bronnen.some((bron) => squash(bron.tekst).includes(squash(grond))),
        id,
      ).toBe(true);
    }
  });

  it('refuses an id of the wrong form, and finds nothing for an id that does not exist', async () => {
    const { knelpunten } = await ask<Lijst>(lijstQuery, { opgave: 'opgave:bestaat-niet', first: 5 });
    expect(knelpunten.totalCount).toBe(0);
    const { knelpunt: geen } = await ask<{ knelpunt: Ref | null }>('{ knelpunt(id: "knelpunt:bestaat-niet") { id } }');
    expect(geen).toBeNull();
  });
});

describe('the route of a knelpunt between bodies', () => {
  // 003 r.294: "Hier wordt de voortgang gemonitord en op bestuurlijk niveau doorgesproken over onderwerpen die
  // hoogambtelijk geagendeerd worden door de stuurgroep IBP+."; r.284, 286: the stuurgroepen per opgave and the
  // agendering "tussen opgaven voor de stuurgroep IBP+ (hoogambtelijk)"
  it('the stuurgroep IBP+ puts matters on the agenda of the interbestuurlijke regietafel, and receives them from the stuurgroepen per opgave', async () => {
    const { overleg } = await ask<{ overleg: { escaleertNaar: Connection; ontvangtEscalatieVan: Connection } }>(
      `{ overleg: actor(id: "overleg:stuurgroep-ibp-plus") { ... on Overleg {
           escaleertNaar { ${verbinding} } ontvangtEscalatieVan { ${verbinding} } } } }`,
    );
    expect(ids(overleg.escaleertNaar)).toEqual(['overleg:interbestuurlijke-regietafel']);
    const naarRegietafel = relatieOf(overleg.escaleertNaar, 'overleg:interbestuurlijke-regietafel');
    expect(waarde(naarRegietafel.eigenschappen, 'niveau')).toBe('bestuurlijk');
    expectCited(
      naarRegietafel.bronnen,
      PROGRAMMASTART,
      294,
      'hoogambtelijk geagendeerd worden door de stuurgroep IBP+',
    );
    expect(sorted(ids(overleg.ontvangtEscalatieVan))).toEqual([
      'overleg:directeurenoverleg-sociaal-domein',
      'overleg:hoogambtelijke-taskforce-migratie',
      'overleg:regietafel-sociaal-domein',
      'overleg:stuurgroep-financiele-verhoudingen',
      'overleg:stuurgroep-goed-openbaar-bestuur',
      'overleg:stuurgroep-klimaat',
      'overleg:stuurgroep-regionale-economie',
      'overleg:stuurgroep-schulden',
      'overleg:stuurgroep-vitaal-platteland',
      'overleg:stuurgroep-wonen',
    ]);
    const vanStuurgroepen = relatieOf(overleg.ontvangtEscalatieVan, 'overleg:stuurgroep-wonen');
    expect(waarde(vanStuurgroepen.eigenschappen, 'niveau')).toBe('hoogambtelijk');
    expectCited(vanStuurgroepen.bronnen, PROGRAMMASTART, 305, 'knelpunten en crossovers kan bespreken');
  });

  // 003 r.286: "Er is geen hiërarchisch verband tussen de stuurgroep IBP+ en de directe aansturing van de opgaven."
  it('says that the way from a stuurgroep per opgave to the stuurgroep IBP+ is no line of command', async () => {
    const { overleg } = await ask<{ overleg: { escaleertNaar: Connection } }>(
      `{ overleg: actor(id: "overleg:hoogambtelijke-taskforce-migratie") { ... on Overleg { escaleertNaar { ${verbinding} } } } }`,
    );
    const relatie = relatieOf(overleg.escaleertNaar, 'overleg:stuurgroep-ibp-plus');
    expect(waarde(relatie.eigenschappen, 'hierarchisch')).toBe('false');
    expectCited(relatie.bronnen, PROGRAMMASTART, 286, 'geen hiërarchisch verband');
  });

  // 003 r.284: "Zo bestaat er voor migratie al een Hoogambtelijke Taskforce en aparte regietafel. … Kortom, voor
  // alle opgaven zijn (of worden) aparte interbestuurlijke stuurgroepen gevormd."; r.243: "2. Toekomstbestendig wonen"
  it('migratie is steered by its Hoogambtelijke Taskforce, wonen by a stuurgroep of its own, one of the stuurgroepen per opgave', async () => {
    const data = await ask<{
      migratie: { stuurgroepen: Connection };
      wonen: { stuurgroepen: Connection<Ref & { onderdeelVan: Connection; stuurt: Connection }> };
    }>(
      `{ migratie: opgave(id: "opgave:migratie") { stuurgroepen { ${verbinding} } }
         wonen: opgave(id: "opgave:wonen") { stuurgroepen { totalCount edges {
           node { id naam onderdeelVan { ${verbinding} } stuurt { ${verbinding} } }
           relatie { type rol eigenschappen { naam waarde } bronnen { ${BRON_MET_OOK} } } } } } }`,
    );
    expect(ids(data.migratie.stuurgroepen)).toEqual(['overleg:hoogambtelijke-taskforce-migratie']);
    expectCited(
      relatieOf(data.migratie.stuurgroepen, 'overleg:hoogambtelijke-taskforce-migratie').bronnen,
      PROGRAMMASTART,
      284,
      'Hoogambtelijke Taskforce',
    );
    expect(ids(data.wonen.stuurgroepen)).toEqual(['overleg:stuurgroep-wonen']);
    expectCited(relatieOf(data.wonen.stuurgroepen, 'overleg:stuurgroep-wonen').bronnen, PROGRAMMASTART, 243, 'wonen');
    const stuurgroep = data.wonen.stuurgroepen.edges[0]!.node;
    expect(ids(stuurgroep.stuurt)).toEqual(['opgave:wonen']);
    expect(ids(stuurgroep.onderdeelVan)).toEqual(['overleg:stuurgroepen-per-opgave']);
    const deel = relatieOf(stuurgroep.onderdeelVan, 'overleg:stuurgroepen-per-opgave');
    expectCited(deel.bronnen, PROGRAMMASTART, 284, 'aparte interbestuurlijke stuurgroepen');
  });

  // 003 r.243, 284 (stuurgroep per opgave of wonen), r.286 and 305 (to the stuurgroep IBP+), r.294 (to the regietafel)
  it('a knelpunt of wonen goes from its stuurgroep to the stuurgroep IBP+ and then to the interbestuurlijke regietafel', async () => {
    const woningbouw = await knelpunt('knelpunt:knelpunten-woningbouw-regio');
    expect(woningbouw.route.map(({ stap, overleg }) => [stap, overleg.id])).toEqual([
      [1, 'overleg:stuurgroep-wonen'],
      [2, 'overleg:stuurgroep-ibp-plus'],
      [3, 'overleg:interbestuurlijke-regietafel'],
    ]);
    const [start, ibp, regietafel] = woningbouw.route;
    expect(start!.via.map(({ type, van, naar }) => [type, van, naar])).toEqual([
      ['KNELPUNT_BIJ', 'knelpunt:knelpunten-woningbouw-regio', 'opgave:wonen'],
      ['STUURT', 'overleg:stuurgroep-wonen', 'opgave:wonen'],
    ]);
    expect(ibp!.via.map(({ type, van }) => [type, van])).toEqual([['ESCALEERT_NAAR', 'overleg:stuurgroep-wonen']]);
    expectCited(regietafel!.via[0]!.bronnen, PROGRAMMASTART, 294, 'op bestuurlijk niveau doorgesproken');
  });

  // 003 r.24: "In het overhedenoverleg … afspraken gemaakt over de omgang met de tekorten in het Sociaal Domein";
  // 004 r.10: "Het IBP-programmateam werkte mee aan de aanpak om de tekorten in het sociaal domein te onderzoeken";
  // 003 r.284: "Voor het Sociaal Domein is er ook een directeurenoverleg en regietafel."
  it('the shortfalls in the social domain start at the four bodies that handle them or steer the opgave, then go up', async () => {
    const tekorten = await knelpunt('knelpunt:tekorten-sociaal-domein');
    const stappen = tekorten.route.map(({ stap, overleg }) => [stap, overleg.id]);
    expect(stappen).toEqual([
      [1, 'overleg:directeurenoverleg-sociaal-domein'],
      [1, 'overleg:ibp-programmateam'],
      [1, 'overleg:overhedenoverleg'],
      [1, 'overleg:regietafel-sociaal-domein'],
      [2, 'overleg:stuurgroep-ibp-plus'],
      [3, 'overleg:interbestuurlijke-regietafel'],
    ]);
    const behandeld = tekorten.route.find(({ overleg }) => overleg.id === 'overleg:overhedenoverleg')!;
    expect(behandeld.via.map(({ type }) => type)).toEqual(['BEHANDELD_IN']);
    expectCited(behandeld.via[0]!.bronnen, PROGRAMMASTART, 24, 'de omgang met de tekorten in het Sociaal Domein');
    const programmateam = tekorten.route.find(({ overleg }) => overleg.id === 'overleg:ibp-programmateam')!;
    expectCited(programmateam.via[0]!.bronnen, EEN_JAAR, 10, 'IBP-programmateam werkte mee');
    // both stuurgroepen of the social domain put it on the agenda of the stuurgroep IBP+
    expect(sorted(tekorten.route[4]!.via.map(({ van }) => van))).toEqual([
      'overleg:directeurenoverleg-sociaal-domein',
      'overleg:regietafel-sociaal-domein',
    ]);
  });

  // 003 r.1196: "Oplossingen voor mogelijke (nu nog niet voorziene) dubbelingen … worden in de Stuurgroep Aanpak
  // Ondermijning besproken."
  it('possible overlaps with the governance against undermining are discussed in the Stuurgroep Aanpak Ondermijning', async () => {
    const viaStuurgroep = await lijst({ overleg: 'overleg:stuurgroep-aanpak-ondermijning' });
    expect(ids(viaStuurgroep)).toEqual(['knelpunt:dubbelingen-governance-ondermijning']);
    const dubbelingen = await knelpunt('knelpunt:dubbelingen-governance-ondermijning');
    expect(waarde(dubbelingen.eigenschappen, 'eventueel')).toBe('true');
    expect(dubbelingen.status).toBe('ONBEKEND');
    expect(ids(dubbelingen.behandeldIn)).toEqual(['overleg:stuurgroep-aanpak-ondermijning']);
    expectCited(
      relatieOf(dubbelingen.behandeldIn, 'overleg:stuurgroep-aanpak-ondermijning').bronnen,
      PROGRAMMASTART,
      1196,
      'nu nog niet voorziene',
    );
    // the Stuurgroep Aanpak Ondermijning itself escalates nowhere: the route goes on only from goed openbaar bestuur's
    // stuurgroep (by name, "interbestuurlijke stuurgroep 'goed openbaar bestuur …'" comes first)
    expect(dubbelingen.route.filter(({ stap }) => stap === 1).map(({ overleg }) => overleg.id)).toEqual([
      'overleg:stuurgroep-goed-openbaar-bestuur',
      'overleg:stuurgroep-aanpak-ondermijning',
    ]);
    expect(dubbelingen.route.find(({ stap }) => stap === 2)?.via.map(({ van }) => van)).toEqual([
      'overleg:stuurgroep-goed-openbaar-bestuur',
    ]);
    expect(dubbelingen.route.at(-1)?.overleg.id).toBe('overleg:interbestuurlijke-regietafel');
  });

  // 001 r.628–630: "Er is nu, vanuit het IBP, geen trekkerschap belegd voor de thema's uit hoofdstuk 10"; 003 r.801:
  // "Rijk en koepels werken daarom samen om oplossingen voor knelpunten voor te stellen"
  it('a knelpunt of the overarching themes has no route: no text names a body for it', async () => {
    const grens = await knelpunt('knelpunt:barrieres-grensregios');
    expect(grens.route).toEqual([]);
    expect(ids(grens.opgaven)).toEqual(['opgave:overkoepelend']);
    expect(ids(grens.gesignaleerdDoor)).toEqual(['instrument:commissiemededeling-grensregios']);
    expectCited(grens.bronnen, PROGRAMMASTART, 801, 'oplossingen voor knelpunten voor te stellen');
  });

  // 003 r.294 (to the regietafel) and r.284, 286 (every stuurgroep per opgave to the stuurgroep IBP+)
  it('every knelpunt whose route reaches a body ends at the interbestuurlijke regietafel', async () => {
    const alle = await lijst({});
    const naarRegietafel = await lijst({ overleg: 'overleg:interbestuurlijke-regietafel' });
    const viaIbp = await lijst({ overleg: 'overleg:stuurgroep-ibp-plus' });
    expect(ids(viaIbp)).toEqual(ids(naarRegietafel));
    expect(naarRegietafel.totalCount).toBeGreaterThan(15);
    for (const id of ids(alle).filter((id) => !ids(naarRegietafel).includes(id))) {
      expect(
        (await knelpunt(id)).route.map(({ overleg }) => overleg.id),
        id,
      ).not.toContain('overleg:interbestuurlijke-regietafel');
    }
  });
});

describe('finding knelpunten', () => {
  // 003 r.617: "In kaart brengen van knellende wet- en regelgeving en er mee aan de slag gaan."
  it('search finds a knelpunt by its words, and can keep to knelpunten', async () => {
    const { zoek } = await ask<{ zoek: Connection<Ref & { soort: string }> }>(
      '{ zoek(tekst: "knellende regelgeving", soorten: [Knelpunt]) { totalCount edges { node { id naam soort } } } }',
    );
    expect(zoek.edges[0]?.node).toMatchObject({ id: 'knelpunt:knellende-regelgeving-schulden', soort: 'Knelpunt' });
    expect(zoek.edges.every(({ node }) => node.soort === 'Knelpunt')).toBe(true);
  });
});
