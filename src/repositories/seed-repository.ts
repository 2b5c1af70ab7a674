import { actorLabel, entityLabel, isActorLabel, type NodeLabel, type RelationType } from '../graph/model.js';
import type { Database, TransactionRunner } from '../neo4j/database.js';
import type { DocumentText } from '../ingestion/document-text.js';
import { removeSeedTextsExcept, writeText } from './text-repository.js';

/** A source document's text, as the seed loader stores it beside the document's node. */
export interface SeedText extends DocumentText {
  document: string;
}

/** A node as stored: its kind and its properties (sources and variants already flattened). */
export interface NodeRow {
  label: NodeLabel;
  properties: Record<string, unknown> & { id: string };
}

/** A relation as stored; `sleutel` identifies it, so loading it again updates it in place. */
export interface RelationRow {
  type: RelationType;
  van: string;
  naar: string;
  properties: Record<string, unknown> & { sleutel: string };
}

const batchSize = 500;
const seedOrigin = 'seed' as const;

/** Writes seed data: idempotent (`UNWIND` + `MERGE`), in batches, in one transaction. */
export class SeedRepository {
  constructor(private readonly database: Database) {}

  async fingerprint(): Promise<string | undefined> {
    const [row] = await this.database.read<{ fingerprint: string }>(
      'seed fingerprint',
      "MATCH (s:SeedVersie {naam: 'ibp'}) RETURN s.vingerafdruk AS fingerprint",
      {},
    );
    return row?.fingerprint;
  }

  /**
   * Makes the seeded part of the graph exactly the given nodes and relations: merges them,
   * removes seeded nodes and relations that are no longer in the files, and records the
   * fingerprint, all in one transaction.
   */
  async replaceSeededGraph(
    nodes: NodeRow[],
    relations: RelationRow[],
    fingerprint: string,
    texts: readonly SeedText[] = [],
  ): Promise<void> {
    await this.database.writeTransaction('load seeds', async (tx) => {
      for (const [label, rows] of groupBy(nodes, (node) => node.label)) {
        const labels = [label, ...(isActorLabel(label) ? [actorLabel] : [])].map((name) => `:${name}`).join('');
        // Labels cannot be parameters; they come from the model's fixed list, never from input.
        await inBatches(
          tx,
          rows,
          `
          UNWIND $rows AS row
          MERGE (n:${entityLabel} {id: row.properties.id})
          SET n = row.properties
          SET n${labels}`,
        );
      }
      for (const [type, rows] of groupBy(relations, (relation) => relation.type)) {
        await inBatches(
          tx,
          rows,
          `
          UNWIND $rows AS row
          MATCH (van:${entityLabel} {id: row.van}), (naar:${entityLabel} {id: row.naar})
          MERGE (van)-[r:${type} {sleutel: row.properties.sleutel}]->(naar)
          SET r = row.properties`,
        );
      }
      await tx.run(`MATCH ()-[r]->() WHERE r.herkomst = $origin AND NOT r.sleutel IN $keys DELETE r`, {
        origin: seedOrigin,
        keys: relations.map((relation) => relation.properties.sleutel),
      });
      await tx.run(`MATCH (n:${entityLabel}) WHERE n.herkomst = $origin AND NOT n.id IN $ids DETACH DELETE n`, {
        origin: seedOrigin,
        ids: nodes.map((node) => node.properties.id),
      });
      for (const text of texts) await writeText(tx, text.document, text, text.passages, seedOrigin);
      await removeSeedTextsExcept(
        tx,
        texts.map((text) => text.document),
      );
      await tx.run("MERGE (s:SeedVersie {naam: 'ibp'}) SET s.vingerafdruk = $fingerprint, s.geladen = datetime()", {
        fingerprint,
      });
    });
  }
}

async function inBatches(tx: TransactionRunner, rows: readonly unknown[], cypher: string): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    await tx.run(cypher, { rows: rows.slice(start, start + batchSize) });
  }
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

export { seedOrigin };
