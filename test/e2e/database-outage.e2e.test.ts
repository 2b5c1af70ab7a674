import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { Database } from '../../src/neo4j/database.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local/local-neo4j.js';
import { applyMigrations } from '../../src/neo4j/migrations.js';
import { createServer, type Service } from '../../src/server.js';
import { loadSeeds } from '../../src/seeds/load-seeds.js';
import { freePort } from '../support/ports.js';
import { postGraphql } from '../support/service.js';

/** A Neo4j of this test's own, so stopping it harms no other test. */
const logger = createLogger('silent');
let dataDir: string;
let boltPort: number;
let neo4j: LocalNeo4j | undefined;
let database: Database;
let service: Service;
let baseUrl: string;

const startNeo4j = () =>
  startLocalNeo4j({ boltPort, dataDir, heap: '512m', pageCache: '32m', startTimeoutMs: 180_000 }, logger);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ibp-graph-outage-'));
  boltPort = await freePort();
  neo4j = await startNeo4j();
  const config = loadConfig({ NEO4J_URI: neo4j.uri, NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: '0' });
  database = Database.connect({ ...config.neo4j, uri: neo4j.uri });
  await applyMigrations(database, logger);
  await loadSeeds(database, logger);
  service = await createServer({ config, database, logger });
  await new Promise<void>((resolve) => service.httpServer.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(service.httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await service?.apollo.stop();
  await database?.close();
  await neo4j?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const readiness = async () => (await fetch(`${baseUrl}/readyz`)).status;
const askOpgaven = () => postGraphql(baseUrl, { query: '{ opgaven { totalCount } }' });

describe('when the database goes away and comes back', () => {
  it('turns unready, fails requests fast and clearly, and recovers by itself', async () => {
    expect(await readiness()).toBe(200);
    expect((await askOpgaven()).body).toEqual({ data: { opgaven: { totalCount: 10 } } });

    await neo4j!.stop();
    neo4j = undefined;

    expect(await readiness()).toBe(503);
    const started = Date.now();
    const during = await askOpgaven();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(during.body.errors?.[0]).toMatchObject({
      message: 'The database is not reachable right now; try again shortly.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);

    neo4j = await startNeo4j();
    await expect.poll(readiness, { timeout: 30_000, interval: 500 }).toBe(200);
    expect((await askOpgaven()).body).toEqual({ data: { opgaven: { totalCount: 10 } } });
  });
});
