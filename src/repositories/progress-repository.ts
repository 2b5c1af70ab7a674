import type { EntityRecord } from '../graph/entity.js';
import type { PageRequest } from '../graph/pagination.js';
import type { QueryRunner } from '../neo4j/database.js';
import { defaultBottleneckStatus } from '../graph/model.js';
import { currentBottleneckStatus } from './bottleneck-repository.js';
import { nodeProjection, orderBy, toEntity, type NodeRow } from './cypher-fragments.js';
import type { ListPage } from './entity-repository.js';

/** Filters of the list of amounts; each one left out keeps them all. */
export interface AmountFilter {
  /** Amounts `BEDRAG_VAN` this instrument. */
  of?: string;
  /** Stored words of `soort`. */
  kinds?: readonly string[];
  fromYear?: number;
  toYear?: number;
}

/** What the overview of an opgave's progress is read from, before graph/progress.ts derives the rest. */
export interface ProgressParts {
  opgave: EntityRecord;
  milestones: EntityRecord[];
  commitments: EntityRecord[];
  targets: EntityRecord[];
  openBottlenecks: EntityRecord[];
  reports: EntityRecord[];
  statements: Map<string, EntityRecord[]>;
}

const amountCondition = `($of IS NULL OR EXISTS { (n)-[:BEDRAG_VAN]->(:Instrument {id: $of}) })
         AND ($kinds IS NULL OR n.soort IN $kinds)
         AND ($fromYear IS NULL OR n.jaar >= $fromYear)
         AND ($toYear IS NULL OR n.jaar <= $toYear)`;

/**
 * What the work on an opgave reaches: the opgave `o`, its themes (directly or as part of a broader
 * theme) and the instruments deployed for it. Binds `x`.
 */
const partOfOpgave = `MATCH (x:Entiteit)
         WHERE x = o
            OR EXISTS { (x:Thema)-[:ONDERDEEL_VAN*0..2]->(:Thema)-[:THEMA_VAN]->(o) }
            OR EXISTS { (x:Instrument)-[:INSTRUMENT_VOOR]->(o) }`;

/** Reads amounts and the progress of opgaven; every method is one round trip. */
export class ProgressRepository {
  constructor(private readonly database: QueryRunner) {}

  /** One page of the amounts that pass the filter, by name (a series of table 3 year after year). */
  async amounts(filter: AmountFilter, page: PageRequest): Promise<ListPage> {
    const [row] = await this.database.read<{ total: number; items: NodeRow[] }>(
      'bedragen list',
      `MATCH (n:Bedrag)
       WHERE ${amountCondition}
       WITH n ORDER BY ${orderBy('n', 'naam')}
       WITH collect(n) AS found
       RETURN size(found) AS total, [m IN found[$offset..($offset + $limit)] | ${nodeProjection('m')}] AS items`,
      { ...amountParameters(filter), offset: page.offset, limit: page.limit },
    );
    const items = (row?.items ?? []).map(toEntity);
    return { total: row?.total ?? 0, items, matchedDates: items.map(() => undefined) };
  }

  /** Every amount that passes the filter, by name: what a sum adds up. */
  async allAmounts(filter: AmountFilter): Promise<EntityRecord[]> {
    const rows = await this.database.read<{ node: NodeRow }>(
      'bedragen to sum',
      `MATCH (n:Bedrag)
       WHERE ${amountCondition}
       RETURN ${nodeProjection('n')} AS node ORDER BY ${orderBy('n', 'naam')}`,
      amountParameters(filter),
    );
    return rows.map(({ node }) => toEntity(node));
  }

  /** The parts of an opgave's progress overview; undefined when there is no such opgave. */
  async overview(opgaveId: string): Promise<ProgressParts | undefined> {
    const [row] = await this.database.read<{
      opgave: NodeRow;
      milestones: NodeRow[];
      commitments: NodeRow[];
      targets: NodeRow[];
      bottlenecks: NodeRow[];
      bottleneckStatuses: string[];
      reports: NodeRow[];
      statements: Array<{ of: string; statement: NodeRow }>;
    }>(
      'voortgang of an opgave',
      `MATCH (o:Opgave {id: $opgave})
       CALL (o) {
         ${partOfOpgave}
         RETURN collect(x) AS parts
       }
       CALL (o, parts) {
         MATCH (m:Mijlpaal)-[:MIJLPAAL_VAN]->(x) WHERE x IN parts
         WITH DISTINCT m ORDER BY ${orderBy('m', 'datum')}
         RETURN collect(m) AS milestones
       }
       CALL (o, parts) {
         MATCH (t:Toezegging)-[:TOEZEGGING_VOOR]->(x)
         WHERE x IN parts OR EXISTS { (x:Knelpunt)-[:KNELPUNT_BIJ]->(o) }
            OR EXISTS { (x:Mijlpaal)-[:MIJLPAAL_VAN]->(y) WHERE y IN parts }
         WITH DISTINCT t ORDER BY ${orderBy('t', 'datum')}
         RETURN collect(t) AS commitments
       }
       CALL (parts) {
         MATCH (d:Doel)-[:DOEL_VAN]->(x) WHERE x IN parts
         WITH DISTINCT d ORDER BY ${orderBy('d', 'naam')}
         RETURN collect(d) AS targets
       }
       CALL (o) {
         MATCH (k:Knelpunt)-[:KNELPUNT_BIJ]->(o)
         WITH DISTINCT k
         WITH k, ${currentBottleneckStatus('k')} AS status WHERE status <> 'opgelost'
         ORDER BY ${orderBy('k', 'ouderdom')}
         RETURN collect(k) AS bottlenecks, collect(status) AS bottleneckStatuses
       }
       CALL (parts) {
         MATCH (r:Rapportage)-[:RAPPORTAGE_OVER]->(x) WHERE x IN parts
         WITH DISTINCT r ORDER BY ${orderBy('r', 'naam')}
         RETURN collect(r) AS reports
       }
       CALL (milestones, commitments) {
         UNWIND milestones + commitments AS item
         MATCH (s:Stand)-[:STAND_VAN]->(item)
         RETURN collect({of: item.id, statement: ${nodeProjection('s')}}) AS statements
       }
       RETURN ${nodeProjection('o')} AS opgave,
              [m IN milestones | ${nodeProjection('m')}] AS milestones,
              [t IN commitments | ${nodeProjection('t')}] AS commitments,
              [d IN targets | ${nodeProjection('d')}] AS targets,
              [k IN bottlenecks | ${nodeProjection('k')}] AS bottlenecks, bottleneckStatuses,
              [r IN reports | ${nodeProjection('r')}] AS reports,
              statements`,
      { opgave: opgaveId, defaultStatus: defaultBottleneckStatus },
    );
    if (!row) return undefined;
    const statements = new Map<string, EntityRecord[]>();
    for (const { of, statement } of row.statements)
      statements.set(of, [...(statements.get(of) ?? []), toEntity(statement)]);
    return {
      opgave: toEntity(row.opgave),
      milestones: row.milestones.map(toEntity),
      commitments: row.commitments.map(toEntity),
      targets: row.targets.map(toEntity),
      // The current status, derived from the latest status statement, stands in for the stored one.
      openBottlenecks: row.bottlenecks.map((node, index) =>
        withProperty(toEntity(node), 'status', row.bottleneckStatuses[index]),
      ),
      reports: row.reports.map(toEntity),
      statements,
    };
  }
}

function amountParameters(filter: AmountFilter): Record<string, unknown> {
  return {
    of: filter.of ?? null,
    kinds: filter.kinds?.length ? [...filter.kinds] : null,
    fromYear: filter.fromYear ?? null,
    toYear: filter.toYear ?? null,
  };
}

function withProperty(entity: EntityRecord, key: string, value: unknown): EntityRecord {
  return { ...entity, properties: { ...entity.properties, [key]: value } };
}
