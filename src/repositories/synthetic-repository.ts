import {
  actorLabel,
  entityLabel,
  isActorLabel,
  nodeLabels,
  type NodeLabel,
  type RelationType,
} from '../graph/model.js';
import type { QueryRunner } from '../neo4j/database.js';
import { relationTypesExpression } from './cypher-fragments.js';
import { seedOrigin, type NodeRow, type RelationRow } from './seed-repository.js';

/** The `herkomst` of generated data, so that it can be told apart from the seeds and removed. */
export const syntheticOrigin = 'synthetisch';

/** One batch may take long on a busy machine; it is still one bounded transaction. */
const batchTimeoutMs = 300_000;

export interface OriginCounts {
  seed: number;
  synthetic: number;
}

/**
 * Writes and removes the synthetic benchmark graph (see src/generate/). Each call is one
 * transaction of one batch, so a large graph never becomes one giant transaction. Nodes and
 * relations are created, not merged: the caller first makes sure no synthetic data is there.
 */
export class SyntheticRepository {
  constructor(private readonly database: QueryRunner) {}

  /** How many nodes the seeds and the generator put in the graph. */
  async originCounts(): Promise<OriginCounts> {
    const rows = await this.database.read<{ herkomst: string; aantal: number }>(
      'nodes by origin',
      `MATCH (n:${entityLabel}) WHERE n.herkomst IN [$seed, $synthetic]
       RETURN n.herkomst AS herkomst, count(*) AS aantal`,
      { seed: seedOrigin, synthetic: syntheticOrigin },
    );
    const count = (origin: string) => rows.find((row) => row.herkomst === origin)?.aantal ?? 0;
    return { seed: count(seedOrigin), synthetic: count(syntheticOrigin) };
  }

  /** Creates nodes of one kind, with `Entiteit` and (for actors) `Actor` besides their kind. */
  async createNodes(label: NodeLabel, rows: readonly NodeRow[]): Promise<void> {
    // Labels cannot be parameters; this one is checked against the model's fixed list.
    if (!(nodeLabels as readonly string[]).includes(label)) throw new Error(`unknown label ${label}`);
    const labels = [entityLabel, label, ...(isActorLabel(label) ? [actorLabel] : [])].join(':');
    await this.database.write(
      'create synthetic nodes',
      `UNWIND $rows AS row
       CREATE (n:${labels})
       SET n = row.properties`,
      { rows },
      { timeoutMs: batchTimeoutMs },
    );
  }

  /** Creates relations of one type between nodes that exist (by id). */
  async createRelations(type: RelationType, rows: readonly RelationRow[]): Promise<void> {
    await this.database.write(
      'create synthetic relations',
      `UNWIND $rows AS row
       MATCH (van:${entityLabel} {id: row.van})
       MATCH (naar:${entityLabel} {id: row.naar})
       CREATE (van)-[r${relationTypesExpression([type])}]->(naar)
       SET r = row.properties`,
      { rows },
      { timeoutMs: batchTimeoutMs },
    );
  }

  /**
   * Removes at most `limit` synthetic relations of one type and returns how many it removed.
   * Going type by type uses the relationship-type index instead of scanning every relation.
   */
  async deleteRelations(type: RelationType, limit: number): Promise<number> {
    const [row] = await this.database.write<{ removed: number }>(
      'delete synthetic relations',
      `MATCH ()-[r${relationTypesExpression([type])}]->() WHERE r.herkomst = $origin
       WITH r LIMIT toInteger($limit)
       DELETE r
       RETURN count(*) AS removed`,
      { origin: syntheticOrigin, limit },
      { timeoutMs: batchTimeoutMs },
    );
    return row?.removed ?? 0;
  }

  /** Removes at most `limit` synthetic nodes (and whatever relations they still have). */
  async deleteNodes(limit: number): Promise<number> {
    const [row] = await this.database.write<{ removed: number }>(
      'delete synthetic nodes',
      `MATCH (n:${entityLabel}) WHERE n.herkomst = $origin
       WITH n LIMIT toInteger($limit)
       DETACH DELETE n
       RETURN count(*) AS removed`,
      { origin: syntheticOrigin, limit },
      { timeoutMs: batchTimeoutMs },
    );
    return row?.removed ?? 0;
  }

  /** The synthetic graph as stored: nodes per kind and relations per type. */
  async countSynthetic(): Promise<{ nodes: Record<string, number>; relations: Record<string, number> }> {
    const nodeRows = await this.database.read<{ label: string; aantal: number }>(
      'synthetic nodes per kind',
      `MATCH (n:${entityLabel}) WHERE n.herkomst = $origin
       UNWIND [label IN labels(n) WHERE NOT label IN [$entity, $actor]] AS label
       RETURN label, count(*) AS aantal`,
      { origin: syntheticOrigin, entity: entityLabel, actor: actorLabel },
      { timeoutMs: batchTimeoutMs },
    );
    const relationRows = await this.database.read<{ type: string; aantal: number }>(
      'synthetic relations per type',
      `MATCH ()-[r]->() WHERE r.herkomst = $origin
       RETURN type(r) AS type, count(*) AS aantal`,
      { origin: syntheticOrigin },
      { timeoutMs: batchTimeoutMs },
    );
    return {
      nodes: Object.fromEntries(nodeRows.map((row) => [row.label, row.aantal])),
      relations: Object.fromEntries(relationRows.map((row) => [row.type, row.aantal])),
    };
  }
}
