import type { Database } from './database.js';
import type { Logger } from '../logger.js';

/**
 * The database schema: constraints and indexes, and the moves of stored data they imply. Every
 * statement is idempotent (`IF NOT EXISTS`, or a match of only what is still to move), so they all
 * run at every start and a new one is simply appended.
 * Every node of the knowledge graph carries the label `Entiteit` besides its own kind,
 * so one constraint keeps ids unique across kinds and one full-text index covers them all.
 */
export const migrations: ReadonlyArray<{ name: string; cypher: string }> = [
  {
    name: 'unique entity id',
    cypher: 'CREATE CONSTRAINT entiteit_id IF NOT EXISTS FOR (n:Entiteit) REQUIRE n.id IS UNIQUE',
  },
  {
    name: 'entity name index for sorting and prefix lookups',
    cypher: 'CREATE INDEX entiteit_naam IF NOT EXISTS FOR (n:Entiteit) ON (n.naam)',
  },
  {
    name: 'full-text search over names and descriptions with the Dutch analyzer',
    cypher: `CREATE FULLTEXT INDEX zoekindex IF NOT EXISTS
             FOR (n:Entiteit) ON EACH [n.naam, n.afkorting, n.beschrijving]
             OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'dutch', \`fulltext.eventually_consistent\`: false } }`,
  },
  {
    name: 'unique change id in the audit trail',
    cypher: 'CREATE CONSTRAINT wijziging_id IF NOT EXISTS FOR (w:Wijziging) REQUIRE w.id IS UNIQUE',
  },
  {
    // A retried mutation with the same key (per caller) cannot be applied twice, even concurrently.
    name: 'unique idempotency key per caller',
    cypher: 'CREATE CONSTRAINT wijziging_idempotentie IF NOT EXISTS FOR (w:Wijziging) REQUIRE w.idempotentie IS UNIQUE',
  },
  {
    // Keys were `door|key` until they named how the caller signed in (`via:door|key`, see recorder.ts),
    // so that a name given on the command line cannot meet a JWT subject. A key of either form never
    // has the other's prefix (keys hold no `|`), so this moves each old key once and then finds none.
    name: 'idempotency keys namespaced by how the caller signed in',
    cypher: `MATCH (w:Wijziging)
             WHERE w.via IS NOT NULL AND w.idempotentie STARTS WITH w.door + '|'
               AND NOT w.idempotentie STARTS WITH w.via + ':' + w.door + '|'
             SET w.idempotentie = w.via + ':' + w.idempotentie`,
  },
  {
    name: 'audit trail by time',
    cypher: 'CREATE INDEX wijziging_op IF NOT EXISTS FOR (w:Wijziging) ON (w.op)',
  },
  {
    name: 'retracted nodes by id, for their history',
    cypher: 'CREATE INDEX ingetrokken_id IF NOT EXISTS FOR (n:Ingetrokken) ON (n.id)',
  },
  {
    name: 'one text per document',
    cypher: 'CREATE CONSTRAINT documenttekst_document IF NOT EXISTS FOR (t:Documenttekst) REQUIRE t.document IS UNIQUE',
  },
  {
    // The same bytes are one document, even when two requests bring them at once.
    name: 'one document per content hash',
    cypher: 'CREATE CONSTRAINT documenttekst_sha256 IF NOT EXISTS FOR (t:Documenttekst) REQUIRE t.sha256 IS UNIQUE',
  },
  {
    name: 'passages by document',
    cypher: 'CREATE INDEX passage_document IF NOT EXISTS FOR (p:Passage) ON (p.document, p.nummer)',
  },
  {
    name: 'full-text search over the passages of the texts with the Dutch analyzer',
    cypher: `CREATE FULLTEXT INDEX passagezoekindex IF NOT EXISTS
             FOR (p:Passage) ON EACH [p.tekst]
             OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'dutch', \`fulltext.eventually_consistent\`: false } }`,
  },
];

const indexWaitSeconds = 300;

/** Applies every migration, then waits until all indexes are online. */
export async function applyMigrations(database: Database, logger: Logger): Promise<void> {
  for (const migration of migrations) {
    await database.write(`migration: ${migration.name}`, migration.cypher, {});
  }
  await database.write(
    'await indexes',
    'CALL db.awaitIndexes($seconds)',
    { seconds: indexWaitSeconds },
    { timeoutMs: (indexWaitSeconds + 10) * 1000 },
  );
  logger.info({ migrations: migrations.length }, 'database schema is up to date');
}
