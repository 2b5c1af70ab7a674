import type { Escalation, RouteStart } from '../graph/escalation-route.js';
import { defaultBottleneckStatus } from '../graph/model.js';
import type { PageRequest } from '../graph/pagination.js';
import type { QueryRunner } from '../neo4j/database.js';
import {
  nodeProjection,
  orderBy,
  relationProjection,
  toEntity,
  toRelation,
  type NodeRow,
  type RelationRow,
} from './cypher-fragments.js';
import type { ListPage } from './entity-repository.js';

/** Filters of the list of knelpunten; each one left out keeps them all. */
export interface BottleneckFilter {
  /** Stored words of `soort`. */
  kinds?: readonly string[];
  /** Stored words of `status`; a knelpunt without one counts as `onbekend`. */
  statuses?: readonly string[];
  /** Knelpunten `KNELPUNT_BIJ` this opgave. */
  opgave?: string;
  /** Knelpunten `KNELPUNT_BIJ` this region, province or municipality. */
  area?: string;
  /** Knelpunten whose route passes this body. */
  body?: string;
}

/** What the route of one knelpunt is made of, before `escalationRoute` orders it. */
export interface RouteParts {
  starts: RouteStart[];
  escalations: Escalation[];
}

/** How a knelpunt stands now, and the version a move of its status must name. */
export interface BottleneckStatusRecord {
  status: string;
  version: number;
}

/** At most this many escalations after a start; the route of the documents has two. */
const maxEscalations = 8;

/**
 * Where a knelpunt `k` starts its route, as patterns binding `start` and the relations that lead
 * there: a body that handles it, and a body that steers an opgave it concerns.
 */
const routeStarts = [
  { pattern: (k: string) => `(${k})-[handled:BEHANDELD_IN]->(start:Overleg)`, via: '[handled]' },
  {
    pattern: (k: string) => `(${k})-[concerns:KNELPUNT_BIJ]->(:Opgave)<-[steers:STUURT]-(start:Overleg)`,
    via: '[concerns, steers]',
  },
];

/** Whether the route of knelpunt `k` passes the body with id `$body`. */
const passesBody = (k: string) =>
  routeStarts
    .map(
      ({ pattern }) =>
        `EXISTS { MATCH ${pattern(k)} WHERE EXISTS { (start)-[:ESCALEERT_NAAR*0..${maxEscalations}]->(:Overleg {id: $body}) } }`,
    )
    .join(' OR ');

/**
 * The current status of knelpunt `k`: that of its latest status statement (`Stand`, by date, then by
 * when it was recorded), else the status the documents give it, else `$defaultStatus`. Statements keep
 * the history; the status is never overwritten.
 */
export const currentBottleneckStatus = (k: string) =>
  `coalesce(head(COLLECT { MATCH (s:Stand)-[:STAND_VAN]->(${k})
     RETURN s.status ORDER BY s.datumTot DESC, s.datumVan DESC, s.vastgelegdOp DESC LIMIT 1 }), ${k}.status, $defaultStatus)`;

/**
 * The status version of knelpunt `k`: 1, plus one for every status statement ever made about it (a
 * retracted one too), so that it only grows and a move of the status can check what the caller saw.
 */
export const bottleneckStatusVersion = (k: string) =>
  `1 + COUNT { MATCH ()-[r]->(${k}) WHERE type(r) = 'STAND_VAN' OR (type(r) = 'INGETROKKEN' AND r.type = 'STAND_VAN') }`;

/** Reads knelpunten (bottlenecks) and their routes; every method is one round trip. */
export class BottleneckRepository {
  constructor(private readonly database: QueryRunner) {}

  /** One page of the knelpunten that pass the filter, oldest first (see `orderBy`, `ouderdom`). */
  async list(filter: BottleneckFilter, page: PageRequest): Promise<ListPage> {
    const [row] = await this.database.read<{ total: number; items: NodeRow[] }>(
      'knelpunten list',
      `MATCH (n:Knelpunt)
       WHERE ($kinds IS NULL OR n.soort IN $kinds)
         AND ($statuses IS NULL OR ${currentBottleneckStatus('n')} IN $statuses)
         AND ($opgave IS NULL OR EXISTS { (n)-[:KNELPUNT_BIJ]->(:Opgave {id: $opgave}) })
         AND ($area IS NULL OR EXISTS { (n)-[:KNELPUNT_BIJ]->(:Regio|Provincie|Gemeente {id: $area}) })
         AND ($body IS NULL OR ${passesBody('n')})
       WITH n ORDER BY ${orderBy('n', 'ouderdom')}
       WITH collect(n) AS found
       RETURN size(found) AS total, [m IN found[$offset..($offset + $limit)] | ${nodeProjection('m')}] AS items`,
      {
        kinds: filter.kinds?.length ? [...filter.kinds] : null,
        statuses: filter.statuses?.length ? [...filter.statuses] : null,
        defaultStatus: defaultBottleneckStatus,
        opgave: filter.opgave ?? null,
        area: filter.area ?? null,
        body: filter.body ?? null,
        offset: page.offset,
        limit: page.limit,
      },
    );
    const items = (row?.items ?? []).map(toEntity);
    return { total: row?.total ?? 0, items, matchedDates: items.map(() => undefined) };
  }

  /** The current status and status version of each knelpunt, by id; ids of no knelpunt are left out. */
  async statuses(ids: readonly string[]): Promise<Map<string, BottleneckStatusRecord>> {
    const rows = await this.database.read<{ id: string; status: string; version: number }>(
      'knelpunt statuses',
      `UNWIND $ids AS id
       MATCH (k:Knelpunt {id: id})
       RETURN id, ${currentBottleneckStatus('k')} AS status, ${bottleneckStatusVersion('k')} AS version`,
      { ids, defaultStatus: defaultBottleneckStatus },
    );
    return new Map(rows.map(({ id, status, version }) => [id, { status, version: Number(version) }]));
  }

  /**
   * For each knelpunt, by id, where its route starts and every escalation reachable from there. A
   * knelpunt whose route starts nowhere is left out.
   */
  async routeParts(ids: readonly string[]): Promise<Map<string, RouteParts>> {
    const rows = await this.database.read<{
      id: string;
      starts: Array<{ body: NodeRow; via: RelationRow[] }>;
      escalations: Array<{ relation: RelationRow; to: NodeRow }>;
    }>(
      'knelpunt routes',
      `UNWIND $ids AS id
       MATCH (k:Knelpunt {id: id})
       CALL (k) {
         ${routeStarts.map(({ pattern, via }) => `MATCH ${pattern('k')} RETURN start, ${via} AS via`).join('\n         UNION ALL\n         ')}
       }
       WITH id, collect({start: start, via: via}) AS starts
       CALL (starts) {
         UNWIND starts AS entry
         WITH entry.start AS start
         OPTIONAL MATCH (start)-[:ESCALEERT_NAAR*0..${maxEscalations - 1}]->(:Overleg)-[escalation:ESCALEERT_NAAR]->(:Overleg)
         RETURN collect(DISTINCT escalation) AS escalations
       }
       RETURN id,
              [entry IN starts | {body: ${nodeProjection('entry.start')}, via: [r IN entry.via | ${relationProjection('r')}]}] AS starts,
              [e IN escalations | {relation: ${relationProjection('e')}, to: ${nodeProjection('endNode(e)')}}] AS escalations`,
      { ids },
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          starts: row.starts.map(({ body, via }) => ({ body: toEntity(body), via: via.map(toRelation) })),
          escalations: row.escalations.map(({ relation, to }) => ({
            relation: toRelation(relation),
            to: toEntity(to),
          })),
        },
      ]),
    );
  }
}
