import { describe, expect, it } from 'vitest';
import { askAndPost, type Ref } from '../../support/questions.js';

/*
 * Questions about the dates of milestones: how precise the texts are, and date windows that look at
 * every date a document gives, asked over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer.
 */

const { ask, post } = askAndPost();

type Datum = {
  waarde: string;
  van: string;
  tot: string;
  precisie: string;
  hoofdwaarde: boolean;
  bron: { regelVan: number; document: { id: string } } | null;
};
const DATUM = 'waarde van tot precisie hoofdwaarde bron { regelVan document { id } }';
type Venster = { mijlpalen: { edges: Array<{ node: Ref; gevondenDatum: Datum | null }> } };
const venster = (vanaf: string, tot: string) =>
  ask<Venster>(
    `query ($vanaf: String, $tot: String) { mijlpalen(vanaf: $vanaf, tot: $tot, first: 100) {
       edges { node { id naam } gevondenDatum { ${DATUM} } } } }`,
    { vanaf, tot },
  );
const gevonden = (answer: Venster, id: string) =>
  answer.mijlpalen.edges.find(({ node }) => node.id === id)?.gevondenDatum;

describe('dates of milestones', () => {
  // 001 r.112: "Eind november kwam de uitnodiging van het ministerie van Binnenlandse Zaken"
  it('"eind november" keeps its part of the month: the last third of November 2017', async () => {
    const { mijlpaal } = await ask<{ mijlpaal: { datum: string; datums: Datum[] } }>(
      `{ mijlpaal(id: "mijlpaal:uitnodiging-bzk") { datum datums { ${DATUM} } } }`,
    );
    expect(mijlpaal.datum).toBe('2017-11-eind');
    expect(mijlpaal.datums).toEqual([
      {
        waarde: '2017-11-eind',
        van: '2017-11-21',
        tot: '2017-11-30',
        precisie: 'MAANDDEEL',
        hoofdwaarde: true,
        bron: null,
      },
    ]);
  });

  // 001 r.112: "Eind november kwam de uitnodiging": not in the first twenty days of November
  it('a window on 1–20 November 2017 does not hold BZK’s invitation of late November', async () => {
    const answer = await venster('2017-11-01', '2017-11-20');
    expect(answer.mijlpalen.edges.map(({ node }) => node.id)).not.toContain('mijlpaal:uitnodiging-bzk');
    expect(gevonden(await venster('2017-11-21', '2017-11-30'), 'mijlpaal:uitnodiging-bzk')).toMatchObject({
      waarde: '2017-11-eind',
      hoofdwaarde: true,
    });
  });

  // 003 r.303: "De programmastart is op 14 februari."; 000 r.27: "De programmastart van het IBP is voorzien voor eind
  // februari."
  it('the programmastart has two dates: 14 February (main) and "eind februari" (the mededeling, with its source)', async () => {
    const { mijlpaal } = await ask<{ mijlpaal: { datums: Datum[] } }>(
      `{ mijlpaal(id: "mijlpaal:programmastart-ibp") { datums { ${DATUM} } } }`,
    );
    expect(mijlpaal.datums).toEqual([
      { waarde: '2018-02-14', van: '2018-02-14', tot: '2018-02-14', precisie: 'DAG', hoofdwaarde: true, bron: null },
      {
        waarde: '2018-02-eind',
        van: '2018-02-21',
        tot: '2018-02-28',
        precisie: 'MAANDDEEL',
        hoofdwaarde: false,
        bron: { regelVan: 27, document: { id: 'document:mededeling-ibp-2018-02-08' } },
      },
    ]);
  });

  // 000 r.27: "voorzien voor eind februari" — a window on the end of February finds the programmastart by that date
  it('a window on 21–28 February 2018 finds the programmastart by the date the mededeling expected, and says so', async () => {
    const answer = await venster('2018-02-21', '2018-02-28');
    expect(gevonden(answer, 'mijlpaal:programmastart-ibp')).toMatchObject({
      waarde: '2018-02-eind',
      hoofdwaarde: false,
      bron: { regelVan: 27, document: { id: 'document:mededeling-ibp-2018-02-08' } },
    });
    expect(answer.mijlpalen.edges.map(({ node }) => node.id)).not.toContain('mijlpaal:ondertekening-ibp');
  });

  // 003 r.303: "De programmastart is op 14 februari."
  it('a window on 14 February 2018 finds the programmastart by its main date', async () => {
    const answer = await venster('2018-02-14', '2018-02-14');
    expect(gevonden(answer, 'mijlpaal:programmastart-ibp')).toMatchObject({ waarde: '2018-02-14', hoofdwaarde: true });
    expect(gevonden(answer, 'mijlpaal:ondertekening-ibp')).toMatchObject({ waarde: '2018-02-14', hoofdwaarde: true });
  });

  // 003 r.733: "Per 2019 gaan de volgende onderdelen over"; r.112: "In 2020 zal de overheveling van de
  // integratie-uitkering Sociaal Domein naar de algemene uitkering worden verwerkt."
  it('the transfer of the IUSD lies in 2019 by the programme, and in 2020 by the VNG letter: a 2020 window finds it by the latter', async () => {
    const answer = await venster('2020', '2020');
    expect(gevonden(answer, 'mijlpaal:overheveling-iusd')).toMatchObject({
      waarde: '2020',
      precisie: 'JAAR',
      hoofdwaarde: false,
      bron: { regelVan: 112, document: { id: 'document:ibp-programmastart' } },
    });
  });

  // 003 r.690: "Deze ambitie wordt voor de zomer van 2018 uitgewerkt in een actieprogramma"; 001 r.583–585:
  // "actieprogramma versterking democratie en bestuur en tegengaan ondermijning – 2019"
  it('the action programme on democracy lies before summer 2018, and in 2019 by the IPO memo: both windows find it', async () => {
    expect(
      gevonden(await venster('2018-04', '2018-06'), 'mijlpaal:actieprogramma-versterking-democratie'),
    ).toMatchObject({
      waarde: '2018-Q2',
      precisie: 'KWARTAAL',
      hoofdwaarde: true,
    });
    expect(gevonden(await venster('2019', '2019'), 'mijlpaal:actieprogramma-versterking-democratie')).toMatchObject({
      waarde: '2019',
      hoofdwaarde: false,
      bron: { regelVan: 583, document: { id: 'document:ipo-memo-2018-05-02' } },
    });
  });

  // No window, nothing found by date: 003 r.303 "De programmastart is op 14 februari."
  it('without a window, no date is named as found', async () => {
    const { mijlpalen } = await ask<Venster>(
      `{ mijlpalen(first: 100) { edges { node { id naam } gevondenDatum { waarde } } } }`,
    );
    expect(mijlpalen.edges.length).toBeGreaterThan(0);
    expect(mijlpalen.edges.every(({ gevondenDatum }) => gevondenDatum === null)).toBe(true);
  });
});

type Toezeggingen = { toezeggingen: { edges: Array<{ node: Ref; gevondenDatum: Datum | null }> } };
const toezeggingenIn = (vanaf?: string, tot?: string) =>
  ask<Toezeggingen>(
    `query ($vanaf: String, $tot: String) { toezeggingen(vanaf: $vanaf, tot: $tot, first: 100) {
       edges { node { id naam } gevondenDatum { ${DATUM} } } } }`,
    { vanaf, tot },
  );
const toezeggingIds = (answer: Toezeggingen) => answer.toezeggingen.edges.map(({ node }) => node.id).sort();

describe('dates of commitments, status statements and instruments', () => {
  // 001 r.410–412: "Vanuit het IPO wordt een mondelinge toelichting op het IBP gegeven voorafgaand aan de Algemene
  // Vergadering op 24 mei."; 003 r.111: "In 2018 zal dat fonds € 200 miljoen bedragen."; 003 r.793: "De minister van
  // BZK zal op basis van deze verkenningen in 2018 een voorstel doen"
  it('a window on May 2018 holds the IPO’s explanation before 24 May, and the commitments dated only “in 2018”', async () => {
    const answer = await toezeggingenIn('2018-05', '2018-05');
    expect(toezeggingIds(answer)).toEqual([
      'toezegging:fonds-tekorten-sociaal-domein',
      'toezegging:mondelinge-toelichting-ipo-av',
      'toezegging:voorstel-prioritaire-eu-themas',
    ]);
    const found = answer.toezeggingen.edges.find(({ node }) => node.id === 'toezegging:mondelinge-toelichting-ipo-av');
    expect(found?.gevondenDatum).toMatchObject({ waarde: '2018-05-24', precisie: 'DAG', hoofdwaarde: true });
    const year = answer.toezeggingen.edges.find(({ node }) => node.id === 'toezegging:fonds-tekorten-sociaal-domein');
    expect(year?.gevondenDatum).toMatchObject({
      waarde: '2018',
      van: '2018-01-01',
      tot: '2018-12-31',
      precisie: 'JAAR',
    });
  });

  // 003 r.112: "In 2020 zal de overheveling van de integratie-uitkering Sociaal Domein naar de algemene uitkering worden
  // verwerkt."
  it('a window from 2020 on holds only the transfer of the IUSD; commitments without a date fall in no window', async () => {
    const answer = await toezeggingenIn('2020', undefined);
    expect(toezeggingIds(answer)).toEqual(['toezegging:overheveling-iusd']);
    expect(answer.toezeggingen.edges[0]?.gevondenDatum).toMatchObject({ waarde: '2020', precisie: 'JAAR' });
    const all = await toezeggingenIn();
    expect(toezeggingIds(all)).toContain('toezegging:plan-maatschappelijk-vastgoed');
    expect(all.toezeggingen.edges.every(({ gevondenDatum }) => gevondenDatum === null)).toBe(true);
  });

  // 003 r.114: "De uitkomsten van dat onderzoek zullen voor de ALV van 2018 beschikbaar zijn."; 003 r.34: "In de
  // Algemene Ledenvergadering van 27 juni a.s."
  it('the ROB’s research on the BUIG is promised for 27 June 2018, a day', async () => {
    const { toezegging } = await ask<{ toezegging: { datums: Datum[] } }>(
      `{ toezegging(id: "toezegging:rob-onderzoek-buig") { datums { ${DATUM} } } }`,
    );
    expect(toezegging.datums).toEqual([
      { waarde: '2018-06-27', van: '2018-06-27', tot: '2018-06-27', precisie: 'DAG', hoofdwaarde: true, bron: null },
    ]);
  });

  // 002 r.9: "16 maart 2018" (the letter's date, the statement's peildatum); r.63: "Daarom organiseert de VNG op
  // donderdag 5 april de startdag"
  it('a status statement gives its peildatum as a date: the VNG letter of 16 March 2018', async () => {
    const { stand } = await ask<{ stand: { peildatum: string; datums: Datum[] } }>(
      `{ stand(id: "stand:startdag-ibp-gemeenten-2018-03") { peildatum datums { ${DATUM} } } }`,
    );
    expect(stand.peildatum).toBe('2018-03-16');
    expect(stand.datums).toEqual([
      { waarde: '2018-03-16', van: '2018-03-16', tot: '2018-03-16', precisie: 'DAG', hoofdwaarde: true, bron: null },
    ]);
  });

  // 003 r.593: "Op de Jongvolwassenentop van 27 november 2017 hebben bestuurders ... een manifest omarmd"; r.66: "de
  // vierde beschouwing van de Raad van State over de interbestuurlijke verhoudingen (november 2016)"
  it('instruments in November 2017 are the manifest of the Jongvolwassenentop; up to 2016, the Raad van State’s fourth review', async () => {
    type Instrumenten = { instrumenten: { edges: Array<{ node: Ref; gevondenDatum: Datum | null }> } };
    const query = `query ($vanaf: String, $tot: String) { instrumenten(vanaf: $vanaf, tot: $tot, first: 100) {
      edges { node { id naam } gevondenDatum { ${DATUM} } } } }`;
    const november = await ask<Instrumenten>(query, { vanaf: '2017-11', tot: '2017-11' });
    expect(november.instrumenten.edges.map(({ node }) => node.id)).toEqual(['instrument:manifest-jongvolwassenentop']);
    expect(november.instrumenten.edges[0]?.gevondenDatum).toMatchObject({ waarde: '2017-11-27', precisie: 'DAG' });
    const early = await ask<Instrumenten>(query, { tot: '2016' });
    expect(early.instrumenten.edges.map(({ node }) => node.id)).toEqual([
      'instrument:vierde-beschouwing-raad-van-state',
    ]);
    expect(early.instrumenten.edges[0]?.gevondenDatum).toMatchObject({
      waarde: '2016-11',
      van: '2016-11-01',
      tot: '2016-11-30',
      precisie: 'MAAND',
    });
    const { instrument } = await ask<{ instrument: { datums: Datum[] } }>(
      `{ instrument(id: "instrument:vierde-beschouwing-raad-van-state") { datums { waarde precisie } } }`,
    );
    expect(instrument.datums).toEqual([{ waarde: '2016-11', precisie: 'MAAND' }]);
  });

  // 001 r.457: "Bestuursakkoord klimaatadaptatie - Medio 2018" (the memo of 2 May 2018: still to come); 004 r.9: "Veel
  // opgaven legden in 2018 afspraken vast, zoals in het sociaal domein, bij klimaatadaptatie" (the web text of
  // 14 February 2019: reached)
  it('the statements on the climate adaptation agreement in a window: from 2019 only the one that says it was reached', async () => {
    type Standen = { totalCount: number; edges: Array<{ node: { id: string; status: string; datums: Datum[] } }> };
    const query = `query ($vanaf: String, $tot: String) { mijlpaal(id: "mijlpaal:bestuursakkoord-klimaatadaptatie") {
      standen(vanaf: $vanaf, tot: $tot) { totalCount edges { node { id status datums { ${DATUM} } } } } } }`;
    const later = await ask<{ mijlpaal: { standen: Standen } }>(query, { vanaf: '2019' });
    expect(later.mijlpaal.standen.edges.map(({ node }) => [node.id, node.status])).toEqual([
      ['stand:bestuursakkoord-klimaatadaptatie-2019-02', 'BEREIKT'],
    ]);
    expect(later.mijlpaal.standen.edges[0]?.node.datums[0]).toMatchObject({ waarde: '2019-02-14', precisie: 'DAG' });
    const earlier = await ask<{ mijlpaal: { standen: Standen } }>(query, { tot: '2018-05' });
    expect(earlier.mijlpaal.standen.edges.map(({ node }) => [node.id, node.status])).toEqual([
      ['stand:bestuursakkoord-klimaatadaptatie-2018-05', 'GEPLAND'],
    ]);
    const all = await ask<{ mijlpaal: { standen: Standen } }>(query, {});
    expect(all.mijlpaal.standen.totalCount).toBe(2);
  });

  // A window that is no date is refused, naming the argument, on a root list and on a connection alike.
  it('refuses a window that is no date, on toezeggingen and on standen, naming the argument', async () => {
    const root = await post(`{ toezeggingen(vanaf: "na de zomer") { totalCount } }`);
    expect(root.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'vanaf' });
    const nested = await post(
      `{ mijlpaal(id: "mijlpaal:bestuursakkoord-klimaatadaptatie") { standen(tot: "2019-13") { totalCount } } }`,
    );
    expect(nested.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'tot' });
  });
});
