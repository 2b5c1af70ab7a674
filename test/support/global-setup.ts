import type { TestProject } from 'vitest/node';
import { startThrowawayNeo4j } from './throwaway-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jDataDir: string;
  }
}

/**
 * Starts a real Neo4j for the test run (see throwaway-neo4j.ts). It holds the seeded knowledge
 * graph; tests that write use ids of their own and clean up.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const neo4j = await startThrowawayNeo4j({ seeded: true, heap: '512m', pageCache: '64m' });
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jDataDir', neo4j.dataDir);
  return () => neo4j.stop();
}
