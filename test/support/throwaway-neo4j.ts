import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/logger.js';
import { Database } from '../../src/neo4j/database.js';
import { startLocalNeo4j } from '../../src/neo4j/local/local-neo4j.js';
import { applyMigrations } from '../../src/neo4j/migrations.js';
import { loadSeeds } from '../../src/seeds/load-seeds.js';
import { freePort } from '../../src/net.js';
import { testDatabaseSettings } from './database.js';

export interface ThrowawayNeo4j {
  uri: string;
  /** The temporary folder that holds its files. */
  dataDir: string;
  /** Stops the database and removes its folder. */
  stop(): Promise<void>;
}

/**
 * A real Neo4j for tests: the same embedded launcher as the service, but on a free port and in a
 * temporary folder, so tests never see (or harm) the development data. The migrations are
 * applied, and the seeds loaded when asked.
 */
export async function startThrowawayNeo4j(options: {
  seeded: boolean;
  heap: string;
  pageCache: string;
}): Promise<ThrowawayNeo4j> {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  const dataDir = await mkdtemp(join(tmpdir(), 'ibp-graph-test-neo4j-'));
  const removeFolder = () => rm(dataDir, { recursive: true, force: true });
  const neo4j = await startLocalNeo4j(
    { boltPort: await freePort(), dataDir, heap: options.heap, pageCache: options.pageCache, startTimeoutMs: 180_000 },
    logger,
  ).catch(async (error: unknown) => {
    await removeFolder();
    throw error;
  });
  const stop = async () => {
    await neo4j.stop();
    await removeFolder();
  };
  const database = Database.connect(testDatabaseSettings(neo4j.uri));
  try {
    await applyMigrations(database, logger);
    if (options.seeded) await loadSeeds(database, logger);
  } catch (error) {
    await database.close();
    await stop();
    throw error;
  }
  await database.close();
  return { uri: neo4j.uri, dataDir, stop };
}
