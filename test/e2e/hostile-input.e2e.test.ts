import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestDatabase, graphSize } from '../support/database.js';
import { capturingLogger } from '../support/logs.js';
import { postGraphql, sendRaw, startTestService, type RunningService } from '../support/service.js';
import { busyMachineBound, timed } from '../support/timing.js';
import { amplificationQuery } from '../support/amplification.js';
import { testJwtSecret, tokenFor } from '../support/tokens.js';

const database = connectTestDatabase();
const log = capturingLogger();
let service: RunningService;
let graphBefore: { nodes: number; relations: number };

beforeAll(async () => {
  service = await startTestService({ NODE_ENV: 'production' }, log.logger);
  graphBefore = await graphSize(database);
});
afterAll(async () => {
  // Whatever was thrown at it, the service is up and the graph is unchanged.
  expect((await fetch(`${service.baseUrl}/healthz`)).status).toBe(200);
  expect(await graphSize(database)).toEqual(graphBefore);
  await service.stop();
  await database.close();
});

/** `{ opgaven { edges { node { themas { edges { node { opgaven ... id } } } ... } } } }`, `levels` relations deep. */
function deepNesting(levels: number): string {
  const fields = ['opgaven', ...Array.from({ length: levels }, (_, i) => (i % 2 === 0 ? 'themas' : 'opgaven'))];
  return `{ ${fields.map((field) => `${field} { edges { node { `).join('')}id${' } } }'.repeat(fields.length)} }`;
}
const aliasBomb = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: dienst { versie }`).join(' ')} }`;
const fragmentBomb = `query { opgaven { ...A } }
  fragment A on OpgaveConnection { edges { node { ...B ...B ...B ...B } } }
  fragment B on Opgave { themas(first: 100) { edges { node { opgaven(first: 100) { edges { node { ...C ...C ...C } } } } } } }
  fragment C on Opgave { themas(first: 100) { edges { node { id naam } } } }`;
const cyclicFragments =
  'query { opgaven { ...A } } fragment A on OpgaveConnection { ...B } fragment B on OpgaveConnection { ...A }';
const directiveFlood = `{ dienst { versie ${'@include(if: true) '.repeat(60)} } }`;
const tokenFlood = `{ dienst { ${'versie '.repeat(6000)} } }`;

describe('hostile GraphQL documents get a clear 400, fast, before any resolver runs', () => {
  it.each([
    ['deep nesting', deepNesting(12), /niveaus diep/],
    ['an alias bomb', aliasBomb, /aliassen/],
    ['a fragment bomb', fragmentBomb, /te groot/],
    ['cyclic fragments', cyclicFragments, /Het fragment A gebruikt zichzelf/],
    ['a flood of directives', directiveFlood, /directives/i],
    ['a flood of tokens', tokenFlood, /meer dan \d+ tokens/],
    ['first: 99999999', '{ opgaven(first: 99999999) { edges { node { id } } } }', /te groot/],
    ['pages left at their default size, five levels deep', deepNesting(4), /te groot/],
    ['a syntax error', '{ opgaven { edges ', /Syntaxfout/],
  ])('%s', async (name, query, message) => {
    const baseline = await timed(() => postGraphql(service.baseUrl, { query: '{ __typename }' }));
    const requestId = `hostile-${name.replace(/\W+/g, '-')}`;
    const refusal = await timed(() => postGraphql(service.baseUrl, { query }, { 'x-request-id': requestId }));
    // Parsing and validating even these documents takes milliseconds; running them would take seconds.
    expect(refusal.ms).toBeLessThan(busyMachineBound(1_000, baseline.ms));
    const response = refusal.value;
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(message);
    // The service's own account of the request: refused without a single trip to the database.
    const logged = log.lines.find(
      (line) => line.requestId === requestId && String(line.msg).endsWith('graphql operation'),
    );
    expect(logged).toMatchObject({ roundTrips: 0, statusCode: 400 });
  });
});

describe('the cost limit counts page sizes as the operation will run', () => {
  it('also when they come in variables', async () => {
    const query = `query Wide($n: Int) {
      opgaven(first: $n) { edges { node { themas(first: $n) { edges { node { instrumenten(first: $n) { edges { node { id bronnen { citaat } } } } } } } } } }
    }`;
    const narrow = await postGraphql(service.baseUrl, { query, variables: { n: 3 } });
    expect(narrow.status).toBe(200);
    const wide = await postGraphql(service.baseUrl, { query, variables: { n: 100 } });
    expect(wide.status).toBe(400);
    expect(wide.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^De query is te groot: de geschatte omvang is \d+, de grens 4000000\./),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});

describe('an anonymous caller cannot amplify a small query into a huge answer (D4)', () => {
  it("refuses the probe's query (about 10 KB here, 4.5 KB minified) by its cost, before it runs", async () => {
    const query = amplificationQuery();
    expect(query.length).toBeLessThan(12_000);
    const response = await postGraphql(service.baseUrl, { query });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^De query is te groot: de geschatte omvang is \d+/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('answers TOO_LARGE instead of an answer over the anonymous ceiling, and serves it to a known caller', async () => {
    const small = await startTestService({
      GRAPHQL_ANONYMOUS_MAX_RESPONSE_SIZE: '2kb',
      AUTH_JWT_SECRET: testJwtSecret,
    });
    try {
      const query = '{ omgeving(id: "opgave:klimaat", stappen: 1, maxKnopen: 100) { knopen { id naam } } }';
      const anonymous = await postGraphql(small.baseUrl, { query });
      expect(anonymous.status).toBe(200);
      expect(anonymous.body).toEqual({
        errors: [
          {
            message: expect.stringMatching(
              /^Het antwoord is te groot: \d+ bytes, de grens zonder sleutel of token is 2048\./,
            ),
            extensions: { code: 'TOO_LARGE' },
          },
        ],
      });
      const known = await postGraphql(
        small.baseUrl,
        { query },
        { authorization: `Bearer ${await tokenFor('liaison')}` },
      );
      expect(JSON.stringify(known.body).length).toBeGreaterThan(2048);
      expect(known.body.errors).toBeUndefined();
    } finally {
      await small.stop();
    }
  });
});

describe('hostile HTTP requests get a clear error', () => {
  it.each([
    ['malformed JSON', { body: '{"query": "{ __typename }"', headers: { 'content-type': 'application/json' } }, 400],
    [
      'a body that is not JSON at all',
      { body: 'query={__typename}', headers: { 'content-type': 'application/json' } },
      400,
    ],
    [
      'a text/plain body (a CSRF vector)',
      { body: '{"query":"{ __typename }"}', headers: { 'content-type': 'text/plain' } },
      400,
    ],
    [
      'a batch of operations (batching is off)',
      {
        body: '[{"query":"{ __typename }"},{"query":"{ __typename }"}]',
        headers: { 'content-type': 'application/json' },
      },
      400,
    ],
    [
      'a huge string argument',
      {
        body: JSON.stringify({ query: '{ zoek(tekst: $t) { totalCount } }', variables: { t: 'x'.repeat(500_000) } }),
        headers: { 'content-type': 'application/json' },
      },
      413,
    ],
    [
      'a huge list argument',
      {
        body: JSON.stringify({
          query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
          variables: { ids: Array.from({ length: 50_000 }, (_, i) => `opgave:x${i}`) },
        }),
        headers: { 'content-type': 'application/json' },
      },
      413,
    ],
  ])('%s', async (_name, request, status) => {
    const response = await sendRaw(service.baseUrl, request);
    expect(response.status).toBe(status);
    expect(response.body.length).toBeLessThan(5_000);
    expect(response.body).not.toMatch(/ at .*\.(js|ts):\d+/);
  });
});

describe('production mode hides the schema from error messages', () => {
  it('does not suggest field names', async () => {
    const response = await postGraphql(service.baseUrl, { query: '{ opgavn { totalCount } }' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).not.toMatch(/Did you mean|Bedoelde je/);
  });
});

/** Every string argument of the API, filled with Cypher and Lucene injection attempts. */
const injections = [
  "' OR 1=1 //",
  "x'}) MATCH (n) DETACH DELETE n //",
  '") CALL dbms.killTransactions() //',
  '*:*',
  'naam:* AND NOT id:x',
  '\\u0000\\" ; DROP',
];
const stringArguments: Array<[string, (value: string) => string]> = [
  ['opgave(id)', (v) => `{ opgave(id: ${JSON.stringify(v)}) { id } }`],
  ['node(id)', (v) => `{ node(id: ${JSON.stringify(v)}) { id } }`],
  ['regios(provincie)', (v) => `{ regios(provincie: ${JSON.stringify(v)}) { totalCount } }`],
  ['mijlpalen(vanaf)', (v) => `{ mijlpalen(vanaf: ${JSON.stringify(v)}) { totalCount } }`],
  ['zoek(tekst)', (v) => `{ zoek(tekst: ${JSON.stringify(v)}) { totalCount } }`],
  ['opgaven(after)', (v) => `{ opgaven(after: ${JSON.stringify(v)}) { totalCount } }`],
  ['pad(van)', (v) => `{ pad(van: ${JSON.stringify(v)}, naar: "regio:chemelot") { lengte } }`],
  ['samenkomst(gebied)', (v) => `{ samenkomst(gebied: ${JSON.stringify(v)}) { gebied { id } } }`],
  ['omgeving(id)', (v) => `{ omgeving(id: ${JSON.stringify(v)}) { afgekapt } }`],
];

describe('injection strings in every string argument are only ever data', () => {
  it.each(stringArguments)('%s', async (_name, build) => {
    for (const value of injections) {
      const response = await postGraphql(service.baseUrl, { query: build(value) });
      const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
      // A clear refusal of the input, or an answer that treats it as text: never a server error.
      for (const code of codes) expect(['BAD_USER_INPUT']).toContain(code);
    }
  });
});
