import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processTestTimeoutMs } from '../support/service-process.js';
import { postGraphql, startTestService, type RunningService } from '../support/service.js';

/** Prometheus metrics at /metrics, the warm-up that feeds them first, and compressed answers. */

let service: RunningService;
let guarded: RunningService;
let off: RunningService;
const metricsToken = 'een-token-voor-prometheus';

beforeAll(async () => {
  service = await startTestService();
  guarded = await startTestService({ METRICS_TOKEN: metricsToken });
  off = await startTestService({ METRICS_ENABLED: 'false' });
});
afterAll(async () => {
  await Promise.all([service.stop(), guarded.stop(), off.stop()]);
});

const scrape = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${url}/metrics`, { headers });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};

/** The value of one sample, e.g. `ibp_graphql_errors_total{code="NOT_FOUND"}`; undefined when absent. */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('/metrics', () => {
  it('times each operation by name, counts its round trips, and names unknown and anonymous ones by kind', async () => {
    await postGraphql(service.baseUrl, { query: 'query VerkennerProvincies { opgaven { totalCount } }' });
    await postGraphql(service.baseUrl, { query: '{ opgaven { totalCount } }' });
    await postGraphql(service.baseUrl, { query: '{ bestaatNiet }' });
    const { status, type, text } = await scrape(service.baseUrl);
    expect(status).toBe(200);
    expect(type).toContain('text/plain');
    for (const operation of ['VerkennerProvincies', 'anonymous', 'invalid']) {
      expect(sample(text, `ibp_graphql_operation_duration_seconds_count{operation="${operation}"}`)).toBe(1);
    }
    expect(sample(text, 'ibp_graphql_operation_database_round_trips_sum{operation="VerkennerProvincies"}')).toBe(1);
  });

  it('counts errors by the code callers got, also those raised before the operation runs', async () => {
    await postGraphql(service.baseUrl, { query: '{ opgaven(first: 0) { totalCount } }' });
    await postGraphql(service.baseUrl, { query: '{ __typename }' }, { authorization: 'Bearer onzin' });
    const { text } = await scrape(service.baseUrl);
    expect(sample(text, 'ibp_graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
    expect(sample(text, 'ibp_graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
  });

  it('shows the database pool and circuit, and the process', async () => {
    const { text } = await scrape(service.baseUrl);
    expect(sample(text, 'ibp_neo4j_circuit_open')).toBe(0);
    expect(sample(text, 'ibp_neo4j_calls_in_flight')).toBe(0);
    expect(sample(text, 'ibp_neo4j_pool_max_connections')).toBe(50);
    expect(sample(text, 'ibp_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toContain('ibp_nodejs_eventloop_lag_seconds');
  });

  it('asks for the token when METRICS_TOKEN is set', async () => {
    expect((await scrape(guarded.baseUrl)).status).toBe(401);
    expect((await scrape(guarded.baseUrl, { authorization: 'Bearer een-ander-token-van-lengte' })).status).toBe(401);
    expect((await scrape(guarded.baseUrl, { authorization: `Bearer ${metricsToken}` })).status).toBe(200);
  });

  it('is not there when METRICS_ENABLED is false', async () => {
    expect((await scrape(off.baseUrl)).status).toBe(404);
  });
});

// Ten queries one after another, the first of each cold: slow on a busy machine.
describe('the warm-up', { timeout: processTestTimeoutMs }, () => {
  it('runs the discovery and verkenner queries once, without errors', async () => {
    await guarded.warmUp();
    const { text } = await scrape(guarded.baseUrl, { authorization: `Bearer ${metricsToken}` });
    for (const operation of ['VerkennerKandidaten', 'VerkennerOpgavenkaart', 'KandidaatCrossoversVoorEenOpgave']) {
      expect(sample(text, `ibp_graphql_operation_duration_seconds_count{operation="${operation}"}`)).toBe(1);
    }
    expect(text).not.toMatch(/^ibp_graphql_errors_total/m);
  });

  it('keeps /readyz at 503 while it runs', async () => {
    off.readiness.warmingUp = true;
    const response = await fetch(`${off.baseUrl}/readyz`);
    off.readiness.warmingUp = false;
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'warming up' });
    expect((await fetch(`${off.baseUrl}/readyz`)).status).toBe(200);
  });
});

/** Bytes on the wire and the Content-Encoding of a GET (node:http, which never decompresses). */
function download(url: string, headers: Record<string, string>) {
  return new Promise<{ bytes: number; encoding: string | undefined }>((resolve, reject) => {
    get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'] }));
    }).on('error', reject);
  });
}

describe('compression', () => {
  it('sends the IDE’s bundle gzip’d to a client that accepts it, and as it is to one that does not', async () => {
    const url = `${service.baseUrl}/ide/graphiql.js`;
    const plain = await download(url, { 'accept-encoding': 'identity' });
    const zipped = await download(url, { 'accept-encoding': 'gzip' });
    expect(plain.encoding).toBeUndefined();
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.bytes).toBeLessThan(plain.bytes / 2);
  });

  it('compresses a large GraphQL answer', async () => {
    const response = await fetch(`${service.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ opgaven { edges { node { id naam beschrijving } } } }' }),
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.stringify(await response.json()).length).toBeGreaterThan(1024);
  });
});
