import type { EntityRecord, RelationRecord } from '../graph/entity.js';
import { defaultBottleneckStatus, entityLabel, type RelationType } from '../graph/model.js';
import type { QueryRunner, TransactionRunner } from '../neo4j/database.js';
import { bottleneckStatusVersion, currentBottleneckStatus } from './bottleneck-repository.js';
import { anyRelation, nodeProjection, relationTypesExpression, toEntity, type NodeRow } from './cypher-fragments.js';
import { documentWithHash, linesOf, writeText, type PassageRecord, type StoredText } from './text-repository.js';

/** The kinds of node that can be recorded through the API. */
export const recordableLabels = [
  'Crossover',
  'Regio',
  'Document',
  'Stand',
  'Toezegging',
  'Knelpunt',
  'Rapportage',
  'RegionaalInitiatief',
] as const;
export type RecordableLabel = (typeof recordableLabels)[number];

/** The label a retracted node carries instead of `Entiteit` and its kind (kept in `soort`). */
export const retractedLabel = 'Ingetrokken';
/** The type a retracted relation is kept under; its own type is kept in `type`. */
export const retractedRelationType = 'INGETROKKEN';

/** One entry of the audit trail, as stored on a `Wijziging` node (snapshots as JSON text). */
export interface ChangeRow {
  id: string;
  soort: 'VASTGELEGD' | 'BEWERKT' | 'INGETROKKEN';
  mutatie: string;
  door: string;
  rol: string;
  via: string;
  op: string;
  onderwerp: string;
  knooppunten: string[];
  reden: string | null;
  voor: string | null;
  na: string | null;
  idempotentie: string;
  invoerHash: string;
}

/**
 * Writes of recorded facts. Every mutation runs as one write transaction through
 * `inTransaction`; the statements inside are the methods of `RecordingStore`.
 */
export class RecordingRepository {
  constructor(private readonly database: QueryRunner) {}

  /** Runs `work` in one write transaction; the driver may run it again after a transient failure. */
  inTransaction<T>(name: string, work: (store: RecordingStore) => Promise<T>): Promise<T> {
    return this.database.writeTransaction(name, (tx) => work(new RecordingStore(tx)));
  }

  /** The change recorded under this (caller-scoped) idempotency key, if any. */
  async findChange(idempotentie: string): Promise<ChangeRow | undefined> {
    const [row] = await this.database.read<{ change: ChangeRow }>(
      'change by idempotency key',
      'MATCH (w:Wijziging {idempotentie: $idempotentie}) RETURN properties(w) AS change',
      { idempotentie },
    );
    return row?.change;
  }

  /** The document whose text has these bytes, if it is still in the graph. */
  async documentWithHash(sha256: string): Promise<string | undefined> {
    const [row] = await this.database.read<{ id: string }>(
      'document by content hash',
      `MATCH (t:Documenttekst {sha256: $sha256}) MATCH (d:${entityLabel} {id: t.document}) RETURN d.id AS id`,
      { sha256 },
    );
    return row?.id;
  }

  /** An active relation by its ends, type and key. */
  async findRelation(
    van: string,
    type: RelationType,
    naar: string,
    sleutel: string,
  ): Promise<RelationRecord | undefined> {
    const [row] = await this.database.read<{ properties: Record<string, unknown> }>(
      'recorded relation',
      `MATCH (:${entityLabel} {id: $van})-[r${relationTypesExpression([type])} {sleutel: $sleutel}]->(:${entityLabel} {id: $naar})
       RETURN properties(r) AS properties`,
      { van, naar, sleutel },
    );
    return row && { type, van, naar, properties: row.properties };
  }
}

/** The statements of one write transaction. */
export class RecordingStore {
  constructor(private readonly tx: TransactionRunner) {}

  /**
   * Takes the write lock on each of these nodes (in id order, so that two transactions
   * cannot deadlock), then reads them. Reads after the lock see every change committed
   * before it, so checks for duplicates and versions cannot race.
   */
  async lockNodes(ids: readonly string[]): Promise<Map<string, EntityRecord>> {
    const sorted = [...new Set(ids)].sort();
    await this.tx.run(`UNWIND $ids AS id MATCH (n:${entityLabel} {id: id}) SET n._lock = true REMOVE n._lock`, {
      ids: sorted,
    });
    const rows = await this.tx.run(
      `UNWIND $ids AS id MATCH (n:${entityLabel} {id: id}) RETURN ${nodeProjection('n')} AS node`,
      { ids: sorted },
    );
    return new Map(rows.map((row) => toEntity(row.node as NodeRow)).map((entity) => [entity.id, entity]));
  }

  /** The current status of a knelpunt and its status version (see `bottleneckStatusVersion`). */
  async bottleneckStatusOf(id: string): Promise<{ status: string; version: number }> {
    const [row] = await this.tx.run(
      `MATCH (k:Knelpunt {id: $id})
       RETURN ${currentBottleneckStatus('k')} AS status, ${bottleneckStatusVersion('k')} AS version`,
      { id, defaultStatus: defaultBottleneckStatus },
    );
    return { status: String(row?.status), version: Number(row?.version) };
  }

  /** Whether an id is in use, by an active or a retracted node. */
  async isIdTaken(id: string): Promise<boolean> {
    const [row] = await this.tx.run(
      `OPTIONAL MATCH (a:${entityLabel} {id: $id}) OPTIONAL MATCH (b:${retractedLabel} {id: $id})
       RETURN a IS NOT NULL OR b IS NOT NULL AS taken`,
      { id },
    );
    return row?.taken === true;
  }

  async createNode(label: RecordableLabel, properties: Record<string, unknown>): Promise<void> {
    await this.tx.run(`CREATE (n:${entityLabel}:${checkedLabel(label)}) SET n = $properties`, { properties });
  }

  /** Sets these properties; a null removes one. */
  async updateNode(id: string, properties: Record<string, unknown>): Promise<void> {
    await this.tx.run(`MATCH (n:${entityLabel} {id: $id}) SET n += $properties`, { id, properties });
  }

  /** Takes the node out of the knowledge graph but keeps it, with its properties, as `Ingetrokken`. */
  async retractNode(id: string, label: RecordableLabel, properties: Record<string, unknown>): Promise<void> {
    const kind = checkedLabel(label);
    await this.tx.run(
      `MATCH (n:${entityLabel}:${kind} {id: $id})
       REMOVE n:${entityLabel}:${kind}
       SET n:${retractedLabel}, n += $properties, n.soort = $label`,
      { id, label, properties },
    );
  }

  /** The active relations of a node that were recorded through the API. */
  async recordedRelationsOf(id: string): Promise<RelationRecord[]> {
    const rows = await this.tx.run(
      `MATCH (n:${entityLabel} {id: $id})-[r${anyRelation}]-(:${entityLabel})
       WHERE r.herkomst = 'api'
       RETURN type(r) AS type, startNode(r).id AS van, endNode(r).id AS naar, properties(r) AS properties
       ORDER BY type, van, naar`,
      { id },
    );
    return rows.map((row) => row as unknown as RelationRecord);
  }

  /** The active relations of this type from `van` to `naar`, recorded or from the documents. */
  async relationsBetween(van: string, type: RelationType, naar: string): Promise<RelationRecord[]> {
    const rows = await this.tx.run(
      `MATCH (:${entityLabel} {id: $van})-[r${relationTypesExpression([type])}]->(:${entityLabel} {id: $naar})
       RETURN properties(r) AS properties`,
      { van, naar },
    );
    return rows.map((row) => ({ type, van, naar, properties: row.properties as Record<string, unknown> }));
  }

  async createRelation(
    van: string,
    type: RelationType,
    naar: string,
    properties: Record<string, unknown>,
  ): Promise<void> {
    await this.tx.run(
      `MATCH (a:${entityLabel} {id: $van}), (b:${entityLabel} {id: $naar})
       CREATE (a)-[r${relationTypesExpression([type])}]->(b) SET r = $properties`,
      { van, naar, properties },
    );
  }

  async updateRelation(relation: RelationRecord, properties: Record<string, unknown>): Promise<void> {
    await this.tx.run(
      `MATCH (:${entityLabel} {id: $van})-[r${relationTypesExpression([relation.type])} {sleutel: $sleutel}]->(:${entityLabel} {id: $naar})
       SET r += $properties`,
      { van: relation.van, naar: relation.naar, sleutel: relation.properties.sleutel, properties },
    );
  }

  /**
   * Relation types cannot change in place, so a retracted relation is replaced by an
   * `INGETROKKEN` relation between the same nodes, with all its properties and its old type.
   */
  async retractRelation(relation: RelationRecord, properties: Record<string, unknown>): Promise<void> {
    await this.tx.run(
      `MATCH (a:${entityLabel} {id: $van})-[r${relationTypesExpression([relation.type])} {sleutel: $sleutel}]->(b:${entityLabel} {id: $naar})
       CREATE (a)-[x:${retractedRelationType}]->(b)
       SET x = properties(r), x += $properties, x.type = type(r)
       DELETE r`,
      { van: relation.van, naar: relation.naar, sleutel: relation.properties.sleutel, properties },
    );
  }

  /** Active crossovers that join exactly these opgaven, with their names. */
  async crossoversJoining(opgaven: readonly string[]): Promise<Array<{ id: string; naam: string }>> {
    const rows = await this.tx.run(
      `MATCH (:Opgave {id: $first})<-[:VERBINDT]-(c:Crossover)
       MATCH (c)-[:VERBINDT]->(o:Opgave)
       WITH c, collect(o.id) AS joined
       WHERE size(joined) = size($opgaven) AND all(id IN joined WHERE id IN $opgaven)
       RETURN c.id AS id, c.naam AS naam`,
      { first: opgaven[0], opgaven },
    );
    return rows as Array<{ id: string; naam: string }>;
  }

  /** Name (and web address) of every active node of this kind, to spot one recorded twice. */
  async namesOf(label: RecordableLabel): Promise<Array<{ id: string; naam: string; url: string | null }>> {
    const rows = await this.tx.run(
      `MATCH (n:${entityLabel}:${checkedLabel(label)}) RETURN n.id AS id, n.naam AS naam, n.url AS url`,
      {},
    );
    return rows as Array<{ id: string; naam: string; url: string | null }>;
  }

  /** How many active nodes and relations cite this document as a source. */
  async citationsOf(documentId: string): Promise<number> {
    const [row] = await this.tx.run(
      `CALL () { MATCH (n:${entityLabel}) WHERE $id IN n.bronDocument RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r${anyRelation}]->() WHERE $id IN r.bronDocument RETURN count(r) AS relations }
       RETURN nodes + relations AS citations`,
      { id: documentId },
    );
    return Number(row?.citations ?? 0);
  }

  async findChange(idempotentie: string): Promise<ChangeRow | undefined> {
    const [row] = await this.tx.run(
      'MATCH (w:Wijziging {idempotentie: $idempotentie}) RETURN properties(w) AS change',
      {
        idempotentie,
      },
    );
    return row?.change as ChangeRow | undefined;
  }

  /** The lines of each of these documents that has a text in the service. */
  linesOf(documents: readonly string[]): Promise<Map<string, string[]>> {
    return linesOf(this.tx, documents);
  }

  /** The document whose text has these bytes, if any. */
  documentWithHash(sha256: string): Promise<{ id: string; active: boolean } | undefined> {
    return documentWithHash(this.tx, sha256);
  }

  /** Stores an ingested document's text and passages beside its node. */
  writeText(document: string, text: StoredText, passages: readonly Omit<PassageRecord, 'document'>[]): Promise<void> {
    return writeText(this.tx, document, text, passages, 'api');
  }

  /** Appends to the audit trail. Not linked to the graph by relations, so traversals never walk into it. */
  async appendChange(change: ChangeRow): Promise<void> {
    await this.tx.run('CREATE (w:Wijziging) SET w = $change', { change });
  }
}

function checkedLabel(label: string): RecordableLabel {
  if (!(recordableLabels as readonly string[]).includes(label)) throw new Error(`not a recordable label: ${label}`);
  return label as RecordableLabel;
}
