import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local/local-neo4j.js';
import { freePort } from '../../src/net.js';

/**
 * Neo4j frames every answer of a Bolt connection on the IO thread the connection was handed, in
 * turn, when it opened; Netty's default is twice the cores. More connections than that share
 * threads, and an analyst's 64 MB answer then stalls the reads beside it for seconds (the
 * reliability probe's D2). With `boltIoThreads` each connection gets a thread of its own.
 */
const connections = 2 * availableParallelism() + 4;

let dataDir: string;
let database: LocalNeo4j | undefined;
let driver: Driver | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ibp-graph-test-io-threads-'));
  database = await startLocalNeo4j(
    {
      boltPort: await freePort(),
      dataDir,
      heap: '256m',
      pageCache: '16m',
      startTimeoutMs: 180_000,
      boltIoThreads: 4 * connections,
    },
    createLogger(process.env.TEST_LOG_LEVEL ?? 'warn'),
  );
  driver = neo4j.driver(database.uri, undefined, { maxConnectionPoolSize: connections });
}, 240_000);

afterAll(async () => {
  await driver?.close();
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The JVM's threads that serve Bolt connections (Linux truncates thread names to 15 characters). */
async function boltIoThreads(pid: number): Promise<number> {
  const tasks = await readdir(`/proc/${pid}/task`);
  const names = await Promise.all(
    tasks.map((task) => readFile(`/proc/${pid}/task/${task}/comm`, 'utf8').catch(() => '')),
  );
  return names.filter((name) => name.startsWith('neo4j.BoltNetwo')).length;
}

describe('the local database’s Bolt IO threads', () => {
  it.runIf(process.platform === 'linux')(
    'give each of more connections than twice the cores a thread of its own',
    async () => {
      const sessions: Session[] = Array.from({ length: connections }, () => driver!.session());
      // Each session holds its own connection while its transaction is open.
      const transactions = await Promise.all(sessions.map((session) => session.beginTransaction()));
      await Promise.all(transactions.map((tx) => tx.run('RETURN 1')));

      expect(await boltIoThreads(database!.pid)).toBeGreaterThanOrEqual(connections);

      await Promise.all(transactions.map((tx) => tx.rollback()));
      await Promise.all(sessions.map((session) => session.close()));
    },
    120_000,
  );
});
