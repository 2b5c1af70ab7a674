import { createRequestContext } from '../../src/context.js';
import type { Database } from '../../src/neo4j/database.js';
import { DocumentLibrary } from '../../src/seeds/document-library.js';
import { connectTestDatabase } from './database.js';
import { startTestService, type RunningService } from './service.js';

export interface CountedAnswer {
  data: Record<string, unknown> | null | undefined;
  errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> | undefined;
  /** Database round trips the operation took. */
  roundTrips: number;
}

/** Runs one operation in the service's Apollo Server, with a fresh request context that counts round trips. */
export async function runCounted(
  service: RunningService,
  dependencies: { database: Database; documents: DocumentLibrary },
  query: string,
  variables: Record<string, unknown> = {},
): Promise<CountedAnswer> {
  const context = createRequestContext(
    { ...dependencies, serviceVersion: 'test', traversalTimeoutMs: 60_000 },
    'counted',
  );
  const response = await service.apollo.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data, errors, roundTrips: context.stats.roundTrips };
}

export interface CountedService {
  /** Runs one operation with its round trips counted (see `runCounted`). */
  run(query: string, variables?: Record<string, unknown>): Promise<CountedAnswer>;
  stop(): Promise<void>;
}

/**
 * The service, a connection to the test database and the source documents: what tests that count
 * round trips need. The cost limit is lifted, since it would (rightly) refuse the wide operations
 * those tests ask; they are about batching.
 */
export async function startCountedService(): Promise<CountedService> {
  const database = connectTestDatabase();
  const service = await startTestService({ GRAPHQL_MAX_COST: '1000000000' });
  const documents = await DocumentLibrary.load();
  return {
    run: (query, variables = {}) => runCounted(service, { database, documents }, query, variables),
    stop: async () => {
      await service.stop();
      await database.close();
    },
  };
}
