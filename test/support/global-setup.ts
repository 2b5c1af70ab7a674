import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../../src/logger.js';
import { Database } from '../../src/neo4j/database.js';
import { startLocalNeo4j } from '../../src/neo4j/local/local-neo4j.js';
import { applyMigrations } from '../../src/neo4j/migrations.js';
import { loadSeeds } from '../../src/seeds/load-seeds.js';
import { testDatabaseSettings } from './database.js';
import { freePort } from './ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jDataDir: string;
  }
}

/**
 * Starts a real Neo4j for the test run: the same embedded launcher as the service, but on a
 * free port and in a temporary folder, so tests never see (or harm) the development data.
 * It holds the seeded knowledge graph; tests that write use ids of their own and clean up.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  const dataDir = await mkdtemp(join(tmpdir(), 'ibp-graph-test-neo4j-'));
  const neo4j = await startLocalNeo4j(
    { boltPort: await freePort(), dataDir, heap: '512m', pageCache: '64m', startTimeoutMs: 180_000 },
    logger,
  );
  const database = Database.connect(testDatabaseSettings(neo4j.uri));
  await applyMigrations(database, logger);
  await loadSeeds(database, logger);
  await database.close();

  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jDataDir', dataDir);
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
