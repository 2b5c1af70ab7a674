import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql, sendRaw, startTestService, type RunningService } from '../support/service.js';

let service: RunningService;

beforeAll(async () => {
  service = await startTestService();
});
afterAll(async () => {
  await service.stop();
});

describe('GraphQL over HTTP', () => {
  it('answers { __typename }', async () => {
    const response = await postGraphql(service.baseUrl, { query: '{ __typename }' });
    expect(response).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('answers a query that reaches the database', async () => {
    const response = await postGraphql(service.baseUrl, { query: '{ dienst { database { editie } } }' });
    expect(response.body).toEqual({ data: { dienst: { database: { editie: 'community' } } } });
  });

  it('returns 400 with a clear message for a syntax error', async () => {
    const response = await postGraphql(service.baseUrl, { query: '{ dienst { ' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Syntaxfout'),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('returns 400 naming the field for an unknown field', async () => {
    const response = await postGraphql(service.baseUrl, { query: '{ bestaatNiet }' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('bestaatNiet'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses an operation nested deeper than the limit, before touching the database', async () => {
    const shallow = await startTestService({ GRAPHQL_MAX_DEPTH: '2' });
    try {
      const response = await postGraphql(shallow.baseUrl, { query: '{ dienst { database { naam } } }' });
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]).toMatchObject({
        message: 'De query is 3 niveaus diep; er mogen er hoogstens 2 zijn.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    } finally {
      await shallow.stop();
    }
  });

  it('refuses a GET that could be a cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${service.baseUrl}/graphql?query=${encodeURIComponent('{__typename}')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('refuses a request body above the size limit', async () => {
    const response = await sendRaw(service.baseUrl, {
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(200_000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('tags every response with a request id, reusing the caller’s', async () => {
    const response = await fetch(`${service.baseUrl}/healthz`, { headers: { 'x-request-id': 'trace-42' } });
    expect(response.headers.get('x-request-id')).toBe('trace-42');
  });
});

describe('health probes', () => {
  it('GET /healthz says the process is alive', async () => {
    const response = await fetch(`${service.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz says the database is reachable', async () => {
    const response = await fetch(`${service.baseUrl}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('GET /readyz turns unready once shutdown begins', async () => {
    service.readiness.accepting = false;
    try {
      const response = await fetch(`${service.baseUrl}/readyz`);
      expect(response.status).toBe(503);
    } finally {
      service.readiness.accepting = true;
    }
  });
});

describe('the GraphQL IDE', () => {
  it('is served at the GraphQL URL to browsers, with a strict content security policy', async () => {
    const response = await fetch(`${service.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('/ide/graphiql.js');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it.each(['graphiql.js', 'graphiql.css', 'react.js', 'react-dom.js', 'start.js', 'ide.css'])(
    'serves its asset %s itself',
    async (asset) => {
      const response = await fetch(`${service.baseUrl}/ide/${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(50);
    },
  );

  it.each(['/ide/missing.js', '/verkenner/missing.js', '/start/missing.css'])(
    'answers 404 NOT_FOUND for an asset that does not exist: %s',
    async (path) => {
      const response = await fetch(`${service.baseUrl}${path}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    },
  );
});

describe('security headers', () => {
  const get = (path: string, accept = 'application/json') =>
    fetch(`${service.baseUrl}${path}`, { headers: { accept } });

  it.each([
    ['the GraphQL answer', () => postGraphqlResponse('{ __typename }')],
    ['the IDE', () => get('/graphql', 'text/html')],
    ['a script of the IDE', () => get('/ide/start.js')],
    ['the verkenner', () => get('/verkenner')],
    ['the start page', () => get('/', 'text/html')],
    ['a 404', () => get('/bestaat-niet')],
  ])('%s carries nosniff, a referrer policy and no framing', async (_name, send) => {
    const response = await send();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it.each([
    ['the IDE', '/graphql', 'text/html'],
    ['the verkenner', '/verkenner', 'text/html'],
    ['the start page', '/', 'text/html'],
  ])('%s has a full content security policy (base-uri, object-src)', async (_name, path, accept) => {
    const policy = (await get(path, accept)).headers.get('content-security-policy');
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it.each([
    ['the GraphQL answer', () => postGraphqlResponse('{ __typename }')],
    ['a script of the IDE', () => get('/ide/start.js')],
    ['a script of the verkenner', () => get('/verkenner/lib/cytoscape.js')],
    ['the schema', () => get('/schema.graphql')],
    ['the metrics', () => get('/metrics')],
    ['the readiness probe', () => get('/readyz')],
    ['a 404', () => get('/bestaat-niet')],
  ])('%s carries a content security policy that allows nothing', async (_name, send) => {
    const response = await send();
    const policy = (response.headers.get('content-security-policy') ?? '').split(';').map((part) => part.trim());
    expect(policy.sort()).toEqual(["base-uri 'none'", "default-src 'none'", "frame-ancestors 'none'"]);
  });

  it("carries helmet's other defaults, but no Strict-Transport-Security (the TLS proxy's)", async () => {
    const response = await postGraphqlResponse('{ __typename }');
    expect(
      Object.fromEntries([...response.headers].filter(([name]) => /^(cross-origin|origin-agent|x-)/.test(name))),
    ).toMatchObject({
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    });
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  function postGraphqlResponse(query: string): Promise<Response> {
    return fetch(`${service.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
  }
});
