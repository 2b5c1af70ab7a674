import {
  actorLabel,
  entityLabel,
  isActorLabel,
  nodeLabels,
  relationTypeNames,
  type NodeLabel,
} from '../graph/model.js';
import type { QueryRunner } from '../neo4j/database.js';
import { retractedLabel, retractedRelationType } from './recording-repository.js';
import { revocationLabel } from './token-revocation-repository.js';

/**
 * Reads the whole graph for `npm run export` and writes it back for `npm run import`, in
 * batches. Labels and relation types are spliced into Cypher only from the fixed lists below.
 */

/** The kinds of node the export knows, each by the label that marks it. */
export const nodeClasses = [
  entityLabel,
  retractedLabel,
  'Wijziging',
  'ApiSleutel',
  'SeedVersie',
  'Documenttekst',
  'Passage',
] as const;
export type NodeClass = (typeof nodeClasses)[number];
/** The kinds of node that relations join; both are found by their `id`. */
export type EndClass = typeof entityLabel | typeof retractedLabel;

/**
 * Property types YAML tells apart by itself: strings, booleans and floats (the driver sends
 * every JavaScript number as a float, so that is what the graph holds), and lists of those.
 */
const plainTypes = [
  'STRING NOT NULL',
  'BOOLEAN NOT NULL',
  'FLOAT NOT NULL',
  'LIST<STRING NOT NULL> NOT NULL',
  'LIST<BOOLEAN NOT NULL> NOT NULL',
  'LIST<FLOAT NOT NULL> NOT NULL',
  'LIST<NOTHING> NOT NULL',
];

/** A property of another type: its Neo4j type (`valueType`) and its value as Cypher's `toString` writes it. */
export interface TypedProperty {
  key: string;
  type: string;
  text: string | string[];
}

export interface StoredNode {
  labels: string[];
  properties: Record<string, unknown>;
  typed: TypedProperty[];
}

export interface StoredRelation {
  van: unknown;
  type: string;
  naar: unknown;
  /** Whether the end node is one that relations may join (see EndClass). */
  endKnown: boolean;
  properties: Record<string, unknown>;
  typed: TypedProperty[];
}

/** A node or relation to create: plain properties, and the typed ones as text for Cypher to convert. */
export interface ImportRow {
  properties: Record<string, unknown>;
  typed: Array<{ key: string; type: string; value: string | string[] }>;
}

/** Texts the seed loader wrote (and writes again from seeds/documenten/), and their passages: not exported. */
const seedText = (variable: string) => `coalesce(${variable}.herkomst = 'seed', false)`;
const seedPassage = (variable: string) =>
  `EXISTS { MATCH (seeded:Documenttekst {document: ${variable}.document}) WHERE ${seedText('seeded')} }`;

const typedProjection = (variable: string) =>
  `[key IN keys(${variable}) WHERE NOT valueType(${variable}[key]) IN $plainTypes |
     {key: key, type: valueType(${variable}[key]),
      text: CASE WHEN valueType(${variable}[key]) STARTS WITH 'LIST'
                 THEN [item IN ${variable}[key] | toString(item)] ELSE toString(${variable}[key]) END}]`;

/** Turns the text of typed properties back into values of their type (see export-format.ts for the names). */
const typedAssignment = (variable: string) => `
  CALL (${variable}, row) {
    UNWIND row.typed AS typed
    SET ${variable}[typed.key] = CASE typed.type
      WHEN 'integer' THEN toInteger(typed.value)
      WHEN 'datetime' THEN datetime(typed.value)
      WHEN 'localdatetime' THEN localdatetime(typed.value)
      WHEN 'date' THEN date(typed.value)
      WHEN 'time' THEN time(typed.value)
      WHEN 'localtime' THEN localtime(typed.value)
      WHEN 'duration' THEN duration(typed.value)
      WHEN 'integer[]' THEN [item IN typed.value | toInteger(item)]
      WHEN 'datetime[]' THEN [item IN typed.value | datetime(item)]
      WHEN 'localdatetime[]' THEN [item IN typed.value | localdatetime(item)]
      WHEN 'date[]' THEN [item IN typed.value | date(item)]
      WHEN 'time[]' THEN [item IN typed.value | time(item)]
      WHEN 'localtime[]' THEN [item IN typed.value | localtime(item)]
      WHEN 'duration[]' THEN [item IN typed.value | duration(item)]
    END
  }`;

/** One batch may take long on a busy machine; it is still one bounded transaction. */
const batchTimeoutMs = 300_000;

export class ExportRepository {
  constructor(private readonly database: QueryRunner) {}

  /**
   * Nodes and relations in the whole database (from Neo4j's count store: cheap), but for what the
   * export leaves out: JWT revocations, which lapse within the longest lifetime of a JWT, and the
   * texts of the seeded documents, which the seed loader writes again from seeds/documenten/.
   */
  async counts(): Promise<{ nodes: number; relations: number }> {
    const [row] = await this.database.read<{ nodes: number; relations: number }>(
      'export counts',
      `CALL () { MATCH (n) RETURN count(n) AS all }
       CALL () { MATCH (t:${revocationLabel}) RETURN count(t) AS revocations }
       CALL () { MATCH (t:Documenttekst) WHERE ${seedText('t')} RETURN count(t) AS seedTexts }
       CALL () { MATCH (p:Passage) WHERE ${seedPassage('p')} RETURN count(p) AS seedPassages }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relations }
       RETURN all - revocations - seedTexts - seedPassages AS nodes, relations`,
      {},
    );
    return row ?? { nodes: 0, relations: 0 };
  }

  /**
   * Every combination of labels in the graph, with how many nodes carry it and how many of
   * those lack the keys the export orders by (a string `id`; for `Wijziging` also a string `op`;
   * for a text its string `document`, for a passage also its number `nummer`).
   */
  async labelSets(): Promise<Array<{ labels: string[]; aantal: number; zonderSleutel: number }>> {
    return this.database.read(
      'export label sets',
      `MATCH (n) WHERE NOT n:${revocationLabel}
         AND NOT (n:Documenttekst AND ${seedText('n')})
         AND NOT (n:Passage AND ${seedPassage('n')})
       WITH COLLECT { UNWIND labels(n) AS label RETURN label ORDER BY label } AS labels,
            CASE
              WHEN n:Documenttekst THEN n.document IS :: STRING NOT NULL
              WHEN n:Passage THEN n.document IS :: STRING NOT NULL AND (n.nummer IS :: INTEGER NOT NULL OR n.nummer IS :: FLOAT NOT NULL)
              ELSE n.id IS :: STRING NOT NULL AND (NOT n:Wijziging OR n.op IS :: STRING NOT NULL)
            END AS keyed
       RETURN labels, count(*) AS aantal, count(CASE WHEN keyed THEN NULL ELSE 1 END) AS zonderSleutel`,
      {},
      { timeoutMs: batchTimeoutMs },
    );
  }

  /** The next nodes of a kind after `after` in id order (keyset paging on the id index). */
  async nodesAfter(
    nodeClass: typeof entityLabel | typeof retractedLabel | 'ApiSleutel',
    after: string,
    limit: number,
  ): Promise<StoredNode[]> {
    return this.database.read<StoredNode>(
      'export nodes',
      `MATCH (n:${checkedClass(nodeClass)}) WHERE n.id > $after
       WITH n ORDER BY n.id LIMIT toInteger($limit)
       RETURN labels(n) AS labels, properties(n) AS properties, ${typedProjection('n')} AS typed`,
      { after, limit, plainTypes },
      { timeoutMs: batchTimeoutMs },
    );
  }

  /** The next entries of the audit trail after (`op`, `id`), in time order. */
  async changesAfter(after: { op: string; id: string }, limit: number): Promise<StoredNode[]> {
    return this.database.read<StoredNode>(
      'export changes',
      `MATCH (w:Wijziging) WHERE w.op >= $op
       WITH w ORDER BY w.op, w.id
       WHERE w.op > $op OR w.id > $id
       WITH w LIMIT toInteger($limit)
       RETURN labels(w) AS labels, properties(w) AS properties, ${typedProjection('w')} AS typed`,
      { op: after.op, id: after.id, limit, plainTypes },
      { timeoutMs: batchTimeoutMs },
    );
  }

  /** The next texts of ingested documents after the document `after`, in document order. */
  async textsAfter(after: string, limit: number): Promise<StoredNode[]> {
    return this.database.read<StoredNode>(
      'export texts',
      `MATCH (t:Documenttekst) WHERE t.document > $after AND NOT ${seedText('t')}
       WITH t ORDER BY t.document LIMIT toInteger($limit)
       RETURN labels(t) AS labels, properties(t) AS properties, ${typedProjection('t')} AS typed`,
      { after, limit, plainTypes },
      { timeoutMs: batchTimeoutMs },
    );
  }

  /** The next passages of ingested documents' texts after (`document`, `nummer`), in that order. */
  async passagesAfter(after: { document: string; nummer: number }, limit: number): Promise<StoredNode[]> {
    return this.database.read<StoredNode>(
      'export passages',
      `MATCH (p:Passage) WHERE p.document >= $document
       WITH p ORDER BY p.document, p.nummer
       WHERE (p.document > $document OR p.nummer > $nummer) AND NOT ${seedPassage('p')}
       WITH p LIMIT toInteger($limit)
       RETURN labels(p) AS labels, properties(p) AS properties, ${typedProjection('p')} AS typed`,
      { document: after.document, nummer: after.nummer, limit, plainTypes },
      { timeoutMs: batchTimeoutMs },
    );
  }

  /** The seed versions (one, normally). */
  async seedVersions(): Promise<StoredNode[]> {
    return this.database.read<StoredNode>(
      'export seed versions',
      `MATCH (s:SeedVersie) RETURN labels(s) AS labels, properties(s) AS properties, ${typedProjection('s')} AS typed`,
      { plainTypes },
    );
  }

  /** The ids of the next nodes of a kind after `after`, in id order: the starts of one batch of relations. */
  async idsAfter(nodeClass: EndClass, after: string, limit: number): Promise<string[]> {
    const rows = await this.database.read<{ id: string }>(
      'export relation starts',
      `MATCH (n:${checkedClass(nodeClass)}) WHERE n.id > $after RETURN n.id AS id ORDER BY id LIMIT toInteger($limit)`,
      { after, limit },
      { timeoutMs: batchTimeoutMs },
    );
    return rows.map((row) => row.id);
  }

  /** Every relation that starts at one of these nodes. */
  async relationsFrom(nodeClass: EndClass, ids: readonly string[]): Promise<StoredRelation[]> {
    return this.database.read<StoredRelation>(
      'export relations',
      `UNWIND $ids AS id
       MATCH (a:${checkedClass(nodeClass)} {id: id})-[r]->(b)
       RETURN id AS van, type(r) AS type, b.id AS naar, (b:Entiteit OR b:Ingetrokken) AS endKnown, properties(r) AS properties, ${typedProjection('r')} AS typed`,
      { ids, plainTypes },
      { timeoutMs: batchTimeoutMs },
    );
  }
}

export class ImportRepository {
  constructor(private readonly database: QueryRunner) {}

  async nodeCount(): Promise<number> {
    const [row] = await this.database.read<{ nodes: number }>(
      'import node count',
      'MATCH (n) RETURN count(n) AS nodes',
      {},
    );
    return row?.nodes ?? 0;
  }

  /** Deletes at most `limit` relations (first, so that no node batch has to detach a hub's thousands). */
  async deleteRelations(limit: number): Promise<number> {
    const [row] = await this.database.write<{ removed: number }>(
      'import clear relations',
      'MATCH ()-[r]->() WITH r LIMIT toInteger($limit) DELETE r RETURN count(*) AS removed',
      { limit },
      { timeoutMs: batchTimeoutMs },
    );
    return row?.removed ?? 0;
  }

  async deleteNodes(limit: number): Promise<number> {
    const [row] = await this.database.write<{ removed: number }>(
      'import clear nodes',
      'MATCH (n) WITH n LIMIT toInteger($limit) DETACH DELETE n RETURN count(*) AS removed',
      { limit },
      { timeoutMs: batchTimeoutMs },
    );
    return row?.removed ?? 0;
  }

  /**
   * Creates nodes of one kind: an `Entiteit` with its kind (and `Actor` for actors), or a node
   * of one of the other classes, which carry that one label. Returns how many it created.
   */
  async createNodes(nodeClass: NodeClass, kind: NodeLabel | undefined, rows: readonly ImportRow[]): Promise<number> {
    const [row] = await this.database.write<{ created: number }>(
      'import nodes',
      `UNWIND $rows AS row
       CREATE (n:${labelsOf(nodeClass, kind).join(':')})
       SET n = row.properties
       WITH n, row ${typedAssignment('n')}
       RETURN count(*) AS created`,
      { rows },
      { timeoutMs: batchTimeoutMs },
    );
    return row?.created ?? 0;
  }

  /** Creates relations of one type between nodes found by id; returns how many it created. */
  async createRelations(
    type: string,
    vanClass: EndClass,
    naarClass: EndClass,
    rows: ReadonlyArray<ImportRow & { van: string; naar: string }>,
  ): Promise<number> {
    const [row] = await this.database.write<{ created: number }>(
      'import relations',
      `UNWIND $rows AS row
       MATCH (a:${checkedClass(vanClass)} {id: row.van})
       MATCH (b:${checkedClass(naarClass)} {id: row.naar})
       CREATE (a)-[r:${checkedRelationType(type)}]->(b)
       SET r = row.properties
       WITH r, row ${typedAssignment('r')}
       RETURN count(*) AS created`,
      { rows },
      { timeoutMs: batchTimeoutMs },
    );
    return row?.created ?? 0;
  }
}

/** The labels a node of this class (and kind) carries. */
export function labelsOf(nodeClass: NodeClass, kind?: NodeLabel): string[] {
  checkedClass(nodeClass);
  if (nodeClass !== entityLabel) return [nodeClass];
  if (!kind || !(nodeLabels as readonly string[]).includes(kind))
    throw new Error(`unknown kind of node ${String(kind)}`);
  return [entityLabel, kind, ...(isActorLabel(kind) ? [actorLabel] : [])];
}

function checkedClass<T extends string>(nodeClass: T): T {
  if (!(nodeClasses as readonly string[]).includes(nodeClass)) throw new Error(`unknown class of node ${nodeClass}`);
  return nodeClass;
}

function checkedRelationType(type: string): string {
  if (type !== retractedRelationType && !(relationTypeNames as readonly string[]).includes(type)) {
    throw new Error(`unknown relation type ${type}`);
  }
  return type;
}
