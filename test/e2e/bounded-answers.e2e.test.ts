import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processTestTimeoutMs } from '../support/service-process.js';
import { postGraphql, startTestService, type GraphqlResponseBody, type RunningService } from '../support/service.js';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.js';
import { testJwtSecret, tokenFor } from '../support/tokens.js';

/**
 * The reliability probe's attacks on answers (D1, D2, D3), over HTTP, against a Neo4j of this
 * file's own with the embedded database's default heap: they fill its memory, which no other test
 * should share. What matters is what everyone else sees meanwhile.
 */
let neo4j: ThrowawayNeo4j;
let service: RunningService;
let analyst: string;

beforeAll(async () => {
  neo4j = await startThrowawayNeo4j({ seeded: true, heap: '512m', pageCache: '32m' });
  service = await startTestService({ NEO4J_URI: neo4j.uri, AUTH_JWT_SECRET: testJwtSecret });
  analyst = `Bearer ${await tokenFor('analist')}`;
});
afterAll(async () => {
  await service?.stop();
  await neo4j?.stop();
});

const cypher = (query: string) =>
  postGraphql(
    service.baseUrl,
    { query: 'query($q: String!) { cypher(query: $q) { aantalRijen } }', variables: { q: query } },
    { authorization: analyst },
  );

/** The probe's D1: about 60 bytes of Cypher for a list nested 10,000 deep. */
const deepList = 'RETURN reduce(a = [], i IN range(1, 10000) | [a]) AS a';
/** The probe's D2: nine rows of a 64 MB string. */
const hugeRows = 'WITH reduce(s = "x", i IN range(1, 26) | s + s) AS s UNWIND range(1, 9) AS i RETURN s';
/** The probe's D3: a string of 2^28 characters, which the transaction's memory pool does not see. */
const heapBomb = 'RETURN size(reduce(s = "x", i IN range(1, 28) | s + s)) AS n';

/** What the circuit breaker says to everyone while it is open. */
const outageMessage = /not reachable|niet bereikbaar/;

/**
 * Anonymous readers, one request after another until stopped, and the readiness probe every
 * 250 ms: what the rest of the API sees while an analyst's query runs.
 */
function watchEveryoneElse() {
  const answers: GraphqlResponseBody[] = [];
  const readiness: number[] = [];
  let running = true;
  const reader = async () => {
    while (running) answers.push((await postGraphql(service.baseUrl, { query: '{ opgaven { totalCount } }' })).body);
  };
  const prober = async () => {
    while (running) {
      readiness.push((await fetch(`${service.baseUrl}/readyz`)).status);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  const done = Promise.all([reader(), reader(), prober()]);
  return {
    answers,
    readiness,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

const codeOf = (body: GraphqlResponseBody) => body.errors?.[0]?.extensions?.code;

describe('D1: an answer nested 10,000 deep', () => {
  it('is refused before it runs with TOO_LARGE, naming the query, in Dutch', async () => {
    const { body } = await cypher(deepList);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^query: reduce\(a = \.\.\.\) zet a bij elke stap in een nieuwe lijst/),
      extensions: { code: 'TOO_LARGE', argument: 'query' },
    });
  });

  it(
    'fifty at once leave everyone else’s reads and the readiness probe untouched',
    async () => {
      const others = watchEveryoneElse();
      const attacks = await Promise.all(Array.from({ length: 50 }, () => cypher(deepList)));
      await others.stop();
      expect(attacks.map(({ body }) => codeOf(body))).toEqual(Array(50).fill('TOO_LARGE'));
      expect(others.answers.filter((body) => body.errors)).toEqual([]);
      expect(others.readiness.filter((status) => status !== 200)).toEqual([]);
    },
    processTestTimeoutMs,
  );
});

describe('D2: two answers of nine 64 MB rows at once', () => {
  it(
    'end with TOO_LARGE or TIMEOUT, or wait their turn, while the breaker never opens for anyone else',
    async () => {
      const others = watchEveryoneElse();
      const attacks = await Promise.all([cypher(hugeRows), cypher(hugeRows)]);
      await others.stop();
      for (const { body } of attacks) {
        const error = body.errors?.[0];
        // One analyst's query at a time: the second may find the connection taken for too long.
        const waited = error?.extensions?.code === 'SERVICE_UNAVAILABLE' && /bezet/.test(error.message);
        expect(
          waited || ['TOO_LARGE', 'TIMEOUT'].includes(String(error?.extensions?.code)),
          JSON.stringify(error),
        ).toBe(true);
      }
      expect(others.answers.length).toBeGreaterThan(0);
      expect(others.answers.filter((body) => outageMessage.test(body.errors?.[0]?.message ?? ''))).toEqual([]);
      // The readiness probe gives the database 2 s; while Neo4j builds 64 MB rows on a busy machine one
      // probe may take longer. What others must never see is the breaker open: no outage in their reads,
      // and the probe ready again at once.
      expect(others.readiness.length).toBeGreaterThan(0);
      expect((await fetch(`${service.baseUrl}/readyz`)).status).toBe(200);
      expect((await cypher('RETURN 1 AS een')).body).toEqual({ data: { cypher: { aantalRijen: 1 } } });
    },
    processTestTimeoutMs,
  );
});

describe('D3: a string that runs Neo4j out of heap', () => {
  it('reaches the analyst as the documented memory error, not as an internal one', async () => {
    const { body } = await cypher(heapBomb);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^query: had meer geheugen nodig dan een query mag gebruiken/),
      extensions: { code: 'BAD_USER_INPUT', argument: 'query' },
    });
    expect((await cypher('RETURN 1 AS een')).body).toEqual({ data: { cypher: { aantalRijen: 1 } } });
  });
});

describe('every GraphQL answer', () => {
  it('stops reading past GRAPHQL_MAX_READ_SIZE with TOO_LARGE, in Dutch', async () => {
    const small = await startTestService({ NEO4J_URI: neo4j.uri, GRAPHQL_MAX_READ_SIZE: '2kb' });
    try {
      expect((await postGraphql(small.baseUrl, { query: '{ opgave(id: "opgave:klimaat") { id } }' })).body).toEqual({
        data: { opgave: { id: 'opgave:klimaat' } },
      });
      const { body } = await postGraphql(small.baseUrl, {
        query: '{ opgaven(first: 10) { edges { node { naam beschrijving bronnen { citaat tekst } } } } }',
      });
      expect(body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^Het antwoord werd te groot en is afgebroken/),
        extensions: { code: 'TOO_LARGE' },
      });
    } finally {
      await small.stop();
    }
  });

  it.each(['false', 'true'])(
    'refuses an answer past GRAPHQL_MAX_RESPONSE_SIZE to a known caller too, on /graphql and the report pages (compiled: %s)',
    async (compiled) => {
      const small = await startTestService({
        NEO4J_URI: neo4j.uri,
        AUTH_JWT_SECRET: testJwtSecret,
        GRAPHQL_MAX_RESPONSE_SIZE: '2kb',
        GRAPHQL_COMPILED: compiled,
      });
      try {
        const refusal = /^Het antwoord is te groot: \d+ bytes, de grens is 2048\./;
        const { body } = await postGraphql(
          small.baseUrl,
          { query: '{ omgeving(id: "opgave:klimaat", stappen: 1, maxKnopen: 100) { knopen { id naam } } }' },
          { authorization: analyst },
        );
        expect(body).toEqual({
          errors: [{ message: expect.stringMatching(refusal), extensions: { code: 'TOO_LARGE' } }],
        });
        expect(
          (await postGraphql(small.baseUrl, { query: '{ __typename }' }, { authorization: analyst })).body,
        ).toEqual({
          data: { __typename: 'Query' },
        });
        const page = await fetch(`${small.baseUrl}/voortgang/klimaat.html`, { headers: { authorization: analyst } });
        expect(page.status).toBe(413);
        expect(await page.text()).toMatch(/Het antwoord is te groot: \d+ bytes, de grens is 2048\./);
      } finally {
        await small.stop();
      }
    },
  );
});
