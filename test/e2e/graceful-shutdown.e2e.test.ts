import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/neo4j/database.js';
import { freePort } from '../../src/net.js';
import { testDatabaseSettings } from '../support/database.js';
import {
  processTestTimeoutMs,
  spawnService,
  waitUntilGone,
  type LogLine,
  type ServiceProcess,
} from '../support/service-process.js';
import { testJwtSecret, tokenFor } from '../support/tokens.js';

let dataDir: string | undefined;
let service: ServiceProcess | undefined;
afterAll(async () => {
  // A failed run must not leave the service behind (its JVM follows it when it goes).
  if (service && service.child.exitCode === null && service.child.signalCode === null) {
    service.child.kill('SIGKILL');
    await service.exited;
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: unknown[] };
  endedAt: number;
}

/**
 * A POST whose body arrives in two parts: the request is in flight (headers read, body awaited)
 * until `finish` sends the rest, however long the test takes in between.
 */
function heldRequest(port: number, body: string) {
  const outgoing = httpRequest({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
  });
  const answered = new Promise<Answer>((resolve, reject) => {
    outgoing.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(text), endedAt: Date.now() }),
      );
    });
    outgoing.on('error', reject);
  });
  const half = Math.floor(body.length / 2);
  outgoing.write(body.slice(0, half));
  return { answered, finish: () => outgoing.end(body.slice(half)) };
}

/** Whether a new TCP connection to the port is accepted (true) or refused (false). */
function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The drain's grace period (`SHUTDOWN_TIMEOUT_MS`): the held request keeps the service draining this long at most. */
const shutdownTimeoutMs = 60_000;

const localNeo4jPid = (line: LogLine) => line.msg === 'local Neo4j is ready' && typeof line.pid === 'number';

describe('SIGTERM while requests are in flight', () => {
  it(
    'refuses new connections, finishes the requests in flight with their data, and exits 0 without a Java process left',
    async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'ibp-graph-shutdown-'));
      const port = await freePort();
      const boltPort = await freePort();
      service = spawnService({
        PORT: String(port),
        NEO4J_LOCAL_BOLT_PORT: String(boltPort),
        NEO4J_LOCAL_DATA_DIR: dataDir,
        NEO4J_LOCAL_PAGECACHE: '32m',
        // As `npm start` runs it: in NODE_ENV=test, Apollo Server leaves signals alone anyway.
        NODE_ENV: 'development',
        AUTH_JWT_SECRET: testJwtSecret,
        CYPHER_TIMEOUT_MS: '120000',
        // A grace period longer than the test needs: the drain must still be going when it is watched.
        SHUTDOWN_TIMEOUT_MS: String(shutdownTimeoutMs),
        RATE_LIMIT_PER_MINUTE: '0',
        RATE_LIMIT_COST_PER_MINUTE: '0',
      });
      const javaPid = (await service.waitForLog(localNeo4jPid)).pid as number;
      await service.waitForLog((line) => line.msg === 'IBP Graph is ready');

      // One request waits for the rest of its body; another runs a long query in the database.
      const held = heldRequest(port, JSON.stringify({ query: '{ opgaven { totalCount } }' }));
      const slowQuery = 'UNWIND range(1, $tot) AS x WITH x WHERE x % 1000 = 0 RETURN count(*) AS n';
      const slow = fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await tokenFor('analist', 'shutdown-test')}`,
        },
        body: JSON.stringify({
          query:
            'query Lang($query: String!, $parameters: JSON) { cypher(query: $query, parameters: $parameters) { rijen } }',
          variables: { query: slowQuery, parameters: { tot: 50_000_000 } },
        }),
      }).then(async (response): Promise<Answer> => ({
        status: response.status,
        body: (await response.json()) as Answer['body'],
        endedAt: Date.now(),
      }));

      // SIGTERM only once the slow query is running in Neo4j.
      const observer = Database.connect(testDatabaseSettings(`bolt://127.0.0.1:${boltPort}`));
      const running = () =>
        observer.read(
          'is it running?',
          'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery = $query RETURN count(*) AS n',
          {
            query: slowQuery,
          },
        );
      await expect.poll(running, { timeout: 20_000, interval: 100 }).toEqual([{ n: 1 }]);
      await observer.close();

      const signalledAt = Date.now();
      service.child.kill('SIGTERM');
      // Well before the drain's grace period could end it: the held request keeps it draining.
      await expect.poll(() => acceptsConnections(port), { timeout: shutdownTimeoutMs / 2, interval: 50 }).toBe(false);
      const refusedAt = Date.now();

      held.finish();
      // Awaited one by one; marked handled first, so that a failure of the first is reported alone.
      void slow.catch(() => undefined);
      const heldAnswer = await held.answered;
      const slowAnswer = await slow;
      expect(heldAnswer).toMatchObject({ status: 200, body: { data: { opgaven: { totalCount: 10 } } } });
      expect(slowAnswer).toMatchObject({ status: 200, body: { data: { cypher: { rijen: [{ n: 50_000 }] } } } });
      expect(heldAnswer.body.errors).toBeUndefined();
      expect(slowAnswer.body.errors).toBeUndefined();
      // Both were still in flight when new connections were already refused.
      expect(heldAnswer.endedAt).toBeGreaterThan(refusedAt);
      expect(
        slowAnswer.endedAt,
        `the query ended ${slowAnswer.endedAt - signalledAt} ms after SIGTERM`,
      ).toBeGreaterThan(refusedAt);

      expect(await service.exited).toEqual({ code: 0, signal: null });
      expect(service.logs.map((line) => line.msg)).toEqual(
        expect.arrayContaining(['shutting down', 'local Neo4j stopped', 'stopped']),
      );
      expect(await waitUntilGone(javaPid, 60_000)).toBe(true);
    },
    processTestTimeoutMs,
  );
});
