/* The probe's attempts: each defect of the December 2026 audit (D1–D11) and hostile analyst queries. */
import { amplificationQuery } from '../test/support/amplification.js';
import { codeOf, type Answer, type Client } from './client.js';

/** Refused (or held: served as it should be), leaked (data or internals), or harmed (others' service, a hang, a 500). */
export type Verdict = 'refused' | 'leaked' | 'harmed';

export interface Tokens {
  analyst: string;
  liaison: string;
}

export interface Attempt {
  defect: string;
  name: string;
  run(client: Client, tokens: Tokens): Promise<{ verdict: Verdict; detail: string }>;
}

const refused = (detail: string) => ({ verdict: 'refused' as const, detail });
const leaked = (detail: string) => ({ verdict: 'leaked' as const, detail });
const harmed = (detail: string) => ({ verdict: 'harmed' as const, detail });
const describe = (answer: Answer) =>
  `${answer.status} ${codeOf(answer) ?? (answer.failure ? 'no answer' : 'ok')} in ${Math.round(answer.ms)} ms, ${answer.bytes} bytes`;

/** A query that must be refused with one of `codes` in reasonable time; a hang or a 500 is harm. */
function expectCode(answer: Answer, codes: string[], withinMs = 60_000) {
  if (answer.failure || answer.ms > withinMs) return harmed(`hung: ${describe(answer)}`);
  if (answer.status >= 500 || codeOf(answer) === 'INTERNAL_SERVER_ERROR') return harmed(describe(answer));
  return codes.includes(codeOf(answer) ?? '') ? refused(describe(answer)) : leaked(`served: ${describe(answer)}`);
}

/** An analyst query that must not run (a write, a file, another database, a private record). */
const analystRefusal = (defect: string, name: string, query: string, codes = ['BAD_USER_INPUT']): Attempt => ({
  defect,
  name,
  run: async (client, tokens) => expectCode(await client.cypher(query, tokens.analyst), codes),
});

/** The bombs of D1–D3 and a CPU bomb, which the load test also runs beside the readers. */
export const bombs: Record<string, string> = {
  'nested 10,000 deep (D1)': 'RETURN reduce(a = [], i IN range(1, 10000) | [a]) AS a',
  '9 rows of 64 MB (D2)': 'WITH reduce(s = "x", i IN range(1, 26) | s + s) AS s UNWIND range(1, 9) AS i RETURN s',
  'a 256 MB string on the heap (D3)': 'RETURN size(reduce(s = "x", i IN range(1, 28) | s + s)) AS n',
  'a cartesian product (CPU)':
    'MATCH (a:Entiteit), (b:Entiteit), (c:Entiteit) WHERE a.naam < b.naam AND b.naam < c.naam RETURN count(*) AS n',
};

/**
 * An anonymous read the cost limit prices near GRAPHQL_MAX_COST (pages at their full `first`), though
 * the seeds make it small to run: a handful of them spend a caller's cost budget for the minute.
 */
export const costlyQuery =
  '{ opgaven(first: 100) { edges { node { regios(first: 100) { edges { node { naam opgaven(first: 100) { edges { node { naam } } } } } } } } } }';

/**
 * Sends `costlyQuery` from `localAddress` until the cost budget refuses it (at most 200 times): the
 * refusal, or undefined when none came.
 */
async function spendBudget(client: Client, localAddress: string): Promise<Answer | undefined> {
  for (let sent = 0; sent < 200; sent++) {
    const answer = await client.graphqlFrom(localAddress, costlyQuery);
    if (answer.status === 429) return answer;
    if (answer.failure || answer.status !== 200) return answer;
  }
  return undefined;
}

/** D6: a caller's budget by cost, and who the caller is when a client names another address. */
const rateLimitAttempts: Attempt[] = [
  {
    defect: 'D6',
    name: 'a cost budget answers 429 RATE_LIMITED once spent, and only for that caller',
    run: async (client) => {
      const refusal = await spendBudget(client, '127.0.0.2');
      if (!refusal) return harmed('200 costly reads from one address and no refusal');
      if (refusal.status !== 429 || codeOf(refusal) !== 'RATE_LIMITED') return harmed(`spending: ${describe(refusal)}`);
      const other = await client.graphqlFrom('127.0.0.3', costlyQuery);
      return other.status === 200 && !other.body?.errors
        ? refused(
            `${describe(refusal)}, Retry-After ${refusal.headers.get('retry-after')}; another address: ${describe(other)}`,
          )
        : harmed(`another address refused too: ${describe(other)}`);
    },
  },
  {
    defect: 'D6',
    name: 'a spoofed X-Forwarded-For from an untrusted peer does not change the caller',
    run: async (client) => {
      const refusal = await spendBudget(client, '127.0.0.4');
      if (refusal?.status !== 429)
        return harmed(`the budget was not spent: ${refusal ? describe(refusal) : 'no refusal'}`);
      const spoofed = await client.graphqlFrom('127.0.0.4', costlyQuery, {
        'x-forwarded-for': '198.51.100.7',
        forwarded: 'for=198.51.100.7',
        'x-real-ip': '198.51.100.7',
      });
      return spoofed.status === 429 && codeOf(spoofed) === 'RATE_LIMITED'
        ? refused(`still the peer's budget: ${describe(spoofed)}`)
        : harmed(`a fresh budget for a forwarded address: ${describe(spoofed)}`);
    },
  },
];

export const attempts: Attempt[] = [
  ...rateLimitAttempts,
  ...Object.entries(bombs).map(([name, query]) => ({
    defect: name.match(/\((D\d)\)/)?.[1] ?? 'analyst',
    name: `analyst bomb: ${name}`,
    run: async (client: Client, tokens: Tokens) =>
      expectCode(await client.cypher(query, tokens.analyst, 180_000), ['TOO_LARGE', 'BAD_USER_INPUT', 'TIMEOUT']),
  })),
  {
    defect: 'D4',
    name: 'anonymous amplification: 30 aliases of omgeving(stappen: 3, maxKnopen: 500) with sources',
    run: async (client) => {
      const answer = await client.graphql(amplificationQuery());
      if (answer.bytes > 4 * 1024 ** 2) return harmed(`answered ${describe(answer)}`);
      return expectCode(answer, ['GRAPHQL_VALIDATION_FAILED', 'TOO_LARGE']);
    },
  },
  ...[
    ['a write, escaped', '\\u0043REATE (h:Hack) RETURN h'],
    ['LOAD CSV, escaped', "WITH 1 AS x \\u004cOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"],
    ['IN TRANSACTIONS, escaped', 'UNWIND [1] AS x CALL (x) { RETURN x AS y } IN \\u0054RANSACTIONS RETURN y'],
    ['USE, escaped', 'MATCH (n:Opgave) CALL { \\u0055SE system MATCH (m) RETURN m } RETURN n'],
    ['a second statement, escaped', 'RETURN 1 AS x \\u003b CREATE (h:Hack)'],
    ['a plugin function, escaped', 'RETURN apoc\\u002eversion()'],
  ].map(([name, query]) => analystRefusal('D7', name!, query!)),
  ...[
    ['API keys and their hashes', 'MATCH (k:ApiSleutel) RETURN k.naam, k.rol, k.hash'],
    ["the audit trail's idempotency keys", 'MATCH (w:Wijziging) RETURN w.idempotentie'],
    ['hashes through a scan of all nodes', 'MATCH (n) WHERE n.hash IS NOT NULL RETURN n.hash'],
    ['a label from a parameter-free dynamic expression', "MATCH (n:$('ApiSleutel')) RETURN n.hash"],
  ].map(([name, query]) => analystRefusal('D8', name!, query!)),
  {
    defect: 'D8',
    name: 'anonymous callers read who recorded a fact',
    run: async (client, tokens) => {
      const recorded = await client.graphql(
        `mutation($invoer: CrossoverInvoer!) { crossoverVastleggen(invoer: $invoer) { knooppunt { id } } }`,
        {
          invoer: {
            onderwerp: `Probe ${Date.now()}`,
            toelichting: 'Vastgelegd door de probe.',
            opgaven: ['opgave:klimaat', 'opgave:wonen'],
            regios: ['regio:food-valley'],
            bronnen: [
              {
                document: 'document:ibp-programmastart',
                regelVan: 253,
                regelTot: 253,
                citaat: "overlap tussen 'samen aan de slag voor het klimaat' en 'toekomstbestendig wonen'",
              },
            ],
          },
        },
        tokens.liaison,
      );
      const id = (recorded.body?.data as { crossoverVastleggen?: { knooppunt?: { id: string } } } | undefined)
        ?.crossoverVastleggen?.knooppunt?.id;
      if (!id) return harmed(`could not record a fact: ${describe(recorded)} ${JSON.stringify(recorded.body?.errors)}`);
      const read = await client.graphql(`{ node(id: "${id}") { ... on Crossover { vastlegging { door } } } }`);
      const door = (read.body?.data as { node?: { vastlegging?: { door: string | null } } })?.node?.vastlegging?.door;
      return door === null ? refused('door is null for an anonymous caller') : leaked(`door: ${door}`);
    },
  },
  {
    defect: 'D9',
    name: "a JWT with an API key's caller id as subject",
    run: async (client) =>
      expectCode(await client.graphql('{ __typename }', {}, await client.jwt({ rol: 'liaison', sub: 'sleutel:1' })), [
        'UNAUTHENTICATED',
      ]),
  },
  ...[
    ['a JWT valid until 9999', { rol: 'analist', sub: 'probe', exp: 253402300799 }],
    ['a JWT without exp', { rol: 'analist', sub: 'probe', exp: undefined }],
    ['a JWT issued in the future', { rol: 'analist', sub: 'probe', iat: Math.floor(Date.now() / 1000) + 3600 }],
  ].map(([name, claims]): Attempt => ({
    defect: 'D10',
    name: name as string,
    run: async (client) =>
      expectCode(await client.graphql('{ __typename }', {}, await client.jwt(claims as Record<string, unknown>)), [
        'UNAUTHENTICATED',
      ]),
  })),
  {
    defect: 'D10',
    name: "'bearer' in lower case and a 12 KB JWT are accepted",
    run: async (client) => {
      const lower = await client.graphql(
        '{ __typename }',
        {},
        (await client.jwt({ rol: 'analist', sub: 'probe' })).replace('Bearer', 'bearer'),
      );
      const long = await client.graphql(
        '{ __typename }',
        {},
        await client.jwt({ rol: 'analist', sub: 'probe', extra: 'x'.repeat(9_000) }),
      );
      return lower.status === 200 && long.status === 200
        ? refused('both 200')
        : harmed(`lower case: ${describe(lower)}; long: ${describe(long)}`);
    },
  },
  {
    defect: 'D11',
    name: 'nosniff, Referrer-Policy and a full CSP on the IDE',
    run: async (client) => {
      const ide = await client.send('/graphql', { headers: { accept: 'text/html' } });
      const csp = ide.headers.get('content-security-policy') ?? '';
      const ok =
        ide.headers.get('x-content-type-options') === 'nosniff' &&
        ide.headers.get('referrer-policy') !== null &&
        csp.includes('base-uri') &&
        csp.includes('object-src');
      return ok ? refused('present') : leaked(`missing: ${[...ide.headers].join('; ')}`);
    },
  },
  {
    defect: 'D11',
    name: 'a deny-all CSP on JSON, scripts, the schema, the metrics and a 404',
    run: async (client) => {
      const paths = [
        '/graphql?query=%7B__typename%7D',
        '/ide/start.js',
        '/schema.graphql',
        '/metrics',
        '/bestaat-niet',
      ];
      const missing: string[] = [];
      for (const path of paths) {
        const answer = await client.send(path, { headers: { accept: 'application/json' } });
        const csp = answer.headers.get('content-security-policy') ?? '';
        if (!["default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"].every((part) => csp.includes(part)))
          missing.push(`${path}: ${csp || 'none'}`);
      }
      return missing.length === 0 ? refused(`on all ${paths.length}`) : leaked(`missing: ${missing.join('; ')}`);
    },
  },
  {
    defect: 'D11',
    name: 'a missing static file is a 404 NOT_FOUND',
    run: async (client) => {
      const missing = await client.send('/ide/bestaat-niet.js');
      return missing.status === 404 && codeOf(missing) === 'NOT_FOUND'
        ? refused(describe(missing))
        : leaked(describe(missing));
    },
  },
  {
    defect: 'D11',
    name: 'a UTF-16 body is refused',
    run: async (client) => {
      const body = Buffer.from('\ufeff{"query":"{ __typename }"}', 'utf16le');
      const answer = await client.send('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-16' },
        body,
      });
      return answer.status === 415 ? refused(describe(answer)) : leaked(describe(answer));
    },
  },
  ...[
    ['a write after a read clause', 'MATCH (o:Opgave) CREATE (h:Hack) RETURN h'],
    ['a write in a subquery', 'CALL () { CREATE (h:Hack) RETURN h } RETURN h'],
    ['a write in FOREACH', 'WITH [1] AS xs FOREACH (x IN xs | CREATE (:Hack))'],
    ['DETACH DELETE', 'MATCH (n:Entiteit) DETACH DELETE n'],
    ['LOAD CSV of a file', "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r"],
    ['USE system', 'USE system SHOW USERS'],
    ['a procedure outside the list', 'CALL dbms.listConfig()'],
    ['two statements', 'MATCH (n:Opgave) RETURN n; MATCH (n) DETACH DELETE n'],
    ['IN TRANSACTIONS', 'UNWIND [1] AS x CALL (x) { CREATE (:Hack) } IN TRANSACTIONS'],
  ].map(([name, query]) => analystRefusal('analyst', name!, query!)),
];
