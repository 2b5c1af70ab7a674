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
import { freePort } from '../../src/net.js';
import { createServer, type Service } from '../../src/server.js';
import { loadSeeds } from '../../src/seeds/load-seeds.js';
import { processTestTimeoutMs, waitUntilGone } from '../support/service-process.js';
import { postGraphql } from '../support/service.js';

/** A Neo4j of this test's own, so stopping it harms no other test. */
const logger = createLogger('silent');
let dataDir: string;
let boltPort: number;
let neo4j: LocalNeo4j | undefined;
let database: Database;
let service: Service;
let baseUrl: string;

/**
 * The driver's retry budget (`NEO4J_RETRY_TIME_MS`): what a request would wait without the circuit
 * breaker. A failure that waited on the driver takes at least this long, whatever the machine; one the
 * breaker answers takes a small part of it, however busy the machine is. So failures are bounded by it.
 */
const retryTimeMs = 10_000;

const startNeo4j = () =>
  startLocalNeo4j({ boltPort, dataDir, heap: '512m', pageCache: '32m', startTimeoutMs: 180_000 }, logger);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ibp-graph-outage-'));
  boltPort = await freePort();
  neo4j = await startNeo4j();
  const config = loadConfig({
    NEO4J_URI: neo4j.uri,
    NODE_ENV: 'test',
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_COST_PER_MINUTE: '0',
    // Long, so that a request that waited on the driver instead of failing at once stands out on any machine.
    NEO4J_RETRY_TIME_MS: String(retryTimeMs),
  });
  database = Database.connect({ ...config.neo4j, uri: neo4j.uri }, logger);
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
const unavailable = {
  message: 'De database is nu niet bereikbaar; probeer het zo opnieuw.',
  extensions: { code: 'SERVICE_UNAVAILABLE' },
};

/** What one request of the load saw: when it ran and how it ended. */
interface Outcome {
  startedAt: number;
  endedAt: number;
  result: 'data' | 'SERVICE_UNAVAILABLE' | 'other error' | 'hung';
  detail?: unknown;
}

/** Queries of one, two and several database round trips, as front-ends send them. */
const loadQueries = [
  '{ opgaven { totalCount } }',
  '{ regio(id: "regio:food-valley") { naam opgaven { totalCount edges { node { naam } } } } }',
  '{ zoek(tekst: "klimaat") { totalCount } }',
];

/**
 * `clients` callers each sending one request after another until stopped. A request that has
 * no answer after 20 s counts as hung (and is aborted, so the test itself never hangs).
 */
function startLoad(clients: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  const client = async (index: number) => {
    for (let round = 0; running; round += 1) {
      const startedAt = Date.now();
      const query = loadQueries[(index + round) % loadQueries.length]!;
      try {
        const response = await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
          signal: AbortSignal.timeout(20_000),
        });
        const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
        const code = body.errors?.[0]?.extensions?.code;
        const result = body.errors ? (code === 'SERVICE_UNAVAILABLE' ? code : 'other error') : 'data';
        outcomes.push({ startedAt, endedAt: Date.now(), result, detail: body.errors });
      } catch (error) {
        outcomes.push({ startedAt, endedAt: Date.now(), result: 'hung', detail: String(error) });
      }
      // A breaker answers at once: a short pause keeps the failing callers from spinning.
      if (outcomes.at(-1)!.result !== 'data') await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const clientsDone = Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  return {
    outcomes,
    stop: async () => {
      running = false;
      await clientsDone;
    },
  };
}

const duration = (outcome: Outcome) => outcome.endedAt - outcome.startedAt;

describe('when the database goes away and comes back', () => {
  it(
    'turns unready, fails requests fast and clearly, and recovers by itself',
    async () => {
      expect(await readiness()).toBe(200);
      expect((await askOpgaven()).body).toEqual({ data: { opgaven: { totalCount: 10 } } });

      await neo4j!.stop();
      neo4j = undefined;

      // A readiness answer is reused for a second (a flood of probes costs one query a second).
      await expect.poll(readiness, { timeout: 30_000, interval: 250 }).toBe(503);
      const started = Date.now();
      const during = await askOpgaven();
      expect(Date.now() - started).toBeLessThan(retryTimeMs);
      expect(during.body.errors?.[0]).toMatchObject(unavailable);
      expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
      // Without the database there is no data, but what needs none still answers.
      expect((await postGraphql(baseUrl, { query: '{ __typename }' })).body).toEqual({ data: { __typename: 'Query' } });

      neo4j = await startNeo4j();
      await expect.poll(readiness, { timeout: 30_000, interval: 500 }).toBe(200);
      expect((await askOpgaven()).body).toEqual({ data: { opgaven: { totalCount: 10 } } });
    },
    processTestTimeoutMs,
  );

  it(
    'killed under load: every request ends, each failure within the retry budget as SERVICE_UNAVAILABLE, and traffic flows again by itself',
    async () => {
      neo4j ??= await startNeo4j();
      await expect.poll(readiness, { timeout: 30_000, interval: 250 }).toBe(200);
      const clients = 8;
      const load = startLoad(clients);
      await expect
        .poll(() => load.outcomes.filter((o) => o.result === 'data').length, { timeout: 30_000 })
        .toBeGreaterThan(40);

      const killedAt = Date.now();
      process.kill(neo4j!.pid, 'SIGKILL');
      expect(await waitUntilGone(neo4j!.pid, 60_000)).toBe(true);
      neo4j = undefined;

      await expect.poll(readiness, { timeout: 30_000, interval: 100 }).toBe(503);
      // The outage goes on for a while under full load before the database comes back.
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      const restartedAt = Date.now();
      neo4j = await startNeo4j();
      await expect.poll(readiness, { timeout: 30_000, interval: 250 }).toBe(200);
      const readyAt = Date.now();
      await expect
        .poll(() => load.outcomes.filter((o) => o.startedAt > readyAt && o.result === 'data').length, {
          timeout: 30_000,
        })
        .toBeGreaterThan(20);
      await load.stop();

      const outcomes = load.outcomes;
      expect(outcomes.filter((o) => o.result === 'hung')).toEqual([]);
      expect(outcomes.filter((o) => o.result === 'other error')).toEqual([]);

      // Everything that ran while the database was away: in flight at the kill, or sent afterwards.
      const duringOutage = outcomes.filter((o) => o.endedAt > killedAt && o.startedAt < restartedAt);
      const failed = duringOutage.filter((o) => o.result === 'SERVICE_UNAVAILABLE');
      const slowest = Math.max(...failed.map(duration));
      expect(slowest, `the slowest failure took ${slowest} ms`).toBeLessThan(retryTimeMs);
      // Had each failure waited out the retry budget, every client would have failed once or twice in the outage.
      const failuresIfWaiting = clients * (Math.ceil((restartedAt - killedAt) / retryTimeMs) + 1);
      expect(failed.length).toBeGreaterThan(4 * failuresIfWaiting);
      const sentAfterKill = duringOutage.filter((o) => o.startedAt > killedAt + 2_000);
      expect(sentAfterKill.filter((o) => o.result !== 'SERVICE_UNAVAILABLE')).toEqual([]);

      // Once ready again, requests are answered, without a restart of the service.
      const afterRecovery = outcomes.filter((o) => o.startedAt > readyAt);
      expect(afterRecovery.filter((o) => o.result !== 'data')).toEqual([]);
      expect((await askOpgaven()).body).toEqual({ data: { opgaven: { totalCount: 10 } } });
    },
    processTestTimeoutMs,
  );
});
