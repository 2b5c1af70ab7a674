import { anonymous, type Caller } from './auth/caller.js';
import type { CandidateCache } from './graph/candidate-cache.js';
import { createLoaders, type Loaders } from './loaders/index.js';
import { defaultMaxDepth } from './neo4j/answer-budget.js';
import type { Database, QueryStats } from './neo4j/database.js';
import { RequestBookmarks } from './neo4j/request-bookmarks.js';
import type { CypherSettings } from './repositories/cypher-repository.js';
import { createRepositories, type Repositories } from './repositories/index.js';
import type { DocumentLibrary } from './seeds/document-library.js';

const defaultIngestMaxBytes = 10 * 1024 ** 2;

/** What every resolver of one GraphQL request can reach. Created fresh per request. */
export interface RequestContext {
  requestId: string;
  /** Who is asking (see auth/authenticate.ts). */
  caller: Caller;
  serviceVersion: string;
  /** Database round trips of this request; logged, and asserted on by the N+1 tests. */
  stats: QueryStats;
  /** What this request's database calls wait for, and the bookmark its writes got (see request-bookmarks.ts). */
  bookmarks: RequestBookmarks;
  repositories: Repositories;
  loaders: Loaders;
  documents: DocumentLibrary;
  /** The largest file `documentInlezen` takes in (INGEST_MAX_SIZE). */
  ingestMaxBytes: number;
  /**
   * Whether the operation log has written this request's line (the HTTP log then writes none). An
   * object, since Apollo gives each operation a shallow copy of the context.
   */
  operationLog: { written: boolean };
  /**
   * Spends the operation's estimated cost from the caller's rate-limit budget (see
   * http/rate-limit.ts); throws RATE_LIMITED when it does not fit. Unset: no budget applies.
   */
  spendCost?: (cost: number) => Promise<void>;
}

/** What lives for the whole process and every request shares. */
export interface ContextDependencies {
  database: Database;
  traversalTimeoutMs: number;
  /** Limits of the analysts' Cypher (defaults when left out). */
  cypher?: CypherSettings;
  /** Bytes of database answers one request may read in all (GRAPHQL_MAX_READ_SIZE); left out, no limit. */
  maxReadBytes?: number;
  documents: DocumentLibrary;
  /** INGEST_MAX_SIZE; left out, the default of 10 MB. */
  ingestMaxBytes?: number;
  serviceVersion: string;
  /** Candidate crossovers by graph version, for the whole process; left out, every request computes them. */
  candidateCache?: CandidateCache;
}

export function createRequestContext(
  dependencies: ContextDependencies,
  requestId: string,
  caller: Caller = anonymous,
  /** Bookmarks the caller sent back, from a write through another process of the service. */
  sentBookmarks: readonly string[] = [],
): RequestContext {
  const stats: QueryStats = { roundTrips: 0 };
  const bookmarks = new RequestBookmarks(dependencies.database.processBookmarks, sentBookmarks);
  const limits =
    dependencies.maxReadBytes === undefined
      ? undefined
      : { maxBytes: dependencies.maxReadBytes, maxDepth: defaultMaxDepth };
  const repositories = createRepositories(dependencies.database.counting(stats, limits, bookmarks), {
    databaseName: dependencies.database.name,
    traversalTimeoutMs: dependencies.traversalTimeoutMs,
    cypher: dependencies.cypher,
    candidateCache: dependencies.candidateCache,
  });
  return {
    requestId,
    caller,
    serviceVersion: dependencies.serviceVersion,
    stats,
    bookmarks,
    repositories,
    loaders: createLoaders(repositories),
    documents: dependencies.documents,
    ingestMaxBytes: dependencies.ingestMaxBytes ?? defaultIngestMaxBytes,
    operationLog: { written: false },
  };
}
