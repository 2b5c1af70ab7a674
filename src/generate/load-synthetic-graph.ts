import type { NodeLabel, RelationType } from '../graph/model.js';
import { relationTypeNames } from '../graph/model.js';
import { secondsSince, type Logger } from '../logger.js';
import type { QueryRunner } from '../neo4j/database.js';
import type { NodeRow, RelationRow } from '../repositories/seed-repository.js';
import { SyntheticRepository } from '../repositories/synthetic-repository.js';
import { syntheticGraph } from './synthetic-graph.js';
import { planSyntheticGraph, type SyntheticGraphOptions } from './synthetic-plan.js';

export interface LoadSyntheticOptions extends SyntheticGraphOptions {
  /** Remove the synthetic data already in the database first; without it, such data stops the load. */
  wissen: boolean;
  /** Load even though the database holds the seeded graph (which benchmarks should not mix in). */
  naastSeeds: boolean;
  /** Rows per transaction. */
  batchSize: number;
}

export interface LoadSyntheticSummary {
  removedNodes: number;
  removedRelations: number;
  nodes: number;
  relations: number;
  seconds: number;
}

/** The database is not one to load into as asked; the message says why and what to do. */
export class GenerateRefusal extends Error {
  override name = 'GenerateRefusal';
}

/**
 * Loads the synthetic graph (see synthetic-graph.ts) into the database, one transaction per
 * batch, logging progress. It refuses a database with the seeded graph unless `naastSeeds`,
 * and one with synthetic data already unless `wissen` (which removes that first). With
 * `knopen: 0` and `wissen` it only removes.
 */
export async function loadSyntheticGraph(
  database: QueryRunner,
  logger: Logger,
  options: LoadSyntheticOptions,
): Promise<LoadSyntheticSummary> {
  const started = performance.now();
  const repository = new SyntheticRepository(database);
  const origins = await repository.originCounts();
  if (origins.seed > 0 && !options.naastSeeds) {
    throw new GenerateRefusal(
      `Deze database bevat de IBP-graaf uit de seeds (${origins.seed} knopen). Laad de synthetische graaf in een eigen ` +
        'database (bijvoorbeeld NEO4J_LOCAL_DATA_DIR=.data/schaal npm run generate), of voeg --naast-seeds toe om hem naast de seeds te laden.',
    );
  }
  if (origins.synthetic > 0 && !options.wissen) {
    throw new GenerateRefusal(
      `Deze database bevat al ${origins.synthetic} synthetische knopen. Voeg --wissen toe om ze eerst te verwijderen.`,
    );
  }
  const removed =
    origins.synthetic > 0
      ? await removeSyntheticGraph(repository, logger, options.batchSize)
      : { nodes: 0, relations: 0 };
  if (options.knopen === 0) {
    return {
      removedNodes: removed.nodes,
      removedRelations: removed.relations,
      nodes: 0,
      relations: 0,
      seconds: secondsSince(started),
    };
  }

  const plan = planSyntheticGraph(options);
  logger.info(
    { nodes: plan.totalNodes, relations: plan.totalRelations, seed: options.seed, nodesPerKind: plan.nodes },
    'generating a synthetic graph',
  );
  const writer = new BatchWriter(repository, options.batchSize, (phase, written) => {
    const total = phase === 'nodes' ? plan.totalNodes : plan.totalRelations;
    logger.info({ phase, written, total, seconds: secondsSince(started) }, 'synthetic graph progress');
  });
  for (const item of syntheticGraph(options)) {
    if (item.kind === 'node') await writer.addNode(item.row);
    else await writer.addRelation(item.row);
  }
  await writer.finish();
  return {
    removedNodes: removed.nodes,
    removedRelations: removed.relations,
    nodes: writer.nodesWritten,
    relations: writer.relationsWritten,
    seconds: secondsSince(started),
  };
}

/** Relations type by type first, then the nodes, each in batches: no transaction grows with the graph. */
async function removeSyntheticGraph(
  repository: SyntheticRepository,
  logger: Logger,
  batchSize: number,
): Promise<{ nodes: number; relations: number }> {
  let relations = 0;
  for (const type of relationTypeNames) {
    for (let removed = batchSize; removed === batchSize;) {
      removed = await repository.deleteRelations(type, batchSize);
      relations += removed;
    }
  }
  let nodes = 0;
  for (let removed = batchSize; removed === batchSize;) {
    removed = await repository.deleteNodes(batchSize);
    nodes += removed;
  }
  logger.info({ removedNodes: nodes, removedRelations: relations }, 'removed the synthetic data');
  return { nodes, relations };
}

/**
 * Collects rows per kind or type (one Cypher statement each, as labels and types cannot be
 * parameters) and writes a batch as soon as one is full. All nodes are written before the
 * first relation, which finds its ends by id.
 */
class BatchWriter {
  nodesWritten = 0;
  relationsWritten = 0;
  private readonly nodes = new Map<NodeLabel, NodeRow[]>();
  private readonly relations = new Map<RelationType, RelationRow[]>();
  private nodesDone = false;
  private lastReport = { phase: '', step: -1 };

  constructor(
    private readonly repository: SyntheticRepository,
    private readonly batchSize: number,
    private readonly report: (phase: 'nodes' | 'relations', written: number) => void,
  ) {}

  async addNode(row: NodeRow): Promise<void> {
    const rows = add(this.nodes, row.label, row);
    if (rows.length >= this.batchSize) await this.writeNodes(row.label, rows);
  }

  async addRelation(row: RelationRow): Promise<void> {
    if (!this.nodesDone) await this.finishNodes();
    const rows = add(this.relations, row.type, row);
    if (rows.length >= this.batchSize) await this.writeRelations(row.type, rows);
  }

  async finish(): Promise<void> {
    await this.finishNodes();
    for (const [type, rows] of this.relations) if (rows.length > 0) await this.writeRelations(type, rows);
  }

  private async finishNodes(): Promise<void> {
    if (this.nodesDone) return;
    for (const [label, rows] of this.nodes) if (rows.length > 0) await this.writeNodes(label, rows);
    this.nodesDone = true;
  }

  private async writeNodes(label: NodeLabel, rows: NodeRow[]): Promise<void> {
    await this.repository.createNodes(label, rows);
    this.nodesWritten += rows.length;
    this.nodes.set(label, []);
    this.progress('nodes', this.nodesWritten);
  }

  private async writeRelations(type: RelationType, rows: RelationRow[]): Promise<void> {
    await this.repository.createRelations(type, rows);
    this.relationsWritten += rows.length;
    this.relations.set(type, []);
    this.progress('relations', this.relationsWritten);
  }

  /** Reports about every 100,000 rows, so a large load shows it is moving without flooding the log. */
  private progress(phase: 'nodes' | 'relations', written: number): void {
    const step = Math.floor(written / 100_000);
    if (phase === this.lastReport.phase && step === this.lastReport.step) return;
    this.lastReport = { phase, step };
    this.report(phase, written);
  }
}

function add<K, V>(groups: Map<K, V[]>, key: K, value: V): V[] {
  let rows = groups.get(key);
  if (!rows) groups.set(key, (rows = []));
  rows.push(value);
  return rows;
}
