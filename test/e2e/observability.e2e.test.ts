import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturingLogger } from '../support/logs.js';
import { postGraphql, startTestService, type RunningService } from '../support/service.js';

const { logger, lines } = capturingLogger();

let service: RunningService;
let limited: RunningService;
beforeAll(async () => {
  service = await startTestService({ SLOW_OPERATION_MS: '1' }, logger);
  limited = await startTestService({ RATE_LIMIT_PER_MINUTE: '3' });
});
afterAll(async () => {
  await service.stop();
  await limited.stop();
});

describe('every GraphQL request is logged', () => {
  it('with its request id, operation name, duration, round trips, and a slow flag', async () => {
    const response = await fetch(`${service.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'vraag-7' },
      body: JSON.stringify({
        query: 'query TrekkersPerOpgave { opgaven { edges { node { trekkers { totalCount } } } } }',
      }),
    });
    expect(response.status).toBe(200);
    const logged = lines.find((line) => line.requestId === 'vraag-7' && String(line.msg).includes('graphql operation'));
    expect(logged).toMatchObject({
      operationName: 'TrekkersPerOpgave',
      roundTrips: 2,
      errors: 0,
      slow: true,
      level: 'warn',
    });
    expect(logged?.durationMs).toEqual(expect.any(Number));
  });
});

describe('every other request is logged', () => {
  it('once, with its request id, method, path, status and response time; a GraphQL operation only by the operation log', async () => {
    const response = await fetch(`${service.baseUrl}/bestaat-niet?x=1`, { headers: { 'x-request-id': 'pagina-3' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe('pagina-3');
    const requestLine = () => lines.find((line) => (line.req as { id?: string } | undefined)?.id === 'pagina-3');
    await expect.poll(requestLine).toBeDefined();
    expect(requestLine()).toMatchObject({
      level: 'info',
      msg: 'request completed',
      req: { id: 'pagina-3', method: 'GET', url: '/bestaat-niet?x=1' },
      res: { statusCode: 404 },
      responseTime: expect.any(Number),
    });
    expect(Object.keys(requestLine()!.req as object)).toEqual(['id', 'method', 'url']);
    expect(lines.filter((line) => (line.req as { id?: string } | undefined)?.id === 'vraag-7')).toEqual([]);
  });
});

describe('the rate limit', () => {
  it('answers 429 with a GraphQL error once a client exceeds it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await postGraphql(limited.baseUrl, { query: '{ __typename }' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await fetch(`${limited.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('does not limit the health probes', async () => {
    for (let i = 0; i < 5; i++) expect((await fetch(`${limited.baseUrl}/healthz`)).status).toBe(200);
  });
});
