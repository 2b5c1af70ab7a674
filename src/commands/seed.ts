import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { applyMigrations } from '../neo4j/migrations.js';
import { withDatabase } from '../neo4j/with-database.js';
import { loadSeeds } from '../seeds/load-seeds.js';
import { runCommand } from './run-command.js';

/**
 * `npm run seed`: loads the seed files into the configured database (NEO4J_URI, or the local
 * one, which it starts and stops), even when the database already holds them.
 */
async function seed(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  await withDatabase(config, logger, async (database) => {
    await applyMigrations(database, logger);
    const result = await loadSeeds(database, logger, { force: true });
    logger.info(result, 'seeding done');
  });
}

runCommand(seed);
