import { inject } from 'vitest';
import { Database } from '../../src/neo4j/database.js';

/** A connection to the run's throwaway Neo4j (see global-setup.ts). Close it in afterAll. */
export function connectTestDatabase(): Database {
  return Database.connect({
    uri: inject('neo4jUri'),
    user: 'neo4j',
    password: undefined,
    database: 'neo4j',
    queryTimeoutMs: 30_000,
    maxPoolSize: 10,
    connectTimeoutMs: 5_000,
  });
}
