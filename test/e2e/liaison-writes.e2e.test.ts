import { describe, expect, it } from 'vitest';
import { recordingCallers, useOwnService } from '../support/own-service.js';
import type { GraphqlResponseBody } from '../support/service.js';

/**
 * Liaisons following knelpunten, reports and regional initiatives over HTTP, on a Neo4j of this file's
 * own: a knelpunt's status moved as dated statements with its history kept, put on a body's agenda and
 * linked further; a reporting moment; a regional initiative recorded, followed and found in
 * `knelpunten`, `voortgang` and the progress report. Every mutation: refusals that change nothing, one
 * version changed once, retries applied once, and the audit trail.
 */

const own = useOwnService(recordingCallers);
const { send, graphCounts } = own;

const errorOf = (body: GraphqlResponseBody) => ({
  code: body.errors?.[0]?.extensions?.code,
  argument: body.errors?.[0]?.extensions?.argument,
});

/** Sends each refused request and checks its error; together they must change nothing. */
async function expectRefusals(
  mutation: string,
  refusals: Array<[string | undefined, Record<string, unknown>, { code: string; argument?: string }]>,
) {
  const before = await graphCounts();
  for (const [who, invoer, expected] of refusals) {
    const body = await send(who, mutation, { invoer });
    expect(errorOf(body), JSON.stringify(invoer)).toMatchObject(expected);
  }
  expect(await graphCounts()).toEqual(before);
}

/** Sends the same request three times at once and once more later: it is applied once. */
async function expectAppliedOnce(mutation: string, invoer: Record<string, unknown>, sleutel: string) {
  const results = (await Promise.all([1, 2, 3].map(() => send('anna', mutation, { invoer, sleutel })))).map(resultOf);
  expect(new Set(results.map(({ wijziging }) => wijziging.id)).size).toBe(1);
  expect(results.filter(({ herhaald }) => !herhaald)).toHaveLength(1);
  const before = await graphCounts();
  const retry = resultOf(await send('anna', mutation, { invoer, sleutel }));
  expect(retry).toMatchObject({ herhaald: true, wijziging: { id: results[0]!.wijziging.id } });
  expect(await graphCounts()).toEqual(before);
  return results[0]!;
}

/**
 * Two liaisons change the same version at once: one goes through, the other is told to read again
 * (`invoer.versie`), or, after a retraction, that the fact is gone (`argument`).
 */
async function expectOneOfTwo(
  mutation: string,
  first: Record<string, unknown>,
  second: Record<string, unknown>,
  argument = 'invoer.versie',
) {
  const bodies = await Promise.all([
    send('anna', mutation, { invoer: first }),
    send('bram', mutation, { invoer: second }),
  ]);
  const passed = bodies.filter((body) => body.errors === undefined);
  const refused = bodies.filter((body) => body.errors !== undefined);
  expect(passed).toHaveLength(1);
  expect(refused.map(errorOf)).toEqual([{ code: 'BAD_USER_INPUT', argument }]);
  return resultOf(passed[0]!);
}

/** The audit trail of a node or relation end, as the analyst reads it. */
async function auditOf(knooppunt: string) {
  const body = await send(
    'analist',
    `query ($id: ID!) { wijzigingen(knooppunt: $id, first: 100) { edges { node { soort door mutatie onderwerp reden voor na } } } }`,
    { id: knooppunt },
  );
  expect(body.errors).toBeUndefined();
  return (body.data as { wijzigingen: { edges: Array<{ node: Record<string, unknown> }> } }).wijzigingen.edges.map(
    ({ node }) => node,
  );
}

const RESULT = `herhaald wijziging { id soort mutatie door onderwerp knooppunten }
  knooppunt { id naam vastlegging { door versie } } relatie { type van naar eigenschappen { naam waarde } vastlegging { versie } }`;
const withKey = (name: string, input: string) =>
  `mutation ($invoer: ${input}!, $sleutel: String) { ${name}(invoer: $invoer, idempotentieSleutel: $sleutel) { ${RESULT} } }`;
const moveStatus = withKey('knelpuntStatusWijzigen', 'KnelpuntStatusInvoer');
const putOnAgenda = withKey('knelpuntAgenderen', 'AgenderingInvoer');
const linkBottleneck = withKey('knelpuntKoppelen', 'KoppelingInvoer');
const editLink = withKey('koppelingBewerken', 'KoppelingBewerking');
const retractLink = withKey('koppelingIntrekken', 'KoppelingIntrekking');
const recordReport = withKey('rapportageVastleggen', 'RapportageInvoer');
const recordInitiative = withKey('regionaalInitiatiefVastleggen', 'RegionaalInitiatiefInvoer');
const editInitiative = withKey('regionaalInitiatiefBijwerken', 'RegionaalInitiatiefBewerking');
const signal = withKey('knelpuntSignaleren', 'KnelpuntInvoer');
const addRegion = withKey('regioToevoegen', 'RegioInvoer');
const retract = withKey('intrekken', 'Intrekking');

type Result = {
  herhaald: boolean;
  wijziging: { id: string; soort: string; mutatie: string; door: string; onderwerp: string; knooppunten: string[] };
  knooppunt: { id: string; naam: string; vastlegging: { door: string; versie: number } } | null;
  relatie: {
    type: string;
    van: string;
    naar: string;
    eigenschappen: Array<{ naam: string; waarde: string }>;
    vastlegging: { versie: number };
  } | null;
};
const resultOf = (body: GraphqlResponseBody): Result => {
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return Object.values(body.data ?? {})[0] as Result;
};
const dataOf = <T>(body: GraphqlResponseBody): T => {
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
};

/** 004 r.9 and r.10, the February 2019 look back on 2018. */
const lookBack = {
  document: 'document:ibp-een-jaar',
  regelVan: 9,
  regelTot: 9,
  citaat: 'Veel opgaven legden in 2018 afspraken vast',
};
const youthCare = {
  document: 'document:ibp-een-jaar',
  regelVan: 10,
  regelTot: 10,
  citaat: 'Tekorten op de Jeugdzorg bij een aantal gemeenten was en is een van de grootste knelpunten.',
};

const YOUTH_CARE = 'knelpunt:tekorten-jeugdzorg';
const WELFARE = 'knelpunt:macrobudget-bijstand';

type StatusRead = {
  knelpunt: {
    status: string;
    statusversie: number;
    standen: {
      edges: Array<{
        node: {
          id: string;
          status: string;
          knelpuntStatus: string;
          vorigeStatus: string;
          reden: string;
          peildatum: string;
        };
      }>;
    };
  };
};
const statusOf = async (id: string) =>
  dataOf<StatusRead>(
    await send(
      undefined,
      `query ($id: ID!) { knelpunt(id: $id) { status statusversie
        standen { edges { node { id status knelpuntStatus vorigeStatus reden peildatum } } } } }`,
      { id },
    ),
  ).knelpunt;

const listed = async (args: string) =>
  dataOf<{ knelpunten: { edges: Array<{ node: { id: string } }> } }>(
    await send(undefined, `{ knelpunten(${args}, first: 100) { edges { node { id } } } }`),
  ).knelpunten.edges.map(({ node }) => node.id);

describe('moving a knelpunt’s status', { timeout: 300_000 }, () => {
  it('records each move as a dated statement: the latest gives the status, the history keeps them all', async () => {
    expect(await statusOf(YOUTH_CARE)).toMatchObject({
      status: 'GESIGNALEERD',
      statusversie: 1,
      standen: { edges: [] },
    });
    const first = resultOf(
      await send('anna', moveStatus, {
        invoer: {
          knelpunt: YOUTH_CARE,
          status: 'IN_BEHANDELING',
          datum: '2019-02',
          reden: 'Het programmateam werkt mee aan de aanpak.',
          versie: 1,
          bronnen: [youthCare],
        },
      }),
    );
    expect(first.wijziging).toMatchObject({ soort: 'VASTGELEGD', mutatie: 'knelpuntStatusWijzigen', door: 'anna' });
    expect(first.wijziging.knooppunten).toContain(YOUTH_CARE);
    expect(await statusOf(YOUTH_CARE)).toMatchObject({ status: 'IN_BEHANDELING', statusversie: 2 });
    expect(await listed('status: [IN_BEHANDELING]')).toContain(YOUTH_CARE);
    expect(await listed('status: [GESIGNALEERD]')).not.toContain(YOUTH_CARE);

    resultOf(
      await send('bram', moveStatus, {
        invoer: {
          knelpunt: YOUTH_CARE,
          status: 'OPGELOST',
          datum: '2019-06-30',
          reden: 'Gehoord in de stuurgroep.',
          versie: 2,
          bronnen: [youthCare],
        },
      }),
    );
    const read = await statusOf(YOUTH_CARE);
    expect(read.status).toBe('OPGELOST');
    expect(read.statusversie).toBe(3);
    expect(read.standen.edges.map(({ node }) => [node.peildatum, node.vorigeStatus, node.knelpuntStatus])).toEqual([
      ['2019-02', 'GESIGNALEERD', 'IN_BEHANDELING'],
      ['2019-06-30', 'IN_BEHANDELING', 'OPGELOST'],
    ]);
    // A statement about a knelpunt carries no milestone status.
    expect(read.standen.edges.map(({ node }) => node.status)).toEqual(['ONBEKEND', 'ONBEKEND']);
    const overview = dataOf<{ voortgang: { openKnelpunten: Array<{ id: string }>; rapport: string } }>(
      await send(undefined, `{ voortgang(opgave: "opgave:sociaal-domein") { openKnelpunten { id } rapport } }`),
    ).voortgang;
    expect(overview.openKnelpunten.map(({ id }) => id)).not.toContain(YOUTH_CARE);
    expect(overview.rapport).not.toContain('Tekorten op de Jeugdzorg bij een aantal gemeenten (');

    const audit = await auditOf(YOUTH_CARE);
    expect(audit.filter(({ mutatie }) => mutatie === 'knelpuntStatusWijzigen')).toHaveLength(2);
    expect(audit).toContainEqual(
      expect.objectContaining({
        door: 'bram',
        reden: 'Gehoord in de stuurgroep.',
        voor: { knelpunt: YOUTH_CARE, status: 'in-behandeling', statusversie: 2 },
      }),
    );
  });

  it('lets one of two moves of the same status version through and tells the other to read again', async () => {
    const move = (status: string) => ({
      knelpunt: WELFARE,
      status,
      datum: '2019-03',
      reden: 'Nieuw gesprek.',
      versie: 1,
      bronnen: [lookBack],
    });
    const passed = await expectOneOfTwo(moveStatus, move('OPGELOST'), move('DEELS_OPGELOST'));
    const read = await statusOf(WELFARE);
    expect(read.statusversie).toBe(2);
    expect(read.standen.edges).toHaveLength(1);
    expect(read.standen.edges[0]!.node.id).toBe(passed.knooppunt!.id);
  });

  it('refuses, changing nothing: a node that is no knelpunt or none, a stale version, a bad date, no reason, a quote not at its lines, and callers without the role', async () => {
    const invoer = {
      knelpunt: WELFARE,
      status: 'OPGELOST',
      datum: '2019-04',
      reden: 'Opgelost.',
      versie: 2,
      bronnen: [lookBack],
    };
    await expectRefusals(moveStatus, [
      ['anna', { ...invoer, knelpunt: 'opgave:klimaat' }, { code: 'BAD_USER_INPUT', argument: 'invoer.knelpunt' }],
      [
        'anna',
        { ...invoer, knelpunt: 'knelpunt:bestaat-niet' },
        { code: 'BAD_USER_INPUT', argument: 'invoer.knelpunt' },
      ],
      ['anna', { ...invoer, versie: 1 }, { code: 'BAD_USER_INPUT', argument: 'invoer.versie' }],
      ['anna', { ...invoer, datum: 'april 2019' }, { code: 'BAD_USER_INPUT', argument: 'invoer.datum' }],
      ['anna', { ...invoer, reden: ' ' }, { code: 'BAD_USER_INPUT', argument: 'invoer.reden' }],
      [
        'anna',
        { ...invoer, bronnen: [{ ...lookBack, citaat: 'Alles is opgelost' }] },
        { code: 'BAD_USER_INPUT', argument: 'invoer.bronnen[0].citaat' },
      ],
      ['analist', invoer, { code: 'FORBIDDEN' }],
      [undefined, invoer, { code: 'UNAUTHENTICATED' }],
    ]);
  });

  it('applies a retried move once, also when the retries arrive together', async () => {
    const id = 'knelpunt:aansluitplicht-gas';
    const { statusversie } = await statusOf(id);
    await expectAppliedOnce(
      moveStatus,
      {
        knelpunt: id,
        status: 'IN_BEHANDELING',
        datum: '2019-05',
        reden: 'Wetsvoorstel.',
        versie: statusversie,
        bronnen: [lookBack],
      },
      'aansluitplicht-01',
    );
    expect((await statusOf(id)).statusversie).toBe(statusversie + 1);
  });
});

type Route = Array<{ stap: number; vanaf: string | null; overleg: { id: string } }>;
const routeOf = async (id: string) =>
  dataOf<{ knelpunt: { route: Route } }>(
    await send(undefined, `query ($id: ID!) { knelpunt(id: $id) { route { stap vanaf overleg { id } } } }`, { id }),
  ).knelpunt.route;

describe('putting a knelpunt on a body’s agenda', { timeout: 300_000 }, () => {
  it('starts its route at that body from the date given, and the body lists it', async () => {
    const before = (await routeOf(YOUTH_CARE)).find(({ overleg }) => overleg.id === 'overleg:stuurgroep-ibp-plus');
    expect(before?.stap ?? 99).toBeGreaterThan(1);
    const result = resultOf(
      await send('anna', putOnAgenda, {
        invoer: {
          knelpunt: YOUTH_CARE,
          overleg: 'overleg:stuurgroep-ibp-plus',
          vanaf: '2019-03-14',
          toelichting: 'Geagendeerd door de stuurgroep sociaal domein.',
          bronnen: [youthCare],
        },
      }),
    );
    expect(result.relatie).toMatchObject({
      type: 'BEHANDELD_IN',
      van: YOUTH_CARE,
      naar: 'overleg:stuurgroep-ibp-plus',
      vastlegging: { versie: 1 },
    });
    expect(result.relatie!.eigenschappen).toContainEqual({ naam: 'vanaf', waarde: '2019-03-14' });
    const route = await routeOf(YOUTH_CARE);
    expect(route.find(({ overleg }) => overleg.id === 'overleg:stuurgroep-ibp-plus')).toMatchObject({
      stap: 1,
      vanaf: '2019-03-14',
    });
    expect(route.filter(({ vanaf }) => vanaf !== null)).toHaveLength(1);
    expect(await listed('overleg: "overleg:stuurgroep-ibp-plus"')).toContain(YOUTH_CARE);
    expect(await auditOf('overleg:stuurgroep-ibp-plus')).toContainEqual(
      expect.objectContaining({ mutatie: 'knelpuntAgenderen', door: 'anna', soort: 'VASTGELEGD' }),
    );
  });

  it('refuses, changing nothing: a body that is no overleg, the same agenda twice, a bad date, and callers without the role', async () => {
    const invoer = {
      knelpunt: YOUTH_CARE,
      overleg: 'overleg:interbestuurlijke-regietafel',
      vanaf: '2019-05-01',
      bronnen: [youthCare],
    };
    await expectRefusals(putOnAgenda, [
      ['anna', { ...invoer, overleg: 'opgave:klimaat' }, { code: 'BAD_USER_INPUT', argument: 'invoer.overleg' }],
      [
        'anna',
        { ...invoer, knelpunt: 'overleg:stuurgroep-ibp-plus' },
        { code: 'BAD_USER_INPUT', argument: 'invoer.knelpunt' },
      ],
      [
        'anna',
        { ...invoer, overleg: 'overleg:stuurgroep-ibp-plus' },
        { code: 'BAD_USER_INPUT', argument: 'invoer.overleg' },
      ],
      ['anna', { ...invoer, vanaf: '2019-13-01' }, { code: 'BAD_USER_INPUT', argument: 'invoer.vanaf' }],
      ['anna', { ...invoer, bronnen: [] }, { code: 'BAD_USER_INPUT', argument: 'invoer.bronnen' }],
      ['analist', invoer, { code: 'FORBIDDEN' }],
      [undefined, invoer, { code: 'UNAUTHENTICATED' }],
    ]);
  });

  it('applies a retried agenda once, and lets one of two edits of its version through', async () => {
    const invoer = {
      knelpunt: WELFARE,
      overleg: 'overleg:interbestuurlijke-regietafel',
      vanaf: '2019-05-01',
      bronnen: [lookBack],
    };
    await expectAppliedOnce(putOnAgenda, invoer, 'regietafel-bijstand-01');
    const edit = (toelichting: string) => ({
      van: WELFARE,
      type: 'BEHANDELD_IN',
      naar: 'overleg:interbestuurlijke-regietafel',
      versie: 1,
      toelichting,
    });
    const passed = await expectOneOfTwo(editLink, edit('Eerste.'), edit('Tweede.'));
    expect(passed.relatie).toMatchObject({ vastlegging: { versie: 2 } });
  });
});

describe('linking a knelpunt further', { timeout: 300_000 }, () => {
  const invoer = { van: WELFARE, naar: 'opgave:schulden', toelichting: 'Schulden en bijstand.', bronnen: [lookBack] };

  it('links it to another opgave, which then lists it, and the link can be retracted once', async () => {
    const result = await expectAppliedOnce(linkBottleneck, invoer, 'bijstand-schulden-01');
    expect(result.relatie).toMatchObject({ type: 'KNELPUNT_BIJ', van: WELFARE, naar: 'opgave:schulden' });
    expect(await listed('opgave: "opgave:schulden"')).toContain(WELFARE);
    expect(await auditOf('opgave:schulden')).toContainEqual(
      expect.objectContaining({ mutatie: 'knelpuntKoppelen', door: 'anna' }),
    );
    const retraction = (reden: string) => ({
      van: WELFARE,
      type: 'KNELPUNT_BIJ',
      naar: 'opgave:schulden',
      versie: 1,
      reden,
    });
    await expectOneOfTwo(retractLink, retraction('Toch niet.'), retraction('Verkeerd.'), 'invoer');
    expect(await listed('opgave: "opgave:schulden"')).not.toContain(WELFARE);
  });

  it('refuses, changing nothing: a start that is no knelpunt, an end of the wrong kind, a link the documents hold, and callers without the role', async () => {
    await expectRefusals(linkBottleneck, [
      ['anna', { ...invoer, van: 'opgave:wonen' }, { code: 'BAD_USER_INPUT', argument: 'invoer.van' }],
      ['anna', { ...invoer, naar: 'koepel:vng' }, { code: 'BAD_USER_INPUT', argument: 'invoer.naar' }],
      [
        'anna',
        { ...invoer, van: YOUTH_CARE, naar: 'opgave:sociaal-domein' },
        { code: 'BAD_USER_INPUT', argument: 'invoer.naar' },
      ],
      ['analist', invoer, { code: 'FORBIDDEN' }],
      [undefined, invoer, { code: 'UNAUTHENTICATED' }],
    ]);
  });
});

describe('recording a reporting moment', { timeout: 300_000 }, () => {
  const invoer = {
    naam: 'Halfjaarlijkse voortgangsbrief klimaat aan de Tweede Kamer',
    door: ['overleg:ibp-programmateam'],
    aan: ['organisatie:tweede-kamer'],
    over: ['opgave:klimaat'],
    onderwerp: 'de voortgang van de afspraken',
    frequentie: 'halfjaarlijks',
    perJaar: 2,
    datum: '2019-Q3',
    bronnen: [lookBack],
  };

  it('records who reports to whom about what and how often, found under the addressee and in the opgave’s progress; retries once', async () => {
    const result = await expectAppliedOnce(recordReport, invoer, 'voortgangsbrief-klimaat-01');
    const id = result.knooppunt!.id;
    expect(id).toMatch(/^rapportage:/);
    const read = dataOf<{
      rapportages: { edges: Array<{ node: { id: string } }> };
      rapportage: Record<string, unknown>;
      voortgang: { rapportages: Array<{ id: string }> };
    }>(
      await send(
        undefined,
        `query ($id: ID!) { rapportages(aan: "organisatie:tweede-kamer", first: 100) { edges { node { id } } }
          rapportage(id: $id) { frequentie perJaar onderwerp door { edges { node { id } } } over { edges { node { id } } } }
          voortgang(opgave: "opgave:klimaat") { rapportages { id } } }`,
        { id },
      ),
    );
    expect(read.rapportages.edges.map(({ node }) => node.id)).toContain(id);
    expect(read.rapportage).toEqual({
      frequentie: 'halfjaarlijks',
      perJaar: 2,
      onderwerp: 'de voortgang van de afspraken',
      door: { edges: [{ node: { id: 'overleg:ibp-programmateam' } }] },
      over: { edges: [{ node: { id: 'opgave:klimaat' } }] },
    });
    expect(read.voortgang.rapportages.map(({ id: report }) => report)).toContain(id);
    expect(await auditOf(id)).toEqual([expect.objectContaining({ mutatie: 'rapportageVastleggen', door: 'anna' })]);
    // Retracting it: one of two at once, on its version 1.
    await expectOneOfTwo(retract, { id, versie: 1, reden: 'Dubbel.' }, { id, versie: 1, reden: 'Fout.' }, 'invoer.id');
  });

  it('refuses, changing nothing: a reporter that is no actor, a subject of the wrong kind, a bad frequency count, and callers without the role', async () => {
    await expectRefusals(recordReport, [
      ['anna', { ...invoer, door: ['opgave:klimaat'] }, { code: 'BAD_USER_INPUT', argument: 'invoer.door[0]' }],
      ['anna', { ...invoer, aan: ['document:ibp-een-jaar'] }, { code: 'BAD_USER_INPUT', argument: 'invoer.aan[0]' }],
      ['anna', { ...invoer, over: ['koepel:vng'] }, { code: 'BAD_USER_INPUT', argument: 'invoer.over[0]' }],
      ['anna', { ...invoer, perJaar: 0 }, { code: 'BAD_USER_INPUT', argument: 'invoer.perJaar' }],
      ['anna', { ...invoer, datum: 'volgend jaar' }, { code: 'BAD_USER_INPUT', argument: 'invoer.datum' }],
      ['analist', invoer, { code: 'FORBIDDEN' }],
      [undefined, invoer, { code: 'UNAUTHENTICATED' }],
    ]);
  });
});

describe('a regional initiative', { timeout: 300_000 }, () => {
  let initiative = '';
  const bottlenecks: string[] = [];

  it('is recorded through the API with two knelpunten, and found in knelpunten, in voortgang and in the progress report', async () => {
    const region = resultOf(
      await send('anna', addRegion, {
        invoer: {
          naam: 'Veenkoloniën',
          ligtIn: ['provincie:drenthe', 'provincie:groningen'],
          grond: 'in Drenthe en Groningen',
          bronnen: [lookBack],
        },
      }),
    ).knooppunt!.id;
    for (const [naam, soort] of [
      ['Netcapaciteit ontbreekt voor zonneparken in de Veenkoloniën', 'CAPACITEIT'],
      ['Regels voor warmtenetten remmen het aardgasvrij maken van dorpen', 'WET_EN_REGELGEVING'],
    ]) {
      const result = resultOf(
        await send('anna', signal, {
          invoer: { naam, soort, schaal: 'REGIONAAL', bij: ['opgave:klimaat'], bronnen: [lookBack] },
        }),
      );
      bottlenecks.push(result.knooppunt!.id);
    }
    const result = resultOf(
      await send('anna', recordInitiative, {
        invoer: {
          naam: 'Energieke Veenkoloniën',
          beschrijving: 'Regionale energiestrategie en dorpen van het gas af.',
          gebieden: [region],
          opgaven: [{ opgave: 'opgave:klimaat', genoemdAls: 'energietransitie in de regio' }],
          crossovers: ['crossover:klimaattransities-regionale-economie'],
          knelpunten: bottlenecks,
          vragenAanRijk: ['Ruimte op het net voor zonneparken', 'Een regeling voor warmtenetten in dorpen'],
          gaatGoed: ['Provincies en gemeenten trekken samen op'],
          kanBeter: ['De netbeheerder schuift laat aan'],
          bronnen: [lookBack],
        },
      }),
    );
    initiative = result.knooppunt!.id;
    expect(initiative).toBe('regionaalinitiatief:energieke-veenkolonien');
    expect(result.wijziging).toMatchObject({ mutatie: 'regionaalInitiatiefVastleggen', door: 'anna' });
    expect(result.wijziging.knooppunten).toEqual(expect.arrayContaining([...bottlenecks, region, 'opgave:klimaat']));

    const read = dataOf<{
      regionaalInitiatief: {
        provincies: Array<{ id: string }>;
        gebieden: { edges: Array<{ node: { id: string } }> };
        opgaven: {
          edges: Array<{ node: { id: string }; relatie: { eigenschappen: Array<{ naam: string; waarde: string }> } }>;
        };
        crossovers: { edges: Array<{ node: { id: string } }> };
        knelpunten: { totalCount: number };
        vragenAanRijk: string[];
        gaatGoed: string[];
        kanBeter: string[];
      };
      regionaleInitiatieven: { edges: Array<{ node: { id: string } }> };
      knelpunten: {
        edges: Array<{ node: { id: string; regionaleInitiatieven: { edges: Array<{ node: { id: string } }> } } }>;
      };
      voortgang: {
        regionaleInitiatieven: Array<{ id: string }>;
        openKnelpunten: Array<{ id: string }>;
        rapport: string;
      };
    }>(
      await send(
        undefined,
        `query ($id: ID!, $regio: ID!) {
          regionaalInitiatief(id: $id) { provincies { id } gebieden { edges { node { id } } }
            opgaven { edges { node { id } relatie { eigenschappen { naam waarde } } } }
            crossovers { edges { node { id } } } knelpunten { totalCount } vragenAanRijk gaatGoed kanBeter }
          regionaleInitiatieven(gebied: $regio) { edges { node { id } } }
          knelpunten(opgave: "opgave:klimaat", first: 100) { edges { node { id regionaleInitiatieven { edges { node { id } } } } } }
          voortgang(opgave: "opgave:klimaat") { regionaleInitiatieven { id } openKnelpunten { id } rapport } }`,
        { id: initiative, regio: region },
      ),
    );
    expect(read.regionaalInitiatief.provincies.map(({ id }) => id)).toEqual([
      'provincie:drenthe',
      'provincie:groningen',
    ]);
    expect(read.regionaalInitiatief.gebieden.edges.map(({ node }) => node.id)).toEqual([region]);
    expect(read.regionaalInitiatief.opgaven.edges[0]!.relatie.eigenschappen).toContainEqual({
      naam: 'genoemdAls',
      waarde: 'energietransitie in de regio',
    });
    expect(read.regionaalInitiatief.crossovers.edges.map(({ node }) => node.id)).toEqual([
      'crossover:klimaattransities-regionale-economie',
    ]);
    expect(read.regionaalInitiatief).toMatchObject({
      knelpunten: { totalCount: 2 },
      vragenAanRijk: ['Ruimte op het net voor zonneparken', 'Een regeling voor warmtenetten in dorpen'],
      gaatGoed: ['Provincies en gemeenten trekken samen op'],
      kanBeter: ['De netbeheerder schuift laat aan'],
    });
    expect(read.regionaleInitiatieven.edges.map(({ node }) => node.id)).toEqual([initiative]);
    const withInitiative = read.knelpunten.edges
      .filter(({ node }) => node.regionaleInitiatieven.edges.some(({ node: found }) => found.id === initiative))
      .map(({ node }) => node.id);
    expect(withInitiative.sort()).toEqual([...bottlenecks].sort());
    expect(read.voortgang.regionaleInitiatieven.map(({ id }) => id)).toContain(initiative);
    expect(read.voortgang.openKnelpunten.map(({ id }) => id)).toEqual(expect.arrayContaining(bottlenecks));
    expect(read.voortgang.rapport).toContain('## Regionale initiatieven');
    expect(read.voortgang.rapport).toMatch(
      /- Energieke Veenkoloniën; vraagt het Rijk: Ruimte op het net voor zonneparken; Een regeling voor warmtenetten in dorpen\[\^\d+\]/,
    );
    const audit = await auditOf(initiative);
    expect(audit).toEqual([expect.objectContaining({ mutatie: 'regionaalInitiatiefVastleggen', soort: 'VASTGELEGD' })]);
  });

  it('is followed: an update of one version goes through once, the other is told to read again, and the trail keeps before and after', async () => {
    const update = (kanBeter: string[]) => ({ id: initiative, versie: 1, kanBeter });
    const passed = await expectOneOfTwo(editInitiative, update(['De netbeheerder schuift nu aan']), update(['Niets']));
    expect(passed.knooppunt!.vastlegging.versie).toBe(2);
    const [latest] = await auditOf(initiative);
    expect(latest).toMatchObject({ soort: 'BEWERKT', mutatie: 'regionaalInitiatiefBijwerken' });
    expect((latest!.voor as { kanBeter: string[] }).kanBeter).toEqual(['De netbeheerder schuift laat aan']);
    await expectAppliedOnce(
      editInitiative,
      { id: initiative, versie: 2, vragenAanRijk: ['Ruimte op het net voor zonneparken'] },
      'veenkolonien-bijwerken-01',
    );
    const read = dataOf<{ regionaalInitiatief: { vragenAanRijk: string[]; vastlegging: { versie: number } } }>(
      await send(
        'analist',
        `query ($id: ID!) { regionaalInitiatief(id: $id) { vragenAanRijk vastlegging { versie } } }`,
        {
          id: initiative,
        },
      ),
    );
    expect(read.regionaalInitiatief).toEqual({
      vragenAanRijk: ['Ruimte op het net voor zonneparken'],
      vastlegging: { versie: 3 },
    });
  });

  it('refuses, changing nothing: an area that is no area, a knelpunt that is none, a name taken, a stale version, and callers without the role', async () => {
    const invoer = {
      naam: 'Groene Cirkels',
      gebieden: ['provincie:zuid-holland'],
      opgaven: [{ opgave: 'opgave:klimaat' }],
      bronnen: [lookBack],
    };
    await expectRefusals(recordInitiative, [
      ['anna', { ...invoer, gebieden: ['opgave:klimaat'] }, { code: 'BAD_USER_INPUT', argument: 'invoer.gebieden[0]' }],
      ['anna', { ...invoer, gebieden: [] }, { code: 'BAD_USER_INPUT', argument: 'invoer.gebieden' }],
      [
        'anna',
        { ...invoer, knelpunten: ['opgave:wonen'] },
        { code: 'BAD_USER_INPUT', argument: 'invoer.knelpunten[0]' },
      ],
      [
        'anna',
        { ...invoer, opgaven: [{ opgave: 'koepel:vng' }] },
        { code: 'BAD_USER_INPUT', argument: 'invoer.opgaven[0].opgave' },
      ],
      ['anna', { ...invoer, naam: 'energieke veenkolonien' }, { code: 'BAD_USER_INPUT', argument: 'invoer.naam' }],
      [
        'anna',
        { ...invoer, vragenAanRijk: ['Geld', 'Geld'] },
        { code: 'BAD_USER_INPUT', argument: 'invoer.vragenAanRijk' },
      ],
      ['analist', invoer, { code: 'FORBIDDEN' }],
      [undefined, invoer, { code: 'UNAUTHENTICATED' }],
    ]);
    await expectRefusals(editInitiative, [
      [
        'anna',
        { id: initiative, versie: 1, gaatGoed: ['Alles'] },
        { code: 'BAD_USER_INPUT', argument: 'invoer.versie' },
      ],
      ['anna', { id: initiative, versie: 3 }, { code: 'BAD_USER_INPUT', argument: 'invoer' }],
      [
        'anna',
        { id: 'opgave:klimaat', versie: 1, gaatGoed: ['Alles'] },
        { code: 'BAD_USER_INPUT', argument: 'invoer.id' },
      ],
      ['bram', { id: initiative, versie: 3, naam: 'V' }, { code: 'BAD_USER_INPUT', argument: 'invoer.naam' }],
      ['analist', { id: initiative, versie: 3, gaatGoed: ['Alles'] }, { code: 'FORBIDDEN' }],
    ]);
  });
});
