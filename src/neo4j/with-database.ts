import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { Database } from './database.js';
import { startLocalNeo4j, type LocalNeo4j } from './local/local-neo4j.js';

/**
 * For command-line tools (seed, generate, token): connects to the configured database, or to
 * the local one the running service started, or starts the local one itself; runs `work`, and
 * closes and stops what it opened, also on failure.
 */
export async function withDatabase<T>(
  config: Config,
  logger: Logger,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  let local: LocalNeo4j | undefined;
  let database: Database | undefined;
  try {
    // The service holds the local database's files; while it runs, use its database instead.
    if (!config.neo4j.uri) database = await connectToRunningLocal(config, logger);
    if (database) return await work(database);
    if (!config.neo4j.uri) local = await startLocalNeo4j(config.localNeo4j, logger);
    database = Database.connect({ ...config.neo4j, uri: config.neo4j.uri ?? local!.uri }, logger);
    await database.verify();
    return await work(database);
  } finally {
    await database?.close();
    await local?.stop();
  }
}

/** The local database as the running service started it, if it answers on its Bolt port. */
async function connectToRunningLocal(config: Config, logger: Logger): Promise<Database | undefined> {
  const uri = `bolt://127.0.0.1:${config.localNeo4j.boltPort}`;
  const database = Database.connect({ ...config.neo4j, uri, connectTimeoutMs: 1_000 }, logger);
  try {
    await database.verify();
    logger.info({ uri }, 'using the local database of the running service');
    return database;
  } catch {
    await database.close();
    return undefined;
  }
}
