import neo4j, {
  Neo4jError,
  type BookmarkManager,
  type Driver,
  type RecordShape,
  type Result,
  type ServerInfo,
} from 'neo4j-driver';
import type { Logger } from '../logger.js';
import {
  AnalystQueries,
  type CappedRead,
  type CappedReadOptions,
  type PlanningRunner,
  type PlanOptions,
  type QueryPlan,
} from './analyst-queries.js';
import { AnswerBudget, type AnswerLimits } from './answer-budget.js';
import { CircuitBreaker, type CircuitState } from './circuit-breaker.js';
import { WatchedConnection } from './connection-access.js';
import { withDeadline } from './deadline.js';
import { DatabaseError, toDatabaseError, type AnswerTooLarge } from './errors.js';
import type { RequestBookmarks } from './request-bookmarks.js';
import { toPlain } from './values.js';

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
  /** Connections of the analysts' own pool: how many of their queries run at once (default 1). */
  analystPoolSize?: number;
  /**
   * How long past its transaction timeout (and retry budget) a database call is waited for before
   * the service gives up on it and drops its connection (default 5 s).
   */
  deadlineMarginMs?: number;
}

const defaultAnalystPoolSize = 1;
const defaultDeadlineMarginMs = 5_000;
const defaultRetryTimeMs = 3_000;

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
  /** Counts the records read against limits shared by several queries (one GraphQL request's). */
  budget?: AnswerBudget;
  /**
   * Counts the bytes that arrive on the connection against limits shared by several queries, before
   * the driver decodes a record: past them the connection is dropped, so a huge record is never read whole.
   */
  received?: AnswerBudget;
  /** The bookmarks to wait for and to update (one request's, see request-bookmarks.ts); the process's when left out. */
  bookmarks?: BookmarkManager;
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
  /** See `Database.ownWrites`. */
  ownWrites(): number;
  /**
   * Counts an answer kept from an earlier read against this reader's budget, as if it were read
   * again: a kept answer must not let a request past what it may read. Throws TOO_LARGE past it.
   */
  countKept?(answer: unknown): void;
}

/** One statement inside a transaction opened by `Database.writeTransaction`. */
export interface TransactionRunner {
  run(cypher: string, parameters: Record<string, unknown>): Promise<RecordShape[]>;
}

export type { CappedRead, CappedReadOptions, PlanningRunner, QueryPlan } from './analyst-queries.js';

/**
 * The one place that talks to the Neo4j driver: sessions, routing, timeouts, retries,
 * error mapping and value conversion happen here and nowhere else.
 */
export class Database implements QueryRunner, PlanningRunner, GraphVersionSource {
  /** Open while the database is away: queries then fail at once (see circuit-breaker.ts). */
  private readonly breaker: CircuitBreaker;
  /** Analysts' Cypher, on a pool of its own and outside the breaker (see analyst-queries.ts). */
  private readonly analysts: AnalystQueries;
  /** API calls under way, each on a connection of the API pool (or waiting for one); for the metrics. */
  private inFlight = 0;
  /** Writes this process has finished, committed or not; see `ownWrites`. */
  private writesFinished = 0;

  private constructor(
    private readonly driver: Driver,
    analystDriver: Driver,
    private readonly settings: DatabaseSettings,
    private readonly logger: Logger | undefined,
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
    this.analysts = new AnalystQueries(
      analystDriver,
      driver.executeQueryBookmarkManager,
      {
        database: settings.database,
        uri: settings.uri,
        defaultTimeoutMs: settings.queryTimeoutMs,
        deadlineMarginMs: this.deadlineMarginMs,
        acquisitionTimeoutMs: settings.connectTimeoutMs * 2,
      },
      () => this.breaker.refuseWhileOpen(),
      logger,
    );
  }

  /**
   * Two drivers: one for the API and the commands, and a small one for analysts' Cypher, so that
   * their queries can never take the connections the API needs. `logger` hears when the database
   * goes away and comes back, and when a connection is dropped.
   */
  static connect(settings: DatabaseSettings, logger?: Logger): Database {
    // Without a password the driver connects unauthenticated, as the local database expects.
    const auth = settings.password === undefined ? undefined : neo4j.auth.basic(settings.user, settings.password);
    const common = {
      connectionTimeout: settings.connectTimeoutMs,
      connectionAcquisitionTimeout: settings.connectTimeoutMs * 2,
      disableLosslessIntegers: true,
      userAgent: 'ibp-graph',
    };
    const driver = neo4j.driver(settings.uri, auth, {
      ...common,
      maxConnectionPoolSize: settings.maxPoolSize,
      maxTransactionRetryTime: settings.retryTimeMs ?? defaultRetryTimeMs,
    });
    const analystDriver = neo4j.driver(settings.uri, auth, {
      ...common,
      maxConnectionPoolSize: settings.analystPoolSize ?? defaultAnalystPoolSize,
      maxTransactionRetryTime: 0,
    });
    return new Database(driver, analystDriver, settings, logger);
  }

  get name(): string {
    return this.settings.database;
  }

  /** Open while the database is known to be away (see circuit-breaker.ts). */
  get circuitState(): CircuitState {
    return this.breaker.state;
  }

  /**
   * Calls of the API pool under way, each holding or awaiting a connection: the driver has no
   * public view of its pool, and this is the part of it that matters (how close to `maxPoolSize`).
   */
  get callsInFlight(): number {
    return this.inFlight;
  }

  /** The bookmarks every read of this process waits for, to build a request's view on. */
  get processBookmarks(): BookmarkManager {
    return this.driver.executeQueryBookmarkManager;
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
  async write<Row extends RecordShape = RecordShape>(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options: QueryOptions = {},
  ): Promise<Row[]> {
    try {
      return await this.run<Row>(name, cypher, parameters, options, neo4j.routing.WRITE);
    } finally {
      this.writesFinished += 1;
    }
  }

  /**
   * How many writes this process has finished, counted once each has ended (a failed one may have
   * committed too). A cache that notes it with an answer can tell an answer read before one of this
   * process's own writes: whoever writes through this process sees the write in what it reads next.
   */
  ownWrites(): number {
    return this.writesFinished;
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
    const shared = options.bookmarks ?? this.driver.executeQueryBookmarkManager;
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

  /**
   * A view of this database for one GraphQL request: it counts every query into `stats`, and the
   * records of all its reads and writes against `limits` together (analysts' Cypher has limits of
   * its own), so that no request reads more than that, however its answer is composed. With
   * `bookmarks`, every call waits for the request's bookmarks and its writes are noted there.
   */
  counting(
    stats: QueryStats,
    limits?: AnswerLimits,
    bookmarks?: RequestBookmarks,
  ): QueryRunner & PlanningRunner & GraphVersionSource {
    const budget = limits && new AnswerBudget(limits);
    const received = limits && new AnswerBudget(limits);
    const writing = () => {
      bookmarks?.noteWrite();
      return bookmarks;
    };
    return {
      graphVersion: (options) => this.graphVersion({ ...options, stats, bookmarks }),
      ownWrites: () => this.ownWrites(),
      countKept: (answer) => budget?.addRecord([answer]),
      explain: (name, cypher, parameters, options) =>
        this.analysts.explain(name, cypher, parameters, { ...options, stats, bookmarks }),
      readCapped: (name, cypher, parameters, options) =>
        this.analysts.readCapped(name, cypher, parameters, { ...options, stats, bookmarks }),
      read: (name, cypher, parameters, options) =>
        this.read(name, cypher, parameters, { ...options, stats, budget, received, bookmarks }),
      write: (name, cypher, parameters, options) =>
        this.write(name, cypher, parameters, { ...options, stats, budget, received, bookmarks: writing() }),
      writeTransaction: (name, work, options) =>
        this.writeTransaction(name, work, { ...options, stats, bookmarks: writing() }),
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
      bookmarkManager: options.bookmarks ?? this.driver.executeQueryBookmarkManager,
    });
    const timeoutMs = options.timeoutMs ?? this.settings.queryTimeoutMs * writeTimeoutFactor;
    const connections = new ConnectionsInUse();
    let abandoned = false;
    this.inFlight += 1;
    try {
      return await this.breaker.run(() =>
        withDeadline(
          session.executeWrite(
            (tx) =>
              work({
                run: async (cypher, parameters) => {
                  if (options.stats) options.stats.roundTrips += 1;
                  return (await connections.track(tx.run(cypher, parameters))).records.map(
                    (record) => toPlain(record.toObject()) as RecordShape,
                  );
                },
              }),
            { timeout: timeoutMs, metadata: { app: 'ibp-graph', query: name } },
          ),
          this.deadlineFor(timeoutMs),
          (error) => {
            abandoned = true;
            this.dropAtDeadline(name, connections, error);
          },
        ),
      );
    } catch (error) {
      // What `work` throws on purpose (a refused input, say) reaches the caller unchanged.
      if (!(error instanceof Neo4jError) && !(error instanceof DatabaseError)) throw error;
      throw toDatabaseError(error, this.settings.uri);
    } finally {
      this.inFlight -= 1;
      this.writesFinished += 1;
      if (abandoned) void session.close().catch(() => undefined);
      else await session.close();
    }
  }

  /** Neo4j's plan for an analyst's query, on the analysts' pool (see analyst-queries.ts). */
  explain(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options: PlanOptions = {},
  ): Promise<QueryPlan> {
    return this.analysts.explain(name, cypher, parameters, options);
  }

  /** An analyst's query, read-only, capped and bounded, on the analysts' pool (see analyst-queries.ts). */
  readCapped(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options: CappedReadOptions,
  ): Promise<CappedRead> {
    return this.analysts.readCapped(name, cypher, parameters, options);
  }

  /** The bookmarks reads wait for: one per database after the latest write. */
  async bookmarks(): Promise<string[]> {
    return [...(await this.driver.executeQueryBookmarkManager.getBookmarks())];
  }

  async close(): Promise<void> {
    this.breaker.stop();
    await Promise.all([this.driver.close(), this.analysts.close()]);
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
    bookmarkManager: BookmarkManager = options.bookmarks ?? this.driver.executeQueryBookmarkManager,
  ): Promise<Row[]> {
    if (options.stats) options.stats.roundTrips += 1;
    const timeoutMs = options.timeoutMs ?? this.settings.queryTimeoutMs;
    this.inFlight += 1;
    try {
      return await this.breaker.run(async (outage) => {
        const connections = new ConnectionsInUse();
        const abandon = new AbortController();
        /** Set when the bytes on the connection passed the request's budget, which dropped it. */
        let overBudget: AnswerTooLarge | undefined;
        const query = this.driver.executeQuery(cypher, parameters, {
          database: this.settings.database,
          routing,
          bookmarkManager,
          // An outage also stops the driver's retries, so nothing keeps knocking on a dead server.
          signal: AbortSignal.any([outage, abandon.signal, ...(options.signal ? [options.signal] : [])]),
          transactionConfig: { timeout: timeoutMs, metadata: { app: 'ibp-graph', query: name } },
          // Records are counted as they arrive, so a request past its budget stops reading there.
          resultTransformer: async (result) => {
            const rows: Row[] = [];
            const watched = connections.watch(result);
            const counting = options.received && (await watched);
            counting?.countBytes((bytes) => {
              try {
                options.received!.addBytes(bytes);
              } catch (error) {
                overBudget ??= error as AnswerTooLarge;
                // Aborted first, so that the driver does not retry on the connection it then loses.
                abandon.abort(overBudget);
                counting.drop(overBudget);
              }
            });
            try {
              for await (const record of result) {
                options.budget?.addRecord(record.keys.map((key) => record.get(key)));
                rows.push(toPlain(record.toObject()) as Row);
              }
            } finally {
              counting?.release();
            }
            return rows;
          },
        });
        try {
          return await withDeadline(query, this.deadlineFor(timeoutMs), (error) => {
            this.dropAtDeadline(name, connections, error);
            abandon.abort(error);
          });
        } catch (error) {
          throw overBudget ?? toDatabaseError(error, this.settings.uri);
        }
      });
    } finally {
      this.inFlight -= 1;
    }
  }

  private get deadlineMarginMs(): number {
    return this.settings.deadlineMarginMs ?? defaultDeadlineMarginMs;
  }

  /** A call's transaction timeout, the driver's retries and a margin: by then the server has given up too. */
  private deadlineFor(timeoutMs: number): number {
    return timeoutMs + (this.settings.retryTimeMs ?? defaultRetryTimeMs) + this.deadlineMarginMs;
  }

  private dropAtDeadline(name: string, connections: ConnectionsInUse, error: DatabaseError): void {
    this.logger?.warn({ query: name, problem: error.message }, 'database call past its deadline: connection dropped');
    connections.dropAll(error);
  }
}

/** The connections one call's results run on (one per attempt of a retried transaction), to drop at its deadline. */
class ConnectionsInUse {
  private readonly watched: Array<Promise<WatchedConnection>> = [];

  /** Notes the connection `result` runs on, and passes the result on. */
  track<T extends Result>(result: T): T {
    void this.watch(result);
    return result;
  }

  /** Notes the connection `result` runs on, and gives it once found. */
  watch(result: Result): Promise<WatchedConnection> {
    const watched = WatchedConnection.watch(result);
    this.watched.push(watched);
    return watched;
  }

  dropAll(reason: Error): void {
    for (const connection of this.watched) void connection.then((watched) => watched.drop(reason));
  }
}
