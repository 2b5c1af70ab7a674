import type { NodeLabel } from '../graph/model.js';
import type { EndClass, ImportRepository, ImportRow, NodeClass } from '../repositories/export-repository.js';

/** Fewer rows were created than sent: a relation's end node was not there. */
export class IncompleteBatchError extends Error {
  override name = 'IncompleteBatchError';
}

/**
 * Collects rows per kind of node or relation and writes each kind in batches. At most twice a
 * batch is held in all: past that the largest kind is written, so twenty relation types do not
 * mean twenty batches in memory.
 */
export class BatchLoader {
  private readonly nodes = new Map<string, { nodeClass: NodeClass; kind: NodeLabel | undefined; rows: ImportRow[] }>();
  private readonly relations = new Map<
    string,
    { type: string; van: EndClass; naar: EndClass; rows: Array<ImportRow & { van: string; naar: string }> }
  >();
  private held = 0;
  private written = 0;
  private reported = 0;

  constructor(
    private readonly repository: ImportRepository,
    private readonly batchSize: number,
    private readonly onProgress: (written: number) => void,
  ) {}

  async addNode(nodeClass: NodeClass, kind: NodeLabel | undefined, row: ImportRow): Promise<void> {
    const key = `${nodeClass}:${kind ?? ''}`;
    const group = this.nodes.get(key) ?? { nodeClass, kind, rows: [] };
    this.nodes.set(key, group);
    group.rows.push(row);
    this.held += 1;
    if (group.rows.length >= this.batchSize) await this.writeNodes(key);
    else await this.writeLargestWhenFull();
  }

  async addRelation(
    type: string,
    van: EndClass,
    naar: EndClass,
    row: ImportRow & { van: string; naar: string },
  ): Promise<void> {
    const key = `${type}:${van}:${naar}`;
    const group = this.relations.get(key) ?? { type, van, naar, rows: [] };
    this.relations.set(key, group);
    group.rows.push(row);
    this.held += 1;
    if (group.rows.length >= this.batchSize) await this.writeRelations(key);
    else await this.writeLargestWhenFull();
  }

  async flush(): Promise<void> {
    for (const key of [...this.nodes.keys()]) await this.writeNodes(key);
    for (const key of [...this.relations.keys()]) await this.writeRelations(key);
  }

  private async writeLargestWhenFull(): Promise<void> {
    if (this.held < 2 * this.batchSize) return;
    const largest = (groups: Map<string, { rows: unknown[] }>) =>
      [...groups].reduce<[string, number] | undefined>(
        (best, [key, group]) => (best && best[1] >= group.rows.length ? best : [key, group.rows.length]),
        undefined,
      );
    const node = largest(this.nodes);
    const relation = largest(this.relations);
    if (node && (!relation || node[1] >= relation[1])) await this.writeNodes(node[0]);
    else if (relation) await this.writeRelations(relation[0]);
  }

  private async writeNodes(key: string): Promise<void> {
    const group = this.nodes.get(key)!;
    this.nodes.delete(key);
    this.held -= group.rows.length;
    this.count(await this.repository.createNodes(group.nodeClass, group.kind, group.rows), group.rows.length, 'knopen');
  }

  private async writeRelations(key: string): Promise<void> {
    const group = this.relations.get(key)!;
    this.relations.delete(key);
    this.held -= group.rows.length;
    const created = await this.repository.createRelations(group.type, group.van, group.naar, group.rows);
    this.count(created, group.rows.length, `relaties ${group.type}`);
  }

  private count(created: number, expected: number, what: string): void {
    if (created !== expected)
      throw new IncompleteBatchError(
        `Slechts ${created} van de ${expected} ${what} van een deel zijn aangemaakt: er ontbrak een eindknoop.`,
      );
    this.written += created;
    if (this.written - this.reported >= 100_000) {
      this.reported = this.written;
      this.onProgress(this.written);
    }
  }
}
