import {
  actorLabel,
  entityLabel,
  isActorLabel,
  nodeLabels,
  relationTypeNames,
  type NodeLabel,
  type RelationType,
} from '../graph/model.js';
import type { Database, TransactionRunner } from '../neo4j/database.js';
import { retractedLabel, retractedRelationType } from './recording-repository.js';
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
  /** Ids the node had in earlier seed files (`vervangt`); not stored. */
  replaces?: readonly string[];
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
/** Loading is one transaction of a few hundred statements: on a busy machine it takes far longer than a read. */
const loadTimeoutMs = 300_000;

/** Writes seed data: idempotent (`UNWIND` + `MERGE`), in batches, in one transaction. */
export class SeedRepository {
  constructor(private readonly database: Database) {}

  async fingerprint(): Promise<string | undefined> {
    const [row] = await this.database.read<{ fingerprint: string }>(
      'seed fingerprint',
      // An imported graph has the fingerprint but not the seeded documents' texts, which the export
      // leaves out: without them the seeds count as not loaded, and loading writes the texts again.
      `MATCH (s:SeedVersie {naam: 'ibp'}) WHERE EXISTS { MATCH (:Documenttekst {herkomst: 'seed'}) }
       RETURN s.vingerafdruk AS fingerprint`,
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
    await this.database.writeTransaction(
      'load seeds',
      async (tx) => {
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
        await removeStaleLabels(tx, nodes);
        await moveRecordedRelations(tx, nodes);
        await tx.run(`MATCH ()-[r]->() WHERE r.herkomst = $origin AND NOT r.sleutel IN $keys DELETE r`, {
          origin: seedOrigin,
          keys: relations.map((relation) => relation.properties.sleutel),
        });
        await retractVanishedNodes(tx, nodes);
        for (const text of texts) await writeText(tx, text.document, text, text.passages, seedOrigin);
        await removeSeedTextsExcept(
          tx,
          texts.map((text) => text.document),
        );
        await tx.run("MERGE (s:SeedVersie {naam: 'ibp'}) SET s.vingerafdruk = $fingerprint, s.geladen = datetime()", {
          fingerprint,
        });
      },
      { timeoutMs: loadTimeoutMs },
    );
  }
}

/**
 * A node whose kind changed in the files keeps its id; `SET n:Kind` adds the new label, so the
 * old one (and `Actor`, when it is no longer an actor) is removed here.
 */
async function removeStaleLabels(tx: TransactionRunner, nodes: readonly NodeRow[]): Promise<void> {
  for (const label of [...nodeLabels, actorLabel]) {
    const others = nodes
      .filter((node) => (label === actorLabel ? !isActorLabel(node.label) : node.label !== label))
      .map((node) => node.properties.id);
    // Labels cannot be parameters; these come from the model's fixed list.
    await tx.run(`MATCH (n:${label}) WHERE n.herkomst = $origin AND n.id IN $ids REMOVE n:${label}`, {
      origin: seedOrigin,
      ids: others,
    });
  }
}

/** Every relation type a recorded fact can have: the model's and that of a retracted relation. */
const movableTypes = [...relationTypeNames, retractedRelationType];

/**
 * What was recorded against a node under an earlier id (`vervangt` in the seed files) moves to
 * the node that replaces it, before the earlier node goes; the relation's key follows its ends.
 */
async function moveRecordedRelations(tx: TransactionRunner, nodes: readonly NodeRow[]): Promise<void> {
  const pairs = nodes.flatMap((node) => (node.replaces ?? []).map((earlier) => ({ earlier, id: node.properties.id })));
  if (pairs.length === 0) return;
  const renamedKey = `reduce(key = '', part IN split(r.sleutel, '>') |
    key + CASE WHEN key = '' THEN '' ELSE '>' END + CASE part WHEN pair.earlier THEN pair.id ELSE part END)`;
  for (const type of movableTypes) {
    await tx.run(
      `UNWIND $pairs AS pair
       MATCH (earlier:${entityLabel} {id: pair.earlier})-[r:${type}]->(other) WHERE r.herkomst <> $origin
       MATCH (node:${entityLabel} {id: pair.id})
       CREATE (node)-[moved:${type}]->(other) SET moved = properties(r), moved.sleutel = ${renamedKey}
       DELETE r`,
      { pairs, origin: seedOrigin },
    );
    await tx.run(
      `UNWIND $pairs AS pair
       MATCH (earlier:${entityLabel} {id: pair.earlier})<-[r:${type}]-(other) WHERE r.herkomst <> $origin
       MATCH (node:${entityLabel} {id: pair.id})
       CREATE (other)-[moved:${type}]->(node) SET moved = properties(r), moved.sleutel = ${renamedKey}
       DELETE r`,
      { pairs, origin: seedOrigin },
    );
  }
}

/**
 * Seeded nodes no longer in the files go, with their seeded relations. One that still carries
 * recorded facts is kept as retracted (`Ingetrokken`), as a retraction through the API would, so
 * nothing recorded is lost; its recorded relations stay as they are, out of the graph's reach.
 */
async function retractVanishedNodes(tx: TransactionRunner, nodes: readonly NodeRow[]): Promise<void> {
  const ids = nodes.map((node) => node.properties.id);
  await tx.run(
    `MATCH (n:${entityLabel}) WHERE n.herkomst = $origin AND NOT n.id IN $ids
       AND NOT EXISTS { (n)-[r]-() WHERE r.herkomst <> $origin }
     DETACH DELETE n`,
    { origin: seedOrigin, ids },
  );
  for (const label of nodeLabels) {
    await tx.run(
      `MATCH (n:${entityLabel}:${label}) WHERE n.herkomst = $origin AND NOT n.id IN $ids
       REMOVE n:${entityLabel}:${label}:${actorLabel}
       SET n:${retractedLabel}, n.soort = $label, n.ingetrokkenOp = $now, n.reden = $reason`,
      { origin: seedOrigin, ids, label, now: new Date().toISOString(), reason: 'niet meer in de seedbestanden' },
    );
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
