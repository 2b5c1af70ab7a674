import { inject } from 'vitest';
import { Database, type DatabaseSettings } from '../../src/neo4j/database.js';

/** Settings for the run's throwaway Neo4j: no auth, generous timeouts for a loaded CI machine. */
export function testDatabaseSettings(uri: string): DatabaseSettings {
  return { uri, user: 'neo4j', password: undefined, database: 'neo4j', queryTimeoutMs: 30_000, maxPoolSize: 10, connectTimeoutMs: 5_000 };
}

/** A connection to the run's throwaway Neo4j (see global-setup.ts). Close it in afterAll. */
export function connectTestDatabase(): Database {
  return Database.connect(testDatabaseSettings(inject('neo4jUri')));
}
