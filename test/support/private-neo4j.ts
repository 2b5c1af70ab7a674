import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/logger.js';
import { Database } from '../../src/neo4j/database.js';
import { startLocalNeo4j } from '../../src/neo4j/local/local-neo4j.js';
import { applyMigrations } from '../../src/neo4j/migrations.js';
import { loadSeeds } from '../../src/seeds/load-seeds.js';
import { testDatabaseSettings } from './database.js';
import { freePort } from './ports.js';

export interface PrivateNeo4j {
  uri: string;
  database: Database;
  stop(): Promise<void>;
}

/**
 * A Neo4j of one test file's own, for tests that write: what they record cannot change what
 * the read-only tests (which share the run's database) count.
 */
export async function startPrivateNeo4j(options: { seeded: boolean }): Promise<PrivateNeo4j> {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  const dataDir = await mkdtemp(join(tmpdir(), 'ibp-graph-private-neo4j-'));
  const neo4j = await startLocalNeo4j(
    { boltPort: await freePort(), dataDir, heap: '384m', pageCache: '32m', startTimeoutMs: 180_000 },
    logger,
  );
  const database = Database.connect(testDatabaseSettings(neo4j.uri));
  await applyMigrations(database, logger);
  if (options.seeded) await loadSeeds(database, logger);
  return {
    uri: neo4j.uri,
    database,
    stop: async () => {
      await database.close();
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
