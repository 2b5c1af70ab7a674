import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/net.js';
import { startPrivateNeo4j, type PrivateNeo4j } from '../support/private-neo4j.js';
import { processTestTimeoutMs, spawnService, type LogLine, type ServiceProcess } from '../support/service-process.js';
import { postGraphql } from '../support/service.js';
import { testJwtSecret, tokenFor } from '../support/tokens.js';

/**
 * Two processes of the service on one Neo4j, as an operator runs replicas behind a load balancer:
 * a write through one and a read through the other, with the write's bookmark sent back.
 */

let neo4j: PrivateNeo4j;
const replicas: Array<{ process: ServiceProcess; url: string }> = [];
let liaison: string;

const isReady = (line: LogLine) => line.msg === 'IBP Graph is ready';

async function startReplica(environment: NodeJS.ProcessEnv) {
  const port = await freePort();
  const process = spawnService({
    NEO4J_URI: neo4j.uri,
    PORT: String(port),
    AUTH_JWT_SECRET: testJwtSecret,
    RATE_LIMIT_PER_MINUTE: '0',
    NEO4J_TRAVERSAL_TIMEOUT_MS: '60000',
    ...environment,
  });
  await process.waitForLog(isReady);
  const replica = { process, url: `http://127.0.0.1:${port}` };
  replicas.push(replica);
  return replica;
}

beforeAll(async () => {
  neo4j = await startPrivateNeo4j({ seeded: true });
  liaison = await tokenFor('liaison', 'anna');
  // One after the other: each applies the migrations at start.
  await startReplica({ WARM_UP: 'true' });
  await startReplica({ WARM_UP: 'false' });
}, processTestTimeoutMs);

afterAll(async () => {
  for (const { process } of replicas) {
    process.child.kill('SIGTERM');
    await process.exited;
  }
  await neo4j?.stop();
}, processTestTimeoutMs);

const addSource = `mutation ($invoer: BronDocumentInvoer!) { bronToevoegen(invoer: $invoer) { knooppunt { id } } }`;

describe('several replicas on one database', { timeout: processTestTimeoutMs }, () => {
  it('hand a write’s bookmark to the caller, and a read through another replica with it sees the write', async () => {
    const [first, second] = replicas;
    const name = `Brief ${randomBytes(4).toString('hex')}`;
    const response = await fetch(`${first!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${liaison}` },
      body: JSON.stringify({ query: addSource, variables: { invoer: { naam: name, datum: '2026-12-01' } } }),
    });
    const body = (await response.json()) as {
      data: { bronToevoegen: { knooppunt: { id: string } } };
      extensions?: { bookmark?: string };
    };
    const bookmark = response.headers.get('neo4j-bookmark');
    expect(bookmark).toMatch(/^\S+$/);
    expect(body.extensions?.bookmark).toBe(bookmark);
    const id = body.data.bronToevoegen.knooppunt.id;

    const read = await postGraphql(
      second!.url,
      { query: `{ node(id: "${id}") { id } }` },
      { 'neo4j-bookmark': bookmark! },
    );
    expect(read.body).toEqual({ data: { node: { id } } });
  });

  it('hand back no bookmark for a read', async () => {
    const response = await fetch(`${replicas[1]!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ opgave(id: "opgave:klimaat") { naam } }' }),
    });
    expect(response.headers.get('neo4j-bookmark')).toBeNull();
    expect(await response.json()).not.toHaveProperty('extensions');
  });

  it('pass the bookmark a caller sends to the database, which refuses one it does not know', async () => {
    const read = await postGraphql(
      replicas[1]!.url,
      { query: '{ opgave(id: "opgave:klimaat") { naam } }' },
      { 'neo4j-bookmark': 'FB:bestaat-niet' },
    );
    expect(read.status).toBe(200);
    expect(read.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_REQUEST' },
      message: expect.stringContaining('Neo4j-Bookmark'),
    });
  });

  it('refuse a header that holds no bookmarks with a 400', async () => {
    const read = await postGraphql(
      replicas[0]!.url,
      { query: '{ __typename }' },
      { 'neo4j-bookmark': 'geen bookmark' },
    );
    expect(read.status).toBe(400);
    expect(read.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('warm up once they listen, and are ready for a load balancer after that, unless told not to', async () => {
    const [warmed, cold] = replicas;
    await warmed!.process.waitForLog((line) => line.msg === 'warmed up');
    const messages = warmed!.process.logs.map((line) => line.msg);
    expect(messages.indexOf('warmed up')).toBeGreaterThan(messages.indexOf('IBP Graph is ready'));
    expect((await fetch(`${warmed!.url}/readyz`)).status).toBe(200);
    expect(cold!.process.logs.map((line) => line.msg)).not.toContain('warmed up');
  });
});
