import type { PageRequest } from '../graph/pagination.js';
import type { QueryRunner } from '../neo4j/database.js';
import type { ChangeRow } from './recording-repository.js';

export interface ChangeFilter {
  /** Changes that touched this node id (also as an end of a relation). */
  knooppunt?: string | null;
  door?: string | null;
  /** ISO 8601 instants in UTC; `vanaf` inclusive, `tot` exclusive. */
  vanaf?: string | null;
  tot?: string | null;
}

/** One page of the audit trail: what `WijzigingConnection` resolves from. */
export interface ChangePage {
  total: number;
  items: ChangeRow[];
  offset: number;
}

export interface ChangeEdge {
  change: ChangeRow;
  offset: number;
}

/** Reads the audit trail (`Wijziging` nodes), newest first. */
export class AuditRepository {
  constructor(private readonly database: QueryRunner) {}

  async list(filter: ChangeFilter, page: PageRequest): Promise<{ total: number; items: ChangeRow[] }> {
    const [row] = await this.database.read<{ total: number; items: ChangeRow[] }>(
      'audit trail',
      `MATCH (w:Wijziging)
       WHERE ($knooppunt IS NULL OR $knooppunt IN w.knooppunten)
         AND ($door IS NULL OR w.door = $door)
         AND ($vanaf IS NULL OR w.op >= $vanaf)
         AND ($tot IS NULL OR w.op < $tot)
       WITH w ORDER BY w.op DESC, w.id DESC
       WITH collect(w) AS found
       RETURN size(found) AS total, [w IN found[$offset..($offset + $limit)] | properties(w)] AS items`,
      {
        knooppunt: filter.knooppunt ?? null,
        door: filter.door ?? null,
        vanaf: filter.vanaf ?? null,
        tot: filter.tot ?? null,
        offset: page.offset,
        limit: page.limit,
      },
    );
    return { total: row?.total ?? 0, items: row?.items ?? [] };
  }
}
