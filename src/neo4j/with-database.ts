import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { Database } from './database.js';
import { startLocalNeo4j, type LocalNeo4j } from './local/local-neo4j.js';

/**
 * For command-line tools (seed, generate, token): connects to the configured database, or
 * starts the local one, runs `work`, and closes and stops what it opened, also on failure.
 */
export async function withDatabase<T>(config: Config, logger: Logger, work: (database: Database) => Promise<T>): Promise<T> {
  let local: LocalNeo4j | undefined;
  let database: Database | undefined;
  try {
    if (!config.neo4j.uri) local = await startLocalNeo4j(config.localNeo4j, logger);
    database = Database.connect({ ...config.neo4j, uri: config.neo4j.uri ?? local!.uri });
    await database.verify();
    return await work(database);
  } finally {
    await database?.close();
    await local?.stop();
  }
}
