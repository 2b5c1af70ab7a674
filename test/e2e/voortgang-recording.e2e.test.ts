import { describe, expect, it } from 'vitest';
import { recordingCallers, useOwnService } from '../support/own-service.js';
import type { GraphqlResponseBody } from '../support/service.js';

/**
 * Liaisons recording status statements, commitments and knelpunten over HTTP, on a Neo4j of this file's
 * own: the history of a milestone, contradictions shown rather than resolved, refusals that change
 * nothing, retries applied once, and the audit trail.
 */

const own = useOwnService(recordingCallers);
const { send, graphCounts } = own;

const errorOf = (body: GraphqlResponseBody) => ({
  code: body.errors?.[0]?.extensions?.code,
  argument: body.errors?.[0]?.extensions?.argument,
});

const RESULT = `herhaald wijziging { id soort mutatie door onderwerp knooppunten } knooppunt { id naam vastlegging { door versie } }`;
const recordStatus = `mutation ($invoer: StandInvoer!, $sleutel: String) { standVastleggen(invoer: $invoer, idempotentieSleutel: $sleutel) { ${RESULT} } }`;
const recordCommitment = `mutation ($invoer: ToezeggingInvoer!) { toezeggingVastleggen(invoer: $invoer) { ${RESULT} } }`;
const signal = `mutation ($invoer: KnelpuntInvoer!) { knelpuntSignaleren(invoer: $invoer) { ${RESULT} } }`;
const addRegion = `mutation ($invoer: RegioInvoer!) { regioToevoegen(invoer: $invoer) { ${RESULT} } }`;
const retract = `mutation ($invoer: Intrekking!) { intrekken(invoer: $invoer) { ${RESULT} } }`;

type Result = {
  herhaald: boolean;
  wijziging: { id: string; soort: string; mutatie: string; door: string; onderwerp: string; knooppunten: string[] };
  knooppunt: { id: string; naam: string; vastlegging: { door: string; versie: number } };
};
const resultOf = (body: GraphqlResponseBody): Result => {
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return Object.values(body.data ?? {})[0] as Result;
};

/** 004 r.9, the February 2019 look back on 2018. */
const lookBack = {
  document: 'document:ibp-een-jaar',
  regelVan: 9,
  regelTot: 9,
  citaat: 'Veel opgaven legden in 2018 afspraken vast',
};
const CE = 'mijlpaal:afspraken-regionale-ce-strategieen';
const progressOf = async (id: string) =>
  (
    (
      await send(
        undefined,
        `query ($id: ID!) { mijlpaal(id: $id) { standen { totalCount edges { node { id status peildatum } } }
          voortgang { status peildatum tegenstrijdig tegenspraak { id } aantalUitspraken } } }`,
        { id },
      )
    ).data as {
      mijlpaal: {
        standen: { totalCount: number; edges: Array<{ node: { id: string; status: string } }> };
        voortgang: { status: string; peildatum: string; tegenstrijdig: boolean; tegenspraak: Array<{ id: string }> };
      };
    }
  ).mijlpaal;

describe('recording a status statement', () => {
  it('adds a dated statement beside the ones from the documents; the newest sets the status, the history keeps both', async () => {
    const result = resultOf(
      await send('anna', recordStatus, {
        invoer: {
          van: CE,
          status: 'BEREIKT',
          peildatum: '2019-03',
          toelichting: 'Gehoord in de stuurgroep.',
          bronnen: [lookBack],
        },
      }),
    );
    expect(result.knooppunt).toMatchObject({ vastlegging: { door: 'anna', versie: 1 } });
    expect(result.knooppunt.id).toMatch(/^stand:/);
    expect(result.wijziging).toMatchObject({ soort: 'VASTGELEGD', mutatie: 'standVastleggen', door: 'anna' });
    expect(result.wijziging.knooppunten).toContain(CE);
    const progress = await progressOf(CE);
    expect(progress.standen.edges.map(({ node }) => node.status)).toEqual(['GEPLAND', 'BEREIKT']);
    expect(progress.voortgang).toMatchObject({ status: 'BEREIKT', peildatum: '2019-03', tegenstrijdig: false });
    const audit = await send(
      'analist',
      `query ($id: ID!) { wijzigingen(knooppunt: $id) { edges { node { soort door mutatie } } } }`,
      { id: result.knooppunt.id },
    );
    expect(audit.data).toEqual({
      wijzigingen: { edges: [{ node: { soort: 'VASTGELEGD', door: 'anna', mutatie: 'standVastleggen' } }] },
    });
  });

  it('shows a contradiction instead of choosing: two statements of one date that disagree make the status unknown', async () => {
    const id = 'mijlpaal:regionale-ce-afspraken-2019';
    const first = resultOf(
      await send('anna', recordStatus, {
        invoer: { van: id, status: 'BEREIKT', peildatum: '2019-12', bronnen: [lookBack] },
      }),
    );
    const second = resultOf(
      await send('bram', recordStatus, {
        invoer: { van: id, status: 'UITGESTELD', peildatum: '2019-12', bronnen: [lookBack] },
      }),
    );
    const progress = await progressOf(id);
    expect(progress.voortgang).toMatchObject({ status: 'ONBEKEND', tegenstrijdig: true });
    expect(progress.voortgang.tegenspraak.map(({ id: stand }) => stand).sort()).toEqual(
      [first.knooppunt.id, second.knooppunt.id].sort(),
    );
    // Retracting one statement ends the contradiction; the other stands.
    resultOf(
      await send('bram', retract, { invoer: { id: second.knooppunt.id, versie: 1, reden: 'verkeerd gelezen' } }),
    );
    expect((await progressOf(id)).voortgang).toMatchObject({ status: 'BEREIKT', tegenstrijdig: false });
  });

  it('refuses, changing nothing: a target of the wrong kind or missing, a malformed date, a quote not at its lines, and callers without the role', async () => {
    const before = await graphCounts();
    const invoer = { van: CE, status: 'BEREIKT', peildatum: '2019-03', bronnen: [lookBack] };
    const refusals: Array<[string | undefined, Record<string, unknown>, { code: string; argument?: string }]> = [
      ['anna', { ...invoer, van: 'opgave:klimaat' }, { code: 'BAD_USER_INPUT', argument: 'invoer.van' }],
      ['anna', { ...invoer, van: 'mijlpaal:bestaat-niet' }, { code: 'BAD_USER_INPUT', argument: 'invoer.van' }],
      ['anna', { ...invoer, peildatum: 'maart 2019' }, { code: 'BAD_USER_INPUT', argument: 'invoer.peildatum' }],
      [
        'anna',
        { ...invoer, bronnen: [{ ...lookBack, citaat: 'Alle opgaven zijn klaar' }] },
        { code: 'BAD_USER_INPUT', argument: 'invoer.bronnen[0].citaat' },
      ],
      ['analist', invoer, { code: 'FORBIDDEN' }],
      [undefined, invoer, { code: 'UNAUTHENTICATED' }],
    ];
    for (const [who, input, expected] of refusals) {
      const body = await send(who, recordStatus, { invoer: input });
      expect(errorOf(body), JSON.stringify(input)).toMatchObject(expected);
    }
    expect(await graphCounts()).toEqual(before);
  });

  it('applies a retried statement once, also when the retries arrive together', async () => {
    const invoer = {
      van: 'mijlpaal:nationale-woonagenda-2018',
      status: 'BEREIKT',
      peildatum: '2019-01',
      bronnen: [lookBack],
    };
    const bodies = await Promise.all(
      [1, 2, 3].map(() => send('anna', recordStatus, { invoer, sleutel: 'woonagenda-bereikt-01' })),
    );
    const results = bodies.map(resultOf);
    expect(new Set(results.map(({ knooppunt }) => knooppunt.id)).size).toBe(1);
    expect(results.filter(({ herhaald }) => !herhaald)).toHaveLength(1);
    const before = await graphCounts();
    const retry = resultOf(await send('anna', recordStatus, { invoer, sleutel: 'woonagenda-bereikt-01' }));
    expect(retry.herhaald).toBe(true);
    expect(await graphCounts()).toEqual(before);
    expect((await progressOf('mijlpaal:nationale-woonagenda-2018')).standen.totalCount).toBe(2);
  });
});

describe('recording commitments and knelpunten', () => {
  it('records who promised what by when, and the commitment shows up under its actor and in the opgave’s progress', async () => {
    const result = resultOf(
      await send('anna', recordCommitment, {
        invoer: {
          naam: 'Het Rijk levert een analyse van de woningbehoefte in Zuidoost Drenthe',
          door: ['organisatie:rijk'],
          voor: ['opgave:wonen'],
          datum: '2019-Q4',
          wanneer: 'eind 2019',
          bronnen: [lookBack],
        },
      }),
    );
    const read = await send(
      undefined,
      `query ($id: ID!) { toezeggingen(door: "organisatie:rijk", first: 100) { edges { node { id } } }
        toezegging(id: $id) { datum wanneer voortgang { status } }
        voortgang(opgave: "opgave:wonen", peildatum: "2020-01-01") { toezeggingen { id } verlopen { id } } }`,
      { id: result.knooppunt.id },
    );
    const data = read.data as {
      toezeggingen: { edges: Array<{ node: { id: string } }> };
      toezegging: unknown;
      voortgang: { toezeggingen: Array<{ id: string }>; verlopen: Array<{ id: string }> };
    };
    expect(data.toezeggingen.edges.map(({ node }) => node.id)).toContain(result.knooppunt.id);
    expect(data.toezegging).toEqual({ datum: '2019-Q4', wanneer: 'eind 2019', voortgang: { status: 'ONBEKEND' } });
    expect(data.voortgang.toezeggingen.map(({ id }) => id)).toContain(result.knooppunt.id);
    expect(data.voortgang.verlopen.map(({ id }) => id)).toContain(result.knooppunt.id);
  });

  it('records a regional initiative with two knelpunten, found in knelpunten, in the region and in the opgave’s progress', async () => {
    const region = resultOf(
      await send('anna', addRegion, {
        invoer: {
          naam: 'Regionaal initiatief Energieke Veenkoloniën',
          ligtIn: ['provincie:drenthe'],
          grond: 'in Drenthe',
          bronnen: [lookBack],
        },
      }),
    );
    const ids: string[] = [];
    for (const [naam, soort] of [
      ['Netcapaciteit ontbreekt voor zonneparken in de Veenkoloniën', 'CAPACITEIT'],
      ['Regels voor warmtenetten remmen het aardgasvrij maken van dorpen', 'WET_EN_REGELGEVING'],
    ]) {
      const result = resultOf(
        await send('anna', signal, {
          invoer: {
            naam,
            soort,
            schaal: 'REGIONAAL',
            bij: [region.knooppunt.id, 'opgave:klimaat'],
            gesignaleerdDoor: ['provincie:drenthe'],
            bronnen: [lookBack],
          },
        }),
      );
      ids.push(result.knooppunt.id);
    }
    const read = await send(
      undefined,
      `query ($regio: ID!) { knelpunten(regio: $regio) { totalCount edges { node { id status schaal gesignaleerdDoor { edges { node { id } } } } } }
        voortgang(opgave: "opgave:klimaat") { openKnelpunten { id } } }`,
      { regio: region.knooppunt.id },
    );
    const data = read.data as {
      knelpunten: { totalCount: number; edges: Array<{ node: { id: string; status: string; schaal: string } }> };
      voortgang: { openKnelpunten: Array<{ id: string }> };
    };
    expect(data.knelpunten.totalCount).toBe(2);
    expect(data.knelpunten.edges.map(({ node }) => node.id).sort()).toEqual([...ids].sort());
    for (const { node } of data.knelpunten.edges)
      expect(node).toMatchObject({ status: 'GESIGNALEERD', schaal: 'REGIONAAL' });
    expect(data.voortgang.openKnelpunten.map(({ id }) => id)).toEqual(expect.arrayContaining(ids));
  });

  it('refuses a knelpunt about an actor or without sources, and a commitment by a theme, changing nothing', async () => {
    const before = await graphCounts();
    const knelpunt = { naam: 'Een knelpunt', soort: 'FINANCIEEL', bij: ['opgave:wonen'], bronnen: [lookBack] };
    expect(errorOf(await send('anna', signal, { invoer: { ...knelpunt, bij: ['koepel:vng'] } }))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'invoer.bij[0]',
    });
    expect(errorOf(await send('anna', signal, { invoer: { ...knelpunt, bronnen: [] } }))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'invoer.bronnen',
    });
    const commitment = {
      naam: 'Een toezegging',
      door: ['thema:klimaatadaptatie'],
      voor: ['opgave:klimaat'],
      bronnen: [lookBack],
    };
    expect(errorOf(await send('anna', recordCommitment, { invoer: commitment }))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'invoer.door[0]',
    });
    expect(await graphCounts()).toEqual(before);
  });
});
