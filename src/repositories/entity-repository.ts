import type { EntityRecord, RelatedNodes } from '../graph/entity.js';
import type { RelationType } from '../graph/model.js';
import type { PageRequest } from '../graph/pagination.js';
import type { TreePlan } from '../read-model/plan.js';
import type { LabelFilter, RelationSpec, SortOrder } from '../read-model/relation-spec.js';
import type { QueryRunner } from '../neo4j/database.js';
import { connectionTreeCypher, toEntityTree, type EntityTree } from './connection-tree.js';
import {
  labelCondition,
  nodeProjection,
  orderBy,
  relationPattern,
  relationProjection,
  relationTypesExpression,
  matchedDate,
  specCondition,
  specParameters,
  toEntity,
  toRelation,
  type NodeRow,
  type RelationRow,
} from './cypher-fragments.js';

export type RelatedPage = RelatedNodes;

export interface ListPage {
  total: number;
  items: EntityRecord[];
  /** With a date window: for each item, the first of its dates (see graph/dates.ts) that lies in it. */
  matchedDates: Array<string | undefined>;
}

/**
 * Keeps nodes of which any date the documents give (the main value or a variant) overlaps the
 * window `$dateFrom`..`$dateTo`, and names the first that does. Nodes recorded through the API
 * hold only their main date (`datumVan`, `datumTot`).
 */
const dateWindow = `WITH n, coalesce(n.datumWaarden, [n.datum]) AS waarden,
            coalesce(n.datumenVan, [n.datumVan]) AS vans, coalesce(n.datumenTot, [n.datumTot]) AS tots
       WITH n, [i IN range(0, size(vans) - 1)
                WHERE ($dateFrom IS NULL OR tots[i] >= $dateFrom) AND ($dateTo IS NULL OR vans[i] <= $dateTo)
                | waarden[i]] AS matches
       WHERE size(matches) > 0
       WITH n, matches[0] AS matched`;

/** Nodes whose relations to follow, how, and which page of them. */
export interface RelatedGroup {
  ids: readonly string[];
  spec: RelationSpec;
  page: PageRequest;
}

/** Filters of the root lists: kinds, relations to given nodes, and property conditions. */
export interface ListQuery {
  labels: readonly LabelFilter[];
  /** Keep nodes with a relation of this type to (direction `out`) or from (`in`) the node with this id. */
  relatedTo?: ReadonlyArray<{ type: RelationType; direction: 'out' | 'in'; id: string }>;
  equals?: Readonly<Record<'categorie', string>>;
  /** Keep nodes with a date (main value or variant) whose span overlaps this window of ISO days. */
  dateFrom?: string;
  dateTo?: string;
  order: SortOrder;
}

/** Reads nodes and their relations; every method is one round trip for a whole batch. */
export class EntityRepository {
  constructor(private readonly database: QueryRunner) {}

  async findByIds(ids: readonly string[]): Promise<Map<string, EntityRecord>> {
    const rows = await this.database.read<{ node: NodeRow }>(
      'entities by id',
      `UNWIND $ids AS id
       MATCH (n:Entiteit {id: id})
       RETURN ${nodeProjection('n')} AS node`,
      { ids },
    );
    return new Map(rows.map(({ node }) => [String(node.properties.id), toEntity(node)]));
  }

  /** Nodes with every connection the plan asks below them, in one round trip; a node that does not exist is left out. */
  async findWithConnections(ids: readonly string[], plan: TreePlan): Promise<Map<string, EntityTree>> {
    const { cypher, parameters } = connectionTreeCypher(plan);
    const rows = await this.database.read<{ node: NodeRow; connections: Parameters<typeof toEntityTree>[1] }>(
      'entities with connections',
      cypher,
      { ...parameters, ids },
    );
    return new Map(rows.map((row) => [String(row.node.properties.id), toEntityTree(row.node, row.connections, plan)]));
  }

  /**
   * For each group, one page of related nodes for each of its nodes, following the group's spec:
   * all groups in one round trip (a query of one branch per group), a page per group and node.
   */
  async related(groups: readonly RelatedGroup[]): Promise<Array<Map<string, RelatedPage>>> {
    if (groups.length === 0) return [];
    const parameters: Record<string, unknown> = {};
    const branches = groups.map(({ ids, spec, page }, index) => {
      Object.assign(parameters, {
        [`ids${index}`]: ids,
        [`offset${index}`]: page.offset,
        [`limit${index}`]: page.limit,
        ...specParameters(spec, `roleKinds${index}`),
      });
      return `UNWIND $ids${index} AS id
         MATCH (n:Entiteit {id: id})
         CALL (n) {
           MATCH ${relationPattern(spec.direction, spec.types)}
           WHERE ${specCondition('r', 'm', spec, `roleKinds${index}`)}
           WITH r, m, ${spec.dateWindow ? matchedDate('m', `roleKinds${index}`) : 'null'} AS d
           ORDER BY ${orderBy('m', spec.order, 'r')}
           WITH collect({r: r, m: m, d: d}) AS found
           RETURN size(found) AS total, found[$offset${index}..($offset${index} + $limit${index})] AS page
         }
         RETURN ${index} AS grp, id, total, page`;
    });
    const rows = await this.database.read<{
      grp: number;
      id: string;
      total: number;
      items: Array<{ node: NodeRow; relation: RelationRow; matched: string | null }>;
    }>(
      'related entities',
      `CALL () {
         ${branches.join('\n         UNION ALL\n         ')}
       }
       RETURN grp, id, total, [item IN page | {
         node: ${nodeProjection('item.m')},
         relation: ${relationProjection('item.r')},
         matched: item.d
       }] AS items`,
      parameters,
    );
    const pages = groups.map(() => new Map<string, RelatedPage>());
    for (const row of rows) {
      const items = row.items.map((item) => ({
        node: toEntity(item.node),
        relation: toRelation(item.relation),
        ...(item.matched !== null && { matchedDate: item.matched }),
      }));
      pages[row.grp]?.set(row.id, { total: row.total, items });
    }
    return pages;
  }

  async list(query: ListQuery, page: PageRequest): Promise<ListPage> {
    const relatedConditions = (query.relatedTo ?? []).map(({ type, direction }, index) =>
      direction === 'out'
        ? `EXISTS { (n)-[${relationTypesExpression([type])}]->(:Entiteit {id: $related${index}}) }`
        : `EXISTS { (n)<-[${relationTypesExpression([type])}]-(:Entiteit {id: $related${index}}) }`,
    );
    const parameters: Record<string, unknown> = {
      offset: page.offset,
      limit: page.limit,
      categorie: query.equals?.categorie ?? null,
      dateFrom: query.dateFrom ?? null,
      dateTo: query.dateTo ?? null,
    };
    (query.relatedTo ?? []).forEach(({ id }, index) => (parameters[`related${index}`] = id));
    const [row] = await this.database.read<{ total: number; items: Array<{ node: NodeRow; matched: string | null }> }>(
      'entity list',
      `MATCH (n:Entiteit)
       WHERE ${labelCondition('n', query.labels)}
         AND ($categorie IS NULL OR n.categorie = $categorie)
         ${relatedConditions.map((condition) => `AND ${condition}`).join('\n         ')}
       ${query.dateFrom !== undefined || query.dateTo !== undefined ? dateWindow : 'WITH n, null AS matched'}
       WITH n, matched ORDER BY ${orderBy('n', query.order)}
       WITH collect({n: n, matched: matched}) AS found
       RETURN size(found) AS total, [m IN found[$offset..($offset + $limit)] | {node: ${nodeProjection('m.n')}, matched: m.matched}] AS items`,
      parameters,
    );
    const items = row?.items ?? [];
    return {
      total: row?.total ?? 0,
      items: items.map(({ node }) => toEntity(node)),
      matchedDates: items.map(({ matched }) => matched ?? undefined),
    };
  }
}
