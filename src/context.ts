import type { Database, QueryStats } from './neo4j/database.js';
import { createRepositories, type Repositories } from './repositories/index.js';

/** What every resolver of one GraphQL request can reach. Created fresh per request. */
export interface RequestContext {
  requestId: string;
  serviceVersion: string;
  /** Database round trips of this request; logged, and asserted on by the N+1 tests. */
  stats: QueryStats;
  repositories: Repositories;
}

export function createRequestContext(database: Database, requestId: string, serviceVersion: string): RequestContext {
  const stats: QueryStats = { roundTrips: 0 };
  return {
    requestId,
    serviceVersion,
    stats,
    repositories: createRepositories(database.counting(stats), database.name),
  };
}
