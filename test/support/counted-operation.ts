import { createRequestContext } from '../../src/context.js';
import type { Database } from '../../src/neo4j/database.js';
import type { DocumentLibrary } from '../../src/seeds/document-library.js';
import type { RunningService } from './service.js';

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
  const context = createRequestContext({ ...dependencies, serviceVersion: 'test', traversalTimeoutMs: 5000 }, 'counted');
  const response = await service.apollo.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data, errors, roundTrips: context.stats.roundTrips };
}
