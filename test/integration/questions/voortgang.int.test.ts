import { describe, expect, it } from 'vitest';
import {
  askTheService,
  BRON_MET_OOK,
  type Bron,
  type Connection,
  EEN_JAAR,
  expectCited,
  ids,
  LEDENBRIEF,
  MEDEDELING,
  MEMO,
  PROGRAMMASTART,
  type Ref,
  sorted,
  squash,
} from '../../support/questions.js';

/*
 * Questions about voortgang (progress) over HTTP: the dated status statements on milestones and
 * agreements and their history, commitments, measurable targets, reporting moments and the programme
 * team's work. Above each test: the document (numbered as in test/support/questions.ts) and the line(s)
 * in seeds/documenten/ that give the answer; each test checks that the sources it relies on cite them.
 */

const ask = askTheService();

interface StandData extends Ref {
  status: string;
  peildatum: string;
  statusGrond: string | null;
  oordeel: string | null;
  bronnen: Bron[];
}
interface VoortgangData {
  status: string;
  peildatum: string | null;
  tegenstrijdig: boolean;
  tegenspraak: Array<{ id: string }>;
  jongste: Array<{ id: string }>;
  aantalUitspraken: number;
}
const STAND = `id naam status peildatum statusGrond oordeel bronnen { ${BRON_MET_OOK} }`;
const VOORTGANG = 'status peildatum tegenstrijdig tegenspraak { id } jongste { id } aantalUitspraken';

interface MetVoortgang extends Ref {
  standen: Connection<StandData>;
  voortgang: VoortgangData;
}
const mijlpaal = async (id: string) =>
  (
    await ask<{ mijlpaal: MetVoortgang }>(
      `query ($id: ID!) { mijlpaal(id: $id) { id naam standen { totalCount edges { node { ${STAND} } } } voortgang { ${VOORTGANG} } } }`,
      { id },
    )
  ).mijlpaal;
const standen = (item: MetVoortgang) => item.standen.edges.map(({ node }) => node);

describe('standen: the status of milestones and agreements, dated and sourced, with their history', () => {
  // 000 r.27 (8 February 2018): "De programmastart van het IBP is voorzien voor eind februari."; 003 r.121 (15 February
  // 2018): "We zijn verheugd dat in de 'Programmastart IBP' deze financiële uitgangspunten zijn bevestigd."
  it('the programme start was planned for the end of February on 8 February, and had taken place by 15 February', async () => {
    const start = await mijlpaal('mijlpaal:programmastart-ibp');
    const [gepland, bereikt] = standen(start);
    expect(standen(start).map(({ status, peildatum }) => [status, peildatum])).toEqual([
      ['GEPLAND', '2018-02-08'],
      ['BEREIKT', '2018-02-15'],
    ]);
    expectCited(gepland!.bronnen, MEDEDELING, 27, 'is voorzien voor eind februari');
    expectCited(bereikt!.bronnen, PROGRAMMASTART, 121, "in de 'Programmastart IBP'");
    expect(start.voortgang).toMatchObject({
      status: 'BEREIKT',
      peildatum: '2018-02-15',
      tegenstrijdig: false,
      aantalUitspraken: 2,
    });
  });

  // 001 r.456-457 (May 2018): "Eerste mijlpalen … Bestuursakkoord klimaatadaptatie - Medio 2018"; 004 r.9 (February 2019):
  // "Veel opgaven legden in 2018 afspraken vast, zoals in het sociaal domein, bij klimaatadaptatie"
  it('the administrative agreement on climate adaptation was planned in May 2018 and reached according to February 2019', async () => {
    const akkoord = await mijlpaal('mijlpaal:bestuursakkoord-klimaatadaptatie');
    const [mei, februari] = standen(akkoord);
    expect([mei!.status, mei!.peildatum, februari!.status, februari!.peildatum]).toEqual([
      'GEPLAND',
      '2018-05-02',
      'BEREIKT',
      '2019-02-14',
    ]);
    const bron = expectCited(mei!.bronnen, MEMO, 457, 'Bestuursakkoord klimaatadaptatie - Medio 2018');
    expect(bron.ook?.map(({ regelVan }) => regelVan)).toEqual([258, 456]);
    expectCited(februari!.bronnen, EEN_JAAR, 9, 'afspraken vast', 'bij klimaatadaptatie');
    expect(akkoord.voortgang.status).toBe('BEREIKT');
  });

  // 001 r.456: "Klimaatakkoord (afspraken op hoofdlijnen) - Zomer 2018"; 004 r.9: "niet te vergeten het ontwerp klimaatakkoord"
  it('the climate agreement in outline was planned for summer 2018; in February 2019 there is a draft, so it is partly reached', async () => {
    const akkoord = await mijlpaal('mijlpaal:klimaatakkoord-hoofdlijnen');
    const laatste = standen(akkoord).at(-1)!;
    expect(standen(akkoord).map(({ status }) => status)).toEqual(['GEPLAND', 'DEELS']);
    expect(laatste.oordeel).toBe('ontwerp klimaatakkoord');
    expectCited(laatste.bronnen, EEN_JAAR, 9, 'het ontwerp klimaatakkoord');
    expect(akkoord.voortgang).toMatchObject({ status: 'DEELS', peildatum: '2019-02-14', tegenstrijdig: false });
  });

  // 001 r.60-66: "Op 14 februari jongstleden hebben het kabinet en de voorzitters … het Interbestuurlijk Programma ondertekend.";
  // 004 r.3: "Precies een jaar geleden, op 14 februari 2018, zetten de VNG …, IPO …, UvW … en BZK … hun handtekeningen"
  it('two documents a year apart agree that the programme was signed: two statements, no contradiction', async () => {
    const ondertekening = await mijlpaal('mijlpaal:ondertekening-ibp');
    expect(standen(ondertekening).map(({ status, peildatum }) => [status, peildatum])).toEqual([
      ['BEREIKT', '2018-05-02'],
      ['BEREIKT', '2019-02-14'],
    ]);
    expectCited(standen(ondertekening)[0]!.bronnen, MEMO, 60, 'het Interbestuurlijk Programma ondertekend');
    expectCited(standen(ondertekening)[1]!.bronnen, EEN_JAAR, 3, 'hun handtekeningen');
    expect(ondertekening.voortgang).toMatchObject({ tegenstrijdig: false, tegenspraak: [], aantalUitspraken: 2 });
  });

  // 001 r.258-260: "de eerste mijlpalen in beeld gebracht waar de komende tijd aan gewerkt wordt", and the annex's "Eerste
  // mijlpalen" (r.456-461, 485-486, 511, 545)
  it('every first milestone of the IPO memo’s annex is planned as of 2 May 2018, each citing the annex heading and the memo’s words', async () => {
    const eerste = [
      'stand:klimaatakkoord-hoofdlijnen-2018-05',
      'stand:bestuursakkoord-klimaatadaptatie-2018-05',
      'stand:afspraken-regionale-ce-strategieen-2018-05',
      'stand:regionale-ce-afspraken-2019-2018-05',
      'stand:nationale-woonagenda-2018-2018-05',
      'stand:regio-afspraken-wonen-2018-2018-05',
      'stand:werkbijeenkomsten-regionale-economie-2018-05',
      'stand:kaart-transitie-landbouw-2018-05',
    ];
    const { nodes: uitMemo } = await ask<{ nodes: StandData[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Stand { ${STAND} } } }`,
      { ids: eerste },
    );
    expect(uitMemo.map(({ id }) => id)).toEqual(eerste);
    for (const stand of uitMemo) expect(stand.bronnen[0]!.document.id).toBe(MEMO);
    for (const stand of uitMemo) {
      expect(stand).toMatchObject({
        status: 'GEPLAND',
        peildatum: '2018-05-02',
        statusGrond: 'waar de komende tijd aan gewerkt wordt',
      });
      const ook = stand.bronnen[0]!.ook!;
      expect(ook.map(({ regelVan }) => regelVan)).toContain(258);
      expect(ook.some(({ citaat }) => citaat === 'Eerste mijlpalen')).toBe(true);
    }
  });

  // No document says how the 49% CO₂ reduction in 2030 stands (003 r.827 only sets it).
  it('a milestone no text reports on stands unknown, with no statements', async () => {
    const co2 = await mijlpaal('mijlpaal:co2-reductie-2030');
    expect(co2.standen.totalCount).toBe(0);
    expect(co2.voortgang).toEqual({
      status: 'ONBEKEND',
      peildatum: null,
      tegenstrijdig: false,
      tegenspraak: [],
      jongste: [],
      aantalUitspraken: 0,
    });
  });

  // 003 r.34: "In de Algemene Ledenvergadering van 27 juni a.s. zal het IBP en de nadere uitwerking worden geagendeerd."
  it('the VNG general meeting of 27 June 2018 is planned as of the February letter, and the status rests on the text’s words', async () => {
    const alv = await mijlpaal('mijlpaal:vng-alv-2018-06-27');
    const [stand] = standen(alv);
    expect(stand).toMatchObject({ status: 'GEPLAND', peildatum: '2018-02-15' });
    const bron = expectCited(stand!.bronnen, PROGRAMMASTART, 34, '27 juni a.s.');
    expect(squash(bron.citaat)).toContain(stand!.statusGrond!);
  });

  // 002 r.63 (16 March 2018): "Daarom organiseert de VNG op donderdag 5 april de startdag Interbestuurlijk Programma voor gemeenten."
  it('the start day for municipalities on 5 April is planned as of the VNG letter of 16 March', async () => {
    const startdag = await mijlpaal('mijlpaal:startdag-ibp-gemeenten');
    expect(standen(startdag).map(({ status, peildatum }) => [status, peildatum])).toEqual([['GEPLAND', '2018-03-16']]);
    expectCited(standen(startdag)[0]!.bronnen, LEDENBRIEF, 63, 'op donderdag 5 april de startdag');
  });

  // 003 r.111: "Er wordt een fonds gevormd voor gemeenten die worden geconfronteerd met een stapeling van tekorten in het sociaal domein."
  it('an agreement has a status too: the fund for shortfalls in the social domain is to be formed, as of February 2018', async () => {
    const { instrument } = await ask<{ instrument: MetVoortgang }>(
      `{ instrument(id: "instrument:fonds-tekorten-sociaal-domein") { id naam standen { totalCount edges { node { ${STAND} } } } voortgang { ${VOORTGANG} } } }`,
    );
    expect(instrument.voortgang).toMatchObject({ status: 'GEPLAND', peildatum: '2018-02-15' });
    expectCited(standen(instrument)[0]!.bronnen, PROGRAMMASTART, 111, 'Er wordt een fonds gevormd');
  });
});

interface ToezeggingData extends Ref {
  datum: string | null;
  wanneer: string | null;
  bronnen: Bron[];
  toegezegdDoor: Connection;
  voor: Connection & { edges: Array<{ node: { id: string }; relatie: { bronnen: Bron[] } }> };
}
const TOEZEGGING = `id naam datum wanneer bronnen { ${BRON_MET_OOK} }
  toegezegdDoor { totalCount edges { node { id naam } relatie { bronnen { ${BRON_MET_OOK} } } } }
  voor { totalCount edges { node { id naam } relatie { bronnen { ${BRON_MET_OOK} } } } }`;
const toezegging = async (id: string) =>
  (await ask<{ toezegging: ToezeggingData }>(`query ($id: ID!) { toezegging(id: $id) { ${TOEZEGGING} } }`, { id }))
    .toezegging;

describe('toezeggingen: who promised what, by when', () => {
  // 003 r.109: "Na intensieve onderhandelingen zijn op vier belangrijke punten door het Rijk toezeggingen gedaan." and r.111-115
  it('the Rijk made four commitments at the start, each citing the sentence that calls them commitments of the Rijk', async () => {
    const { toezeggingen } = await ask<{ toezeggingen: Connection<ToezeggingData> }>(
      `{ toezeggingen(door: "organisatie:rijk", first: 50) { totalCount edges { node { ${TOEZEGGING} } } } }`,
    );
    const vier = toezeggingen.edges
      .map(({ node }) => node)
      .filter((node) => node.bronnen.some((bron) => bron.ook?.some(({ regelVan }) => regelVan === 109)));
    expect(sorted(vier.map(({ id }) => id))).toEqual(
      sorted([
        'toezegging:fonds-tekorten-sociaal-domein',
        'toezegging:overheveling-iusd',
        'toezegging:rob-onderzoek-buig',
        'toezegging:maatregelen-open-einde-regelingen',
      ]),
    );
    for (const [index, node] of vier.entries()) {
      const bron = node.bronnen[0]!;
      expect(bron.regelVan).toBeGreaterThanOrEqual(111);
      expect(squash(bron.ook![0]!.tekst)).toContain('door het Rijk toezeggingen gedaan');
      expect(index).toBeLessThan(4);
    }
    expect(ids(toezeggingen)).toEqual(expect.arrayContaining(['toezegging:analyse-regionale-woningbehoefte']));
  });

  // 003 r.114: "Er wordt door een onafhankelijke derde partij (ROB) onderzoek gedaan naar de ontwikkeling en systematiek van de
  // BUIG. De uitkomsten van dat onderzoek zullen voor de ALV van 2018 beschikbaar zijn."
  it('the ROB’s study of the BUIG is due before the 2018 general meeting, and concerns the BUIG and that milestone', async () => {
    const rob = await toezegging('toezegging:rob-onderzoek-buig');
    expect(rob).toMatchObject({ datum: '2018-06-27', wanneer: 'voor de ALV van 2018' });
    expect(ids(rob.toegezegdDoor)).toEqual(['organisatie:rijk']);
    expect(sorted(ids(rob.voor))).toEqual(['instrument:buig', 'mijlpaal:rob-onderzoek-buig-gereed']);
    expectCited(rob.bronnen, PROGRAMMASTART, 114, 'onafhankelijke derde partij (ROB)', 'voor de ALV van 2018');
  });

  // 003 r.888: "IPO, VNG en UvW nemen het voortouw om samen met het Rijk een precieze invulling te geven aan … (REKS)."
  it('the three koepels committed to give the REKS’s working structure its precise form', async () => {
    const reks = await toezegging('toezegging:invulling-werkstructuur-reks');
    expect(sorted(ids(reks.toegezegdDoor))).toEqual(['koepel:ipo', 'koepel:uvw', 'koepel:vng']);
    expect(ids(reks.voor)).toEqual(['instrument:reks']);
    for (const edge of reks.toegezegdDoor.edges as Array<{ relatie: { bronnen: Bron[] } }>) {
      expectCited(edge.relatie.bronnen, PROGRAMMASTART, 888, 'IPO, VNG en UvW nemen het voortouw');
    }
  });

  // 003 r.115: "Er worden maatregelen getroffen waardoor de financiële consequenties van open einde-regelingen (zoals het
  // abonnementstarief en bewindvoering) worden beperkt."
  it('the commitment on open-ended schemes answers the knelpunt of their costs', async () => {
    const maatregelen = await toezegging('toezegging:maatregelen-open-einde-regelingen');
    expect(ids(maatregelen.voor)).toEqual(
      expect.arrayContaining(['knelpunt:kosten-open-einde-regelingen', 'instrument:maatregelen-open-einde-regelingen']),
    );
    const naarKnelpunt = maatregelen.voor.edges.find(
      ({ node }) => node.id === 'knelpunt:kosten-open-einde-regelingen',
    )!;
    expectCited(naarKnelpunt.relatie!.bronnen, PROGRAMMASTART, 115, 'abonnementstarief en bewindvoering');
  });

  // 003 r.793: "De minister van BZK zal op basis van deze verkenningen in 2018 een voorstel doen voor prioritaire thema's";
  // r.797: "Het bovengenoemde voorstel van de minister van BZK en de voortgang op deze acties wordt besproken tijdens het
  // periodieke Bestuurlijke Overleg Europa"
  it('the minister of BZK promised a proposal on priority EU themes in 2018; its progress is discussed in the BO Europa', async () => {
    const voorstel = await toezegging('toezegging:voorstel-prioritaire-eu-themas');
    expect(voorstel).toMatchObject({ datum: '2018', wanneer: 'in 2018' });
    expect(ids(voorstel.toegezegdDoor)).toEqual(['ministerie:bzk']);
    expectCited(voorstel.bronnen, PROGRAMMASTART, 793, 'in 2018 een voorstel doen');
    const { rapportages } = await ask<{ rapportages: Connection<Ref & { frequentie: string; aan: Connection }> }>(
      `{ rapportages(over: "toezegging:voorstel-prioritaire-eu-themas") { totalCount edges { node { id naam frequentie aan { totalCount edges { node { id naam } } } } relatie { type } } } }`,
    );
    expect(ids(rapportages)).toEqual(['rapportage:voortgang-europa-bo-europa']);
    expect(rapportages.edges[0]!.node.frequentie).toBe('periodiek');
    expect(ids(rapportages.edges[0]!.node.aan)).toEqual(['overleg:bestuurlijk-overleg-europa']);
  });

  // 001 r.410-412: "Vanuit het IPO wordt een mondelinge toelichting op het IBP gegeven voorafgaand aan de Algemene Vergadering op 24 mei."
  it('the IPO promised an oral explanation before its general meeting of 24 May 2018', async () => {
    const toelichting = await toezegging('toezegging:mondelinge-toelichting-ipo-av');
    expect(toelichting).toMatchObject({ datum: '2018-05-24' });
    expect(ids(toelichting.toegezegdDoor)).toEqual(['koepel:ipo']);
    expect(ids(toelichting.voor)).toEqual(['mijlpaal:ipo-algemene-vergadering-2018-05-24']);
    expectCited(toelichting.bronnen, MEMO, 410, 'mondelinge toelichting', 'op 24 mei');
  });
});

interface DoelData extends Ref {
  indicator: string;
  waarde: number;
  waardeTot: number | null;
  eenheid: string;
  basisjaar: number | null;
  doeljaar: number;
  bronnen: Bron[];
  van: Connection & { edges: Array<{ node: { id: string }; relatie: { bronnen: Bron[] } }> };
}
const DOEL = `id naam indicator waarde waardeTot eenheid basisjaar doeljaar bronnen { ${BRON_MET_OOK} }
  van { totalCount edges { node { id naam } relatie { bronnen { ${BRON_MET_OOK} } } } }`;
const doel = async (id: string) =>
  (await ask<{ doel: DoelData }>(`query ($id: ID!) { doel(id: $id) { ${DOEL} } }`, { id })).doel;

describe('doelen: measurable targets with indicator, value, unit, base and target year', () => {
  // 003 r.827: "(49% CO₂-reductie in 2030 t.o.v. 1990)"; r.348: "Rijk en decentrale overheden streven gezamenlijk de
  // doelstelling na om te komen tot 49 % CO₂-reductie in 2030."
  it('49% CO₂ reduction by 2030 against 1990 is a target of the climate opgave', async () => {
    const co2 = await doel('doel:co2-reductie-49-procent-2030');
    expect(co2).toMatchObject({
      indicator: 'CO₂-reductie',
      waarde: 49,
      eenheid: 'procent',
      basisjaar: 1990,
      doeljaar: 2030,
    });
    expectCited(co2.bronnen, PROGRAMMASTART, 827, '49% CO₂-reductie in 2030 t.o.v. 1990');
    const klimaat = co2.van.edges.find(({ node }) => node.id === 'opgave:klimaat')!;
    expectCited(klimaat.relatie!.bronnen, PROGRAMMASTART, 348, '49 % CO₂-reductie in 2030');
    const { doelen } = await ask<{ doelen: Connection }>(
      `{ doelen(van: "opgave:klimaat") { totalCount edges { node { id naam } } } }`,
    );
    expect(ids(doelen)).toEqual(['doel:co2-reductie-49-procent-2030']);
  });

  // 003 r.972: "1. Sector Industrie"; r.976: "De opgave is additioneel 21 Mton CO₂-emissiereductie in 2030 ten opzichte van 1990"
  it('industry must cut an additional 21 Mton CO₂ by 2030 against 1990', async () => {
    const industrie = await doel('doel:industrie-21-mton-2030');
    expect(industrie).toMatchObject({ waarde: 21, eenheid: 'Mton', basisjaar: 1990, doeljaar: 2030 });
    expect(ids(industrie.van)).toEqual(['thema:sector-industrie']);
    const bron = expectCited(industrie.bronnen, PROGRAMMASTART, 976, '21 Mton');
    expect(bron.ook?.[0]?.citaat).toBe('1. Sector Industrie');
  });

  // 003 r.1042: "30.000-50.000 bestaande woningen per jaar aardgasvrij te maken of 'aardgasvrij-ready'"
  it('a target given as a range keeps both ends: 30,000 to 50,000 existing homes a year by 2021', async () => {
    const bestaand = await doel('doel:bestaande-woningen-aardgasvrij-2021');
    expect(bestaand).toMatchObject({
      waarde: 30000,
      waardeTot: 50000,
      eenheid: 'woningen per jaar',
      doeljaar: 2021,
      basisjaar: null,
    });
    expectCited(bestaand.bronnen, PROGRAMMASTART, 1042, '30.000-50.000 bestaande woningen per jaar');
  });

  // 003 r.1053: "Voor het jaar 2020 … ter grootte van 2,5 PetaJoule voor maatschappelijke vastgoed."
  it('public buildings must save an additional 2.5 PJ in 2020, a decimal value', async () => {
    const vastgoed = await doel('doel:maatschappelijk-vastgoed-2-5-pj-2020');
    expect(vastgoed).toMatchObject({ waarde: 2.5, eenheid: 'PJ', doeljaar: 2020 });
    expect(sorted(ids(vastgoed.van))).toEqual(['instrument:energieakkoord', 'thema:maatschappelijk-vastgoed']);
    expectCited(vastgoed.bronnen, PROGRAMMASTART, 1053, '2,5 PetaJoule');
  });

  // 003 r.1042: "Er moeten ruim 200.000 woningen/gebouwen per jaar worden geïsoleerd … om in 2050 (vrijwel) CO₂-vrij te zijn."
  it('more than 200,000 homes and buildings a year must be insulated to be CO₂-free by 2050', async () => {
    const verduurzaming = await doel('doel:verduurzaming-200000-gebouwen-per-jaar');
    expect(verduurzaming).toMatchObject({ waarde: 200000, eenheid: 'woningen/gebouwen per jaar', doeljaar: 2050 });
    expect(ids(verduurzaming.van)).toEqual(['thema:sector-gebouwde-omgeving']);
    expectCited(verduurzaming.bronnen, PROGRAMMASTART, 1042, 'ruim 200.000 woningen/gebouwen per jaar');
  });
});

interface RapportageData extends Ref {
  frequentie: string | null;
  perJaar: number | null;
  onderwerp: string | null;
  bronnen: Bron[];
  door: Connection;
  aan: Connection;
  over: Connection;
}
const RAPPORTAGE = `id naam frequentie perJaar onderwerp bronnen { ${BRON_MET_OOK} }
  door { totalCount edges { node { id naam } } } aan { totalCount edges { node { id naam } } } over { totalCount edges { node { id naam } } }`;
const rapportage = async (id: string) =>
  (await ask<{ rapportage: RapportageData }>(`query ($id: ID!) { rapportage(id: $id) { ${RAPPORTAGE} } }`, { id }))
    .rapportage;

describe('rapportages: reporting moments and products, with frequency and subject', () => {
  // 003 r.801: "Namens het kabinet brengt de staatssecretaris van BZK periodiek verslag uit aan de Kamer …";
  // r.872: "voor invulling van de CO₂-reductie zijn de volgende uitgangspunten aan de Tweede Kamer gecommuniceerd"
  it('two things go to the Tweede Kamer: a periodic report by BZK on cross-border work, and the CO₂ principles', async () => {
    const { rapportages } = await ask<{ rapportages: Connection<RapportageData> }>(
      `{ rapportages(aan: "organisatie:tweede-kamer") { totalCount edges { node { ${RAPPORTAGE} } } } }`,
    );
    expect(sorted(ids(rapportages))).toEqual([
      'rapportage:uitgangspunten-co2-reductie-tweede-kamer',
      'rapportage:verslag-grensoverschrijdende-samenwerking',
    ]);
    const verslag = rapportages.edges.find(({ node }) => node.id.includes('verslag'))!.node;
    expect(verslag.frequentie).toBe('periodiek');
    expect(ids(verslag.door)).toEqual(['ministerie:bzk']);
    expectCited(verslag.bronnen, PROGRAMMASTART, 801, 'staatssecretaris van BZK periodiek verslag uit aan de Kamer');
    const uitgangspunten = rapportages.edges.find(({ node }) => node.id.includes('co2'))!.node;
    expectCited(uitgangspunten.bronnen, PROGRAMMASTART, 872, 'aan de Tweede Kamer gecommuniceerd');
  });

  // 003 r.890: "Vier keer per jaar vindt een Bestuurlijk Overleg Klimaat- en Energietransitie plaats. Hierbij wordt onder meer
  // gesproken over de voortgang van de afspraken"
  it('the progress of the climate agreements is discussed four times a year in the BO Klimaat- en Energietransitie', async () => {
    const bo = await rapportage('rapportage:voortgang-afspraken-bo-klimaat');
    expect(bo).toMatchObject({ frequentie: 'vier keer per jaar', perJaar: 4 });
    expect(ids(bo.aan)).toEqual(['overleg:bo-klimaat-en-energietransitie']);
    expect(ids(bo.over)).toEqual(['instrument:klimaatakkoord']);
    expectCited(bo.bronnen, PROGRAMMASTART, 890, 'Vier keer per jaar', 'de voortgang van de afspraken');
  });

  // 003 r.1174: "Twee keer per jaar worden gemeenten en provincies geïnformeerd over de actuele accresontwikkeling, via de mei-
  // en septembercirculaire over beide fondsen."
  it('municipalities and provinces hear of the accres twice a year, through the May and September circulars', async () => {
    const circulaires = await rapportage('rapportage:mei-en-septembercirculaire');
    expect(circulaires).toMatchObject({ perJaar: 2, onderwerp: 'de actuele accresontwikkeling' });
    expect(sorted(ids(circulaires.aan))).toEqual(['groep:gemeenten', 'groep:provincies']);
    expect(sorted(ids(circulaires.over))).toEqual(['instrument:accres', 'instrument:mei-en-septembercirculaire']);
    expectCited(circulaires.bronnen, PROGRAMMASTART, 1174, 'Twee keer per jaar', 'mei- en septembercirculaire');
  });

  // 003 r.1105: "de rekenkundige uitkomsten in het halfjaarlijkse bestuurlijk overleg financiële verhoudingen aan de orde kunnen stellen"
  it('the arithmetic of the normeringsystematiek comes up twice a year in the BOFv', async () => {
    const bofv = await rapportage('rapportage:rekenkundige-uitkomsten-bofv');
    expect(bofv).toMatchObject({ frequentie: 'halfjaarlijks', perJaar: 2 });
    expect(ids(bofv.aan)).toEqual(['overleg:bofv']);
    expectCited(bofv.bronnen, PROGRAMMASTART, 1105, 'halfjaarlijkse bestuurlijk overleg financiële verhoudingen');
  });

  // 004 r.40: "en zorgt het team voor rapportages over de voortgang"; r.25: "inzicht geven (op hoofdlijnen) in de voortgang van de
  // opgaven en daarover rapporteren"
  it('in 2019 the programme team reports on the progress of the opgaven', async () => {
    const team = await rapportage('rapportage:voortgangsrapportages-programmateam-2019');
    expect(ids(team.door)).toEqual(['overleg:ibp-programmateam']);
    expectCited(team.bronnen, EEN_JAAR, 40, 'zorgt het team voor rapportages over de voortgang');
    expectCited(team.bronnen, EEN_JAAR, 25, 'daarover rapporteren');
  });

  // 003 r.294: "De minister van BZK is voorzitter van de interbestuurlijke regietafel. Hier wordt de voortgang gemonitord"
  it('the interbestuurlijke regietafel monitors the programme’s progress', async () => {
    const { overleg } = await ask<{ overleg: { rapportages: Connection<RapportageData> } }>(
      `{ overleg: actor(id: "overleg:interbestuurlijke-regietafel") { ... on Overleg { rapportages { totalCount edges { node { ${RAPPORTAGE} } } } } } }`,
    );
    expect(ids(overleg.rapportages)).toEqual(['rapportage:monitoring-regietafel']);
    expectCited(overleg.rapportages.edges[0]!.node.bronnen, PROGRAMMASTART, 294, 'Hier wordt de voortgang gemonitord');
  });
});

interface ActiviteitData extends Ref {
  soortActiviteit: string;
  jaar: number | null;
  cadans: string | null;
  duur: string | null;
  producten: string | null;
  bronnen: Bron[];
  uitgevoerdDoor: Connection;
}
const ACTIVITEIT = `id naam soortActiviteit jaar cadans duur producten bronnen { ${BRON_MET_OOK} } uitgevoerdDoor { totalCount edges { node { id naam } } }`;

describe('the programme team’s work in 2019', () => {
  // 004 r.20-25: "helpt het programmteam … door: het leggen van verbanden …; het signaleren van knelpunten …; het stimuleren en
  // leren van goed interbestuurlijk samenwerken; en inzicht geven (op hoofdlijnen) in de voortgang van de opgaven en daarover rapporteren."
  it('the programme team has four standing tasks, each citing its own line and the sentence that gives them to the team', async () => {
    const { activiteiten } = await ask<{ activiteiten: Connection<ActiviteitData> }>(
      `{ activiteiten(door: "overleg:ibp-programmateam", first: 50) { totalCount edges { node { ${ACTIVITEIT} } } } }`,
    );
    const vast = activiteiten.edges
      .map(({ node }) => node)
      .filter(({ soortActiviteit }) => soortActiviteit === 'vaste-taak');
    expect(vast.map(({ bronnen }) => bronnen[0]!.regelVan).sort()).toEqual([22, 23, 24, 25]);
    for (const taak of vast) {
      expect(squash(taak.bronnen[0]!.ook![0]!.tekst)).toContain('helpt het programmteam');
      expect(ids(taak.uitgevoerdDoor)).toEqual(['overleg:ibp-programmateam']);
    }
    expect(ids(activiteiten)).toEqual(expect.arrayContaining(['activiteit:knelpunten-oppakken-2019']));
  });

  // 004 r.37: "We werken aan een aanpak waarmee we ieder kwartaal één vraagstuk … nader onderzoeken. Zo’n onderwerp diepen we drie
  // maanden lang uit …; de inzichten bespreken we tijdens een bijeenkomst en publiceren we vervolgens als artikel."
  it('one question a quarter, studied for three months, with a meeting and an article', async () => {
    const { activiteit } = await ask<{ activiteit: ActiviteitData }>(
      `{ activiteit(id: "activiteit:verdiepen-vraagstuk-per-kwartaal") { ${ACTIVITEIT} } }`,
    );
    expect(activiteit).toMatchObject({ cadans: 'ieder kwartaal', duur: 'drie maanden', jaar: 2019 });
    expect(activiteit.producten).toContain('artikel');
    expectCited(activiteit.bronnen, EEN_JAAR, 37, 'drie maanden lang', 'bijeenkomst', 'artikel');
  });

  // 004 r.40: "De liaisons blijven actief en we bieden (weliswaar bescheiden) financiële mogelijkheden"
  it('the liaisons stay active in 2019, and the team offers modest financial means', async () => {
    const { activiteiten } = await ask<{ activiteiten: Connection<ActiviteitData> }>(
      `{ activiteiten(door: "groep:liaisons-ibp") { totalCount edges { node { ${ACTIVITEIT} } } } }`,
    );
    expect(ids(activiteiten)).toEqual(['activiteit:liaisons-actief-2019']);
    expectCited(activiteiten.edges[0]!.node.bronnen, EEN_JAAR, 40, 'De liaisons blijven actief');
    const { activiteit } = await ask<{ activiteit: ActiviteitData }>(
      `{ activiteit(id: "activiteit:financiele-mogelijkheden-2019") { ${ACTIVITEIT} } }`,
    );
    expectCited(activiteit.bronnen, EEN_JAAR, 40, '(weliswaar bescheiden) financiële mogelijkheden');
  });
});
