import { Database } from '../../src/neo4j/database.js';
import { testDatabaseSettings } from './database.js';
import { startThrowawayNeo4j } from './throwaway-neo4j.js';

export interface PrivateNeo4j {
  uri: string;
  database: Database;
  stop(): Promise<void>;
}

/**
 * A Neo4j of one test file's own, for tests that write: what they record cannot change what
 * the read-only tests (which share the run's database) count.
 */
export async function startPrivateNeo4j(options: { seeded: boolean }): Promise<PrivateNeo4j> {
  const neo4j = await startThrowawayNeo4j({ seeded: options.seeded, heap: '384m', pageCache: '32m' });
  const database = Database.connect(testDatabaseSettings(neo4j.uri));
  return {
    uri: neo4j.uri,
    database,
    stop: async () => {
      await database.close();
      await neo4j.stop();
    },
  };
}
