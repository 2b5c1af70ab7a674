import neo4j, { Neo4jError, type BookmarkManager, type Driver, type Transaction } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { AnswerBudget, defaultMaxAnswerBytes, defaultMaxDepth } from './answer-budget.js';
import { WatchedConnection } from './connection-access.js';
import { withDeadline } from './deadline.js';
import { DatabaseError, toDatabaseError, type AnswerTooLarge } from './errors.js';
import { toJsonValue, toNeo4jParameters } from './values.js';

/** What Neo4j's plan says of a query (from `EXPLAIN`), for checking it before it runs. */
export interface QueryPlan {
  /** `r` (read), `w` (write), `rw` (read and write) or `s` (schema or administration). */
  queryType: string;
  /** Every operator of the plan, depth first, e.g. `{ type: 'ProcedureCall@neo4j', details: 'db.labels() :: (...)' }`. */
  operators: Array<{ type: string; details: string }>;
}

export interface PlanOptions {
  stats?: { roundTrips: number };
  /** The bookmarks to wait for (one request's, see request-bookmarks.ts); the process's when left out. */
  bookmarks?: BookmarkManager;
  /** The transaction timeout; the database's query timeout when left out. */
  timeoutMs?: number;
}

export interface CappedReadOptions extends PlanOptions {
  /** Rows to keep; the rest of the result is never pulled from the server. */
  maxRows: number;
  /** Bytes the answer may take, counted as they arrive; past it the read stops with TOO_LARGE. */
  maxBytes?: number;
  /** Levels a returned value may nest; deeper, the read stops with TOO_LARGE. */
  maxDepth?: number;
  /**
   * Records pulled per round trip (default 1). Neo4j 5.26 encodes all of them into direct memory
   * before much of it reaches the client, a huge value about three times over, so few records at a
   * time keep one analyst's answer from exhausting the memory every connection shares.
   */
  fetchSize?: number;
}

/** The first rows of a result as JSON (see `toJsonValue`), and whether there were more. */
export interface CappedRead {
  keys: string[];
  rows: Array<Record<string, unknown>>;
  truncated: boolean;
}

/** What the analysts' Cypher endpoint needs of the database: a query's plan, and a capped read-only run. */
export interface PlanningRunner {
  explain(name: string, cypher: string, parameters: Record<string, unknown>, options: PlanOptions): Promise<QueryPlan>;
  readCapped(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options: CappedReadOptions,
  ): Promise<CappedRead>;
}

export interface AnalystQuerySettings {
  database: string;
  uri: string;
  defaultTimeoutMs: number;
  /** How long past its transaction timeout a query is waited for before its connection is dropped. */
  deadlineMarginMs: number;
  /** How long a query may wait for a connection (all are taken by other analysts), and for BEGIN. */
  acquisitionTimeoutMs: number;
}

/**
 * Analysts' own Cypher, on a driver of its own with a small pool, so that however many analysts'
 * queries run or hang, the pool the rest of the API reads from stays free; and outside the circuit
 * breaker, so that an analyst's lost connection never counts as the database being away. Each query
 * has a deadline the service keeps itself, and its answer a byte budget and a nesting limit counted
 * as it arrives; past any of them the connection is dropped, not waited on.
 */
export class AnalystQueries implements PlanningRunner {
  constructor(
    private readonly driver: Driver,
    private readonly bookmarkManager: BookmarkManager,
    private readonly settings: AnalystQuerySettings,
    /** Throws while the database is known to be away, so that analysts too fail at once then. */
    private readonly refuseDuringOutage: () => void,
    private readonly logger?: Logger,
  ) {}

  /**
   * Neo4j's plan for a query, without running it (`EXPLAIN`), in a read-only transaction.
   * Parameters are passed as well, so that the plan is the one the query will run with.
   */
  async explain(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options: PlanOptions,
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
   * Runs one query in a read-only transaction (Neo4j refuses any write in it) and keeps the first
   * `maxRows` rows. Records are pulled in batches as they are read; after the cap the rest of the
   * result is discarded on the server, so a query that would return millions of rows costs no
   * more than the cap. Bytes are counted as they arrive on the connection and as the values of each
   * record; past `maxBytes`, or at a value nested deeper than `maxDepth`, the connection is dropped
   * at once, so a single huge record is never read whole. The transaction is rolled back, never
   * committed, and not retried.
   */
  async readCapped(
    name: string,
    cypher: string,
    parameters: Record<string, unknown>,
    options: CappedReadOptions,
  ): Promise<CappedRead> {
    const neo4jParameters = toNeo4jParameters(parameters) as Record<string, unknown>;
    const limits = {
      maxBytes: options.maxBytes ?? defaultMaxAnswerBytes,
      maxDepth: options.maxDepth ?? defaultMaxDepth,
    };
    const fetchSize = Math.min(options.maxRows + 1, options.fetchSize ?? 1);
    return this.inReadTransaction(
      name,
      options,
      async (tx, connection) => {
        const received = new AnswerBudget(limits);
        connection.countBytes((bytes) => {
          try {
            received.addBytes(bytes);
          } catch (error) {
            connection.drop(error as AnswerTooLarge);
          }
        });
        const values = new AnswerBudget(limits);
        const result = tx.run(cypher, neo4jParameters);
        const keys = [...(await result.keys())].map(String);
        const rows: Array<Record<string, unknown>> = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length === options.maxRows) {
            truncated = true;
            break; // ends the iteration, which discards the rest on the server
          }
          // Measured before it is converted: conversion recurses as deep as the value goes.
          values.addRecord(keys.map((key) => record.get(key)));
          rows.push(Object.fromEntries(keys.map((key) => [key, toJsonValue(record.get(key))])));
        }
        return { keys, rows, truncated };
      },
      fetchSize,
    );
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * An explicit read transaction on a connection of the analysts' pool, always rolled back. Two
   * deadlines: for a connection and BEGIN, and then for the work, its transaction timeout plus a
   * margin. A connection is dropped at a deadline, past a budget, or after any failure other than
   * Neo4j's own answer (a driver that overflowed its stack decoding a record, say), since its state
   * is then unknown; the error says why.
   */
  private async inReadTransaction<T>(
    name: string,
    options: PlanOptions,
    work: (tx: Transaction, connection: WatchedConnection) => Promise<T>,
    fetchSize?: number,
  ): Promise<T> {
    this.refuseDuringOutage();
    if (options.stats) options.stats.roundTrips += 1;
    const timeoutMs = options.timeoutMs ?? this.settings.defaultTimeoutMs;
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: options.bookmarks ?? this.bookmarkManager,
      ...(fetchSize !== undefined && { fetchSize }),
    });
    let connection: WatchedConnection | undefined;
    let abandoned: DatabaseError | undefined;
    try {
      const tx = await withDeadline(
        this.begin(session, name, timeoutMs, (began) => {
          connection = began;
          if (abandoned) began.drop(abandoned);
        }),
        this.settings.acquisitionTimeoutMs + this.settings.deadlineMarginMs,
        (error) => {
          abandoned = error;
          this.logger?.warn({ query: name, problem: error.message }, 'no connection or BEGIN by the deadline');
        },
      );
      const watched = connection!;
      const attempt = (async () => {
        try {
          return await work(tx, watched);
        } catch (error) {
          if (!(error instanceof Neo4jError) || error.code === 'ServiceUnavailable') watched.drop(asError(error));
          throw error;
        } finally {
          watched.release();
          if (!watched.dropReason && tx.isOpen()) await tx.rollback().catch(() => undefined);
        }
      })();
      return await withDeadline(attempt, timeoutMs + this.settings.deadlineMarginMs, (error) => {
        this.logger?.warn(
          { query: name, problem: error.message },
          'analyst query past its deadline: connection dropped',
        );
        watched.drop(error);
      });
    } catch (error) {
      // When the service dropped the connection, its reason, not what the driver made of it.
      const reason = connection?.dropReason ?? abandoned;
      throw toDatabaseError(reason instanceof DatabaseError ? reason : error, this.settings.uri);
    } finally {
      // Closing waits for the connection to come back from the server, at once when it was dropped;
      // one the service could not reach, or never got, is left to the driver's own timeouts.
      if (connection?.reachable && !abandoned) await session.close();
      else void session.close().catch(() => undefined);
    }
  }

  private async begin(
    session: ReturnType<Driver['session']>,
    name: string,
    timeoutMs: number,
    onConnection: (connection: WatchedConnection) => void,
  ): Promise<Transaction> {
    const tx = await session.beginTransaction({ timeout: timeoutMs, metadata: { app: 'ibp-graph', query: name } });
    onConnection(await WatchedConnection.watch(tx));
    return tx;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
