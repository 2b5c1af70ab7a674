import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { Database } from '../neo4j/database.js';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local/local-neo4j.js';
import { applyMigrations } from '../neo4j/migrations.js';
import { loadSeeds } from './load-seeds.js';

/**
 * `npm run seed`: loads the seed files into the configured database (NEO4J_URI, or the local
 * one, which it starts and stops), even when the database already holds them.
 */
async function seed(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let local: LocalNeo4j | undefined;
  let database: Database | undefined;
  try {
    if (!config.neo4j.uri) local = await startLocalNeo4j(config.localNeo4j, logger);
    database = Database.connect({ ...config.neo4j, uri: config.neo4j.uri ?? local!.uri });
    await database.verify();
    await applyMigrations(database, logger);
    const result = await loadSeeds(database, logger, { force: true });
    logger.info(result, 'seeding done');
  } finally {
    await database?.close();
    await local?.stop();
  }
}

seed().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error && !(error instanceof ConfigError) ? error.message : String(error)}\n`);
  process.exit(1);
});
