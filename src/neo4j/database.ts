import neo4j, {
  Neo4jError,
  type BookmarkManager,
  type Driver,
  type RecordShape,
  type ServerInfo,
  type Transaction,
} from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { DatabaseError, toDatabaseError } from './errors.js';
import { toJsonValue, toNeo4jParameters, toPlain } from './values.js';

/**
 * A write transaction's timeout, in read timeouts: writes include loading the seeds and an import,
 * in large batches, which take far longer than any read.
 */
const writeTimeoutFactor = 6;

export interface DatabaseSettings {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
  queryTimeoutMs: number;
  maxPoolSize: number;
  connectTimeoutMs: number;
  /** Retry budget for transient failures; short, so that requests fail fast when the database is away. */
  retryTimeMs?: number;
}

/** How often the database is checked, also while it answers (see circuit-breaker.ts). */
const availabilityCheckIntervalMs = 1_000;

/** Counts what a caller (one GraphQL request, say) asked of the database. */
export interface QueryStats {
  roundTrips: number;
}

export interface QueryOptions {
  stats?: QueryStats;
  signal?: AbortSignal;
  /** Overrides the configured transaction timeout, e.g. for schema work at start-up. */
  timeoutMs?: number;
}

/** What repositories need of the database: named, parameterised reads and writes. */
export interface QueryRunner {
  read<Row extends RecordShape = RecordShape>(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options?: QueryOptions,
  ): Promise<Row[]>;
  write<Row extends RecordShape = RecordShape>(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options?: QueryOptions,
  ): Promise<Row[]>;
  writeTransaction<T>(
    name: string,
    work: (transaction: TransactionRunner) => Promise<T>,
    options?: QueryOptions,
  ): Promise<T>;
}

/** What a cache of reads needs of the database: whether anything changed since an answer was read. */
export interface GraphVersionSource {
  /** See `Database.graphVersion`. */
  graphVersion(options?: QueryOptions): Promise<string | undefined>;
}

/** One statement inside a transaction opened by `Database.writeTransaction`. */
export interface TransactionRunner {
  run(cypher: string, parameters: Record<string, unknown>): Promise<RecordShape[]>;
}

/** What Neo4j's plan says of a query (from `EXPLAIN`), for checking it before it runs. */
export interface QueryPlan {
  /** `r` (read), `w` (write), `rw` (read and write) or `s` (schema or administration). */
  queryType: string;
  /** Every operator of the plan, depth first, e.g. `{ type: 'ProcedureCall@neo4j', details: 'db.labels() :: (...)' }`. */
  operators: Array<{ type: string; details: string }>;
}

export interface CappedReadOptions {
  stats?: QueryStats;
  timeoutMs: number;
  /** Rows to keep; the rest of the result is never pulled from the server. */
  maxRows: number;
}

/** The first rows of a result as JSON (see `toJsonValue`), and whether there were more. */
export interface CappedRead {
  keys: string[];
  rows: Array<Record<string, unknown>>;
  truncated: boolean;
}

/** What the analysts' Cypher endpoint needs of the database: a query's plan, and a capped read-only run. */
export interface PlanningRunner {
  explain(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options?: QueryOptions,
  ): Promise<QueryPlan>;
  readCapped(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options: CappedReadOptions,
  ): Promise<CappedRead>;
}

/**
 * The one place that talks to the Neo4j driver: sessions, routing, timeouts, retries,
 * error mapping and value conversion happen here and nowhere else.
 */
export class Database implements QueryRunner, GraphVersionSource {
  /** Open while the database is away: queries then fail at once (see circuit-breaker.ts). */
  private readonly breaker: CircuitBreaker;

  private constructor(
    private readonly driver: Driver,
    private readonly settings: DatabaseSettings,
    logger: Logger | undefined,
  ) {
    this.breaker = new CircuitBreaker({
      probe: () => this.probe(),
      isOutage: (error) => toDatabaseError(error, settings.uri).kind === 'UNAVAILABLE',
      outageError: () =>
        new DatabaseError(
          'UNAVAILABLE',
          `Neo4j at ${settings.uri} is not reachable; queries fail at once until a check (every second) finds it back.`,
        ),
      probeIntervalMs: availabilityCheckIntervalMs,
      // Long enough for a connect to fail on its own timeout, which is what marks a lost host.
      probeTimeoutMs: settings.connectTimeoutMs + 1_000,
      onChange: (state, cause) => {
        if (state === 'open') {
          const problem = cause instanceof Error ? cause.message : String(cause);
          logger?.warn({ uri: settings.uri, problem }, 'database unreachable: queries fail at once until it answers');
        } else {
          logger?.info({ uri: settings.uri }, 'database reachable again');
        }
      },
    });
  }

  /** `logger` hears when the database goes away and comes back. */
  static connect(settings: DatabaseSettings, logger?: Logger): Database {
    // Without a password the driver connects unauthenticated, as the local database expects.
    const auth = settings.password === undefined ? undefined : neo4j.auth.basic(settings.user, settings.password);
    const driver = neo4j.driver(settings.uri, auth, {
      maxConnectionPoolSize: settings.maxPoolSize,
      connectionTimeout: settings.connectTimeoutMs,
      connectionAcquisitionTimeout: settings.connectTimeoutMs * 2,
      maxTransactionRetryTime: settings.retryTimeMs ?? 3_000,
      disableLosslessIntegers: true,
      userAgent: 'ibp-graph',
    });
    return new Database(driver, settings, logger);
  }

  get name(): string {
    return this.settings.database;
  }

  /** Fails with a DatabaseError that says what to do when the database cannot be reached. */
  async verify(): Promise<ServerInfo> {
    try {
      return await this.driver.getServerInfo({ database: this.settings.database });
    } catch (error) {
      throw toDatabaseError(error, this.settings.uri);
    }
  }

  /** True when a trivial query answers within the timeout; used by the readiness probe. */
  async isReachable(timeoutMs: number): Promise<boolean> {
    if (this.breaker.state === 'open') return false;
    // The driver may wait longer than asked for a connection to a server that went away;
    // a probe must answer in time whatever the driver does.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const probe = this.read('readiness', 'RETURN 1 AS ok', {}, { signal: AbortSignal.timeout(timeoutMs) }).then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs one read query (routed to a reader in a cluster) and returns its rows as plain objects. */
  read<Row extends RecordShape = RecordShape>(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options: QueryOptions = {},
  ): Promise<Row[]> {
    return this.run<Row>(name, cypher, parameters, options, neo4j.routing.READ);
  }

  /** Runs one write query in its own transaction, retried by the driver on transient errors. */
  write<Row extends RecordShape = RecordShape>(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options: QueryOptions = {},
  ): Promise<Row[]> {
    return this.run<Row>(name, cypher, parameters, options, neo4j.routing.WRITE);
  }

  /**
   * A token that changes whenever a transaction commits to this database, whoever commits it: this
   * service, another process or another driver. It is the bookmark Neo4j returns for a trivial read
   * (one round trip), which names the database's last committed transaction, not the bookmarks the
   * read was sent; checked on Neo4j 5.26 (see docs/discovery.md on candidate crossovers). Equal versions
   * mean equal data. A read-only transaction, or a write that changes nothing, leaves it as it was.
   *
   * The read waits for this service's own writes, as every read does, and its bookmark becomes the
   * one later reads wait for: in a cluster, a read after it sees at least this version.
   * `undefined` when the server sends no bookmark; callers must then not reuse earlier answers.
   */
  async graphVersion(options: QueryOptions = {}): Promise<string | undefined> {
    const shared = this.driver.executeQueryBookmarkManager;
    let received: string[] = [];
    // The shared manager as executeQuery would use it, but keeping what this one read was given.
    const keeping: BookmarkManager = {
      getBookmarks: () => shared.getBookmarks(),
      updateBookmarks: async (previous, next) => {
        received = [...next];
        await shared.updateBookmarks(previous, next);
      },
    };
    await this.run('graph version', 'RETURN 1 AS ok', {}, options, neo4j.routing.READ, keeping);
    return received.length > 0 ? received.sort().join(' ') : undefined;
  }

  /** A view of this database that counts every query into `stats` (one per GraphQL request). */
  counting(stats: QueryStats): QueryRunner & PlanningRunner & GraphVersionSource {
    return {
      graphVersion: (options) => this.graphVersion({ ...options, stats }),
      explain: (name, cypher, parameters, options) => this.explain(name, cypher, parameters, { ...options, stats }),
      readCapped: (name, cypher, parameters, options) =>
        this.readCapped(name, cypher, parameters, { ...options, stats }),
      read: (name, cypher, parameters, options) => this.read(name, cypher, parameters, { ...options, stats }),
      write: (name, cypher, parameters, options) => this.write(name, cypher, parameters, { ...options, stats }),
      writeTransaction: (name, work, options) => this.writeTransaction(name, work, { ...options, stats }),
    };
  }

  /**
   * Runs `work` in one write transaction: all of it commits or none of it does. The driver
   * retries the whole function on transient failures, so `work` must be safe to repeat.
   */
  async writeTransaction<T>(
    name: string,
    work: (transaction: TransactionRunner) => Promise<T>,
    options: QueryOptions = {},
  ): Promise<T> {
    // The bookmark manager that executeQuery uses: every later read waits for this write,
    // also on a cluster member that has not caught up yet (read-your-writes).
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await this.breaker.run(() =>
        session.executeWrite(
          (tx) =>
            work({
              run: async (cypher, parameters) => {
                if (options.stats) options.stats.roundTrips += 1;
                return (await tx.run(cypher, parameters)).records.map(
                  (record) => toPlain(record.toObject()) as RecordShape,
                );
              },
            }),
          {
            timeout: options.timeoutMs ?? this.settings.queryTimeoutMs * writeTimeoutFactor,
            metadata: { app: 'ibp-graph', query: name },
          },
        ),
      );
    } catch (error) {
      // What `work` throws on purpose (a refused input, say) reaches the caller unchanged.
      if (!(error instanceof Neo4jError)) throw error;
      throw toDatabaseError(error, this.settings.uri);
    } finally {
      await session.close();
    }
  }

  /**
   * Neo4j's plan for a query, without running it (`EXPLAIN`), in a read-only transaction.
   * Parameters are passed as well, so that the plan is the one the query will run with.
   */
  async explain(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options: QueryOptions = {},
  ): Promise<QueryPlan> {
    const neo4jParameters = toNeo4jParameters(parameters) as Record<string, unknown>;
    const summary = await this.inReadTransaction(
      name,
      options,
      async (tx) => (await tx.run(`EXPLAIN ${cypher}`, neo4jParameters)).summary,
    );
    const operators: QueryPlan['operators'] = [];
    const visit = (plan: typeof summary.plan) => {
      if (!plan) return;
      const details = plan.arguments['Details'];
      operators.push({ type: plan.operatorType, details: typeof details === 'string' ? details : '' });
      plan.children.forEach(visit);
    };
    visit(summary.plan);
    return { queryType: summary.queryType, operators };
  }

  /**
   * Runs one query in a read-only transaction (Neo4j refuses any write in it) and keeps the
   * first `maxRows` rows. Records are pulled in batches as they are read; after the cap the
   * rest of the result is discarded on the server, so a query that would return millions of rows
   * costs no more than the cap. The transaction is rolled back, never committed, and not retried.
   */
  async readCapped(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options: CappedReadOptions,
  ): Promise<CappedRead> {
    const neo4jParameters = toNeo4jParameters(parameters) as Record<string, unknown>;
    const fetchSize = Math.min(options.maxRows + 1, 1_000);
    return this.inReadTransaction(
      name,
      options,
      async (tx) => {
        const result = tx.run(cypher, neo4jParameters);
        const keys = [...(await result.keys())].map(String);
        const rows: Array<Record<string, unknown>> = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length === options.maxRows) {
            truncated = true;
            break; // ends the iteration, which discards the rest on the server
          }
          rows.push(Object.fromEntries(keys.map((key) => [key, toJsonValue(record.get(key))])));
        }
        return { keys, rows, truncated };
      },
      fetchSize,
    );
  }

  /** An explicit read transaction, always rolled back: the analysts' queries never commit anything. */
  private async inReadTransaction<T>(
    name: string,
    options: QueryOptions,
    work: (tx: Transaction) => Promise<T>,
    fetchSize?: number,
  ): Promise<T> {
    if (options.stats) options.stats.roundTrips += 1;
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      ...(fetchSize !== undefined && { fetchSize }),
    });
    try {
      return await this.breaker.run(async () => {
        const tx = await session.beginTransaction({
          timeout: options.timeoutMs ?? this.settings.queryTimeoutMs,
          metadata: { app: 'ibp-graph', query: name },
        });
        try {
          return await work(tx);
        } finally {
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        }
      });
    } catch (error) {
      throw toDatabaseError(error, this.settings.uri);
    } finally {
      await session.close();
    }
  }

  /** The bookmarks reads wait for: one per database after the latest write. */
  async bookmarks(): Promise<string[]> {
    return [...(await this.driver.executeQueryBookmarkManager.getBookmarks())];
  }

  async close(): Promise<void> {
    this.breaker.stop();
    await this.driver.close();
  }

  /**
   * Whether the database answers right now: one auto-commit query in a session of its own,
   * which the driver does not retry, so an outage shows within a connect.
   */
  private async probe(): Promise<void> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(
        'RETURN 1 AS ok',
        {},
        { timeout: this.settings.connectTimeoutMs, metadata: { app: 'ibp-graph', query: 'availability' } },
      );
    } catch (error) {
      throw toDatabaseError(error, this.settings.uri);
    } finally {
      await session.close();
    }
  }

  /** `name` labels the query in logs and in Neo4j's transaction metadata (`SHOW TRANSACTIONS`). */
  private async run<Row extends RecordShape>(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options: QueryOptions,
    routing: typeof neo4j.routing.READ | typeof neo4j.routing.WRITE,
    bookmarkManager: BookmarkManager = this.driver.executeQueryBookmarkManager,
  ): Promise<Row[]> {
    if (options.stats) options.stats.roundTrips += 1;
    return this.breaker.run(async (outage) => {
      try {
        const result = await this.driver.executeQuery(cypher, parameters, {
          database: this.settings.database,
          routing,
          bookmarkManager,
          // An outage also stops the driver's retries, so nothing keeps knocking on a dead server.
          signal: options.signal ? AbortSignal.any([options.signal, outage]) : outage,
          transactionConfig: {
            timeout: options.timeoutMs ?? this.settings.queryTimeoutMs,
            metadata: { app: 'ibp-graph', query: name },
          },
        });
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      } catch (error) {
        throw toDatabaseError(error, this.settings.uri);
      }
    });
  }
}
