import { inject } from 'vitest';
import { Database, type DatabaseSettings } from '../../src/neo4j/database.js';

/** Settings for the run's throwaway Neo4j: no auth, generous timeouts for a loaded CI machine. */
export function testDatabaseSettings(uri: string): DatabaseSettings {
  return {
    uri,
    user: 'neo4j',
    password: undefined,
    database: 'neo4j',
    queryTimeoutMs: 30_000,
    maxPoolSize: 10,
    connectTimeoutMs: 5_000,
  };
}

/** A connection to the run's throwaway Neo4j (see global-setup.ts). Close it in afterAll. */
export function connectTestDatabase(): Database {
  return Database.connect(testDatabaseSettings(inject('neo4jUri')));
}

/** How many nodes and relations the graph holds: tests that must leave it as they found it compare this. */
export async function graphSize(database: Database): Promise<{ nodes: number; relations: number }> {
  const [row] = await database.read<{ nodes: number; relations: number }>(
    'graph size',
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relations',
    {},
  );
  return row!;
}
