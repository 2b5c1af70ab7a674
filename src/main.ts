import type { Server } from 'node:http';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { isPortFree } from './net.js';
import { Database } from './neo4j/database.js';
import { DatabaseError } from './neo4j/errors.js';
import { LocalNeo4jError } from './neo4j/local/local-neo4j-error.js';
import { superviseLocalNeo4j, type SupervisedNeo4j } from './neo4j/local/supervised-neo4j.js';
import { applyMigrations } from './neo4j/migrations.js';
import { loadSeeds } from './seeds/load-seeds.js';
import { SeedError } from './seeds/seed-files.js';
import { createServer, graphqlPath, type Service } from './server.js';

/** What has been started so far, so shutdown (or a failed start) stops exactly that. */
interface Running {
  localNeo4j?: SupervisedNeo4j;
  database?: Database;
  service?: Service;
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  const running: Running = {};
  let stopping: Promise<void> | undefined;
  const stop = (reason: string) => (stopping ??= shutdown(running, config, logger, reason));
  process.once('SIGTERM', () => void stop('SIGTERM').then(() => process.exit(0)));
  process.once('SIGINT', () => void stop('SIGINT').then(() => process.exit(0)));

  try {
    await start(running, config, logger);
  } catch (error) {
    logger.fatal({ problem: describeStartFailure(error) }, 'the service could not start');
    if (!isExplained(error)) logger.error({ err: error }, 'start-up failure detail');
    await stop('start-up failure');
    process.exit(1);
  }
}

async function start(running: Running, config: Config, logger: Logger): Promise<void> {
  const started = Date.now();
  // Found out now rather than after the database has started and the seeds are loaded.
  if (!(await isPortFree(config.http.host, config.http.port))) throw httpPortInUse(config);
  let uri = config.neo4j.uri;
  if (uri === undefined) {
    running.localNeo4j = await superviseLocalNeo4j(config.localNeo4j, logger, {
      maxRestarts: config.localNeo4j.maxRestarts,
    });
    uri = running.localNeo4j.uri;
  }
  const database = Database.connect({ ...config.neo4j, uri }, logger);
  running.database = database;
  const serverInfo = await database.verify();
  logger.info({ uri, server: serverInfo.agent, database: config.neo4j.database }, 'connected to Neo4j');
  await applyMigrations(database, logger);
  await loadSeeds(database, logger);

  const service = await createServer({ config, database, logger });
  running.service = service;
  // /healthz tells whether the local database runs, is being restarted, or was given up on.
  service.readiness.localDatabase = running.localNeo4j;
  // The warm-up runs in the background: the service answers at once, and /readyz says ready once it is done.
  service.readiness.warmingUp = config.http.warmUp;
  await listen(service.httpServer, config);
  if (config.http.warmUp) {
    void service
      .warmUp()
      .catch((error: unknown) => logger.warn({ err: error }, 'warm-up failed'))
      .finally(() => (service.readiness.warmingUp = false));
  }
  logger.info(
    { url: `http://${displayHost(config.http.host)}:${config.http.port}${graphqlPath}`, startMs: Date.now() - started },
    'IBP Graph is ready',
  );
}

function listen(server: Server, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? httpPortInUse(config) : error);
    });
    server.listen(config.http.port, config.http.host, resolve);
  });
}

function httpPortInUse(config: Config): ConfigError {
  return new ConfigError(
    `Port ${config.http.port} on ${config.http.host} is already in use. Stop the process that holds it, ` +
      `or start this service on another port with PORT=${config.http.port + 1}.`,
  );
}

/** Time left after the drain to close the driver and stop the local Neo4j (which it kills after 30 s). */
const afterDrainMs = 35_000;

/** Stops taking requests, lets in-flight ones finish, then closes the driver and the local database. */
async function shutdown(running: Running, config: Config, logger: Logger, reason: string): Promise<void> {
  logger.info({ reason }, 'shutting down');
  const forced = setTimeout(() => {
    logger.error({ timeoutMs: config.http.shutdownTimeoutMs }, 'shutdown took too long; exiting');
    process.exit(1);
  }, config.http.shutdownTimeoutMs + afterDrainMs);
  forced.unref();
  try {
    if (running.service) {
      running.service.readiness.accepting = false;
      await running.service.apollo.stop();
    }
    await running.database?.close();
  } catch (error) {
    logger.error({ err: error }, 'error while draining');
  } finally {
    await running.localNeo4j?.stop();
  }
  logger.info('stopped');
}

function isExplained(error: unknown): boolean {
  return (
    error instanceof LocalNeo4jError ||
    error instanceof DatabaseError ||
    error instanceof ConfigError ||
    error instanceof SeedError
  );
}

function describeStartFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function displayHost(host: string): string {
  return host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
}

await main();
