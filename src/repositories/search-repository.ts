import type { EntityRecord } from '../graph/entity.js';
import type { PageRequest } from '../graph/pagination.js';
import type { LabelFilter } from '../read-model/relation-spec.js';
import type { QueryRunner } from '../neo4j/database.js';
import { labelCondition, nodeProjection, toEntity, type NodeRow } from './cypher-fragments.js';

export interface SearchPage {
  total: number;
  items: Array<{ node: EntityRecord; score: number }>;
}

/** Full-text search over names, abbreviations and descriptions (index `zoekindex`). */
export class SearchRepository {
  constructor(private readonly database: QueryRunner) {}

  /**
   * `luceneQuery` must come from `buildSearchQuery`, which escapes the user's text. Equal scores are
   * ordered by Neo4j's element id: stable while the graph is, so pages do not overlap, and unlike a
   * property it costs no read of every hit (a common word hits thousands of nodes). Of the nodes on
   * the page it reads their labels and `properties` (all of them when left out).
   */
  async search(
    luceneQuery: string,
    labels: readonly LabelFilter[] | undefined,
    page: PageRequest,
    properties?: readonly string[],
  ): Promise<SearchPage> {
    const [row] = await this.database.read<{ total: number; items: Array<{ node: NodeRow; score: number }> }>(
      'full-text search',
      searchCypher(labels, properties),
      { query: luceneQuery, offset: page.offset, limit: page.limit },
    );
    return {
      total: row?.total ?? 0,
      items: (row?.items ?? []).map((item) => ({ node: toEntity(item.node), score: item.score })),
    };
  }
}

/**
 * The search statement: every hit is counted, and only the page is sorted out of them (a top-k of
 * `$offset + $limit`, not a sort of every hit) and read, with only these properties of its nodes.
 */
export function searchCypher(labels: readonly LabelFilter[] | undefined, properties?: readonly string[]): string {
  return `CALL db.index.fulltext.queryNodes('zoekindex', $query) YIELD node AS n, score
WHERE ${labelCondition('n', labels)}
WITH collect({n: n, score: score}) AS found
CALL (found) {
  UNWIND found AS hit
  WITH hit.n AS n, hit.score AS score ORDER BY score DESC, elementId(n) SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect({node: ${nodeProjection('n', properties)}, score: score}) AS items
}
RETURN size(found) AS total, items`;
}
