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
   * property it costs no read of every hit (a common word hits thousands of nodes).
   */
  async search(
    luceneQuery: string,
    labels: readonly LabelFilter[] | undefined,
    page: PageRequest,
  ): Promise<SearchPage> {
    const [row] = await this.database.read<{ total: number; items: Array<{ node: NodeRow; score: number }> }>(
      'full-text search',
      `CALL db.index.fulltext.queryNodes('zoekindex', $query) YIELD node AS n, score
       WHERE ${labelCondition('n', labels)}
       WITH n, score ORDER BY score DESC, elementId(n)
       WITH collect({n: n, score: score}) AS found
       RETURN size(found) AS total,
              [hit IN found[$offset..($offset + $limit)] | {node: ${nodeProjection('hit.n')}, score: hit.score}] AS items`,
      { query: luceneQuery, offset: page.offset, limit: page.limit },
    );
    return {
      total: row?.total ?? 0,
      items: (row?.items ?? []).map((item) => ({ node: toEntity(item.node), score: item.score })),
    };
  }
}
