import type { EntityRecord } from '../graph/entity.js';
import type { PageRequest } from '../graph/pagination.js';
import type { QueryRunner } from '../neo4j/database.js';
import type { AmountReach } from '../graph/amounts.js';
import type { RelationRecord } from '../graph/entity.js';
import { defaultBottleneckStatus } from '../graph/model.js';
import { currentBottleneckStatus } from './bottleneck-repository.js';
import { nodeProjection, orderBy, relationProjection, toEntity, type NodeRow } from './cypher-fragments.js';
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
 * The only ways an amount's fund `f` reaches an opgave `o`, both stated in the graph: the fund is
 * deployed for the opgave, or for one of its themes (directly, or as part of a broader theme). `p` is
 * the path, so its relations can be shown with their sources. docs/voortgang.md names them.
 */
const fundToOpgave = [
  `p = (f)-[:INSTRUMENT_VOOR]->(o:Opgave)`,
  `p = (f)-[:INSTRUMENT_VOOR]->(:Thema)-[:ONDERDEEL_VAN*0..2]->(:Thema)-[:THEMA_VAN]->(o:Opgave)`,
];

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

  /**
   * Every amount that passes the filter, with its funds and the opgaven each fund reaches (along
   * `fundToOpgave` only) and the relations of the way; with `opgave`, only amounts that reach it.
   */
  async amountsWithReach(filter: AmountFilter & { opgave?: string }): Promise<AmountReach[]> {
    const rows = await this.database.read<{
      amount: NodeRow;
      funds: Array<{ fund: NodeRow; opgaven: Array<{ opgave: NodeRow; via: RelationRecord[] }> }>;
    }>(
      'bedragen by opgave, fund and year',
      `MATCH (n:Bedrag)
       WHERE ${amountCondition}
         AND ($opgave IS NULL OR ${fundToOpgave
           .map((path) => `EXISTS { MATCH (n)-[:BEDRAG_VAN]->(f:Instrument) MATCH ${path} WHERE o.id = $opgave }`)
           .join(' OR ')})
       OPTIONAL MATCH (n)-[:BEDRAG_VAN]->(f:Instrument)
       WITH collect({amount: n, fund: f}) AS pairs
       // The ways from each fund to its opgaven, once per fund rather than once per amount.
       CALL (pairs) {
         UNWIND pairs AS pair
         WITH DISTINCT pair.fund AS f WHERE f IS NOT NULL
         CALL (f) {
           ${fundToOpgave.map((path) => `OPTIONAL MATCH ${path} RETURN o, relationships(p) AS via`).join(' UNION ')}
         }
         WITH f, collect(CASE WHEN o IS NULL THEN NULL
                              ELSE {opgave: ${nodeProjection('o')}, via: [r IN via | ${relationProjection('r')}]} END) AS opgaven
         RETURN collect({id: f.id, fund: ${nodeProjection('f')}, opgaven: opgaven}) AS reach
       }
       UNWIND pairs AS pair
       WITH pair.amount AS n, pair.fund AS f, reach
       WITH n, collect(CASE WHEN f IS NULL THEN NULL ELSE [x IN reach WHERE x.id = f.id][0] END) AS funds
       RETURN ${nodeProjection('n')} AS amount, [x IN funds | {fund: x.fund, opgaven: x.opgaven}] AS funds
       ORDER BY ${orderBy('n', 'naam')}`,
      { ...amountParameters(filter), opgave: filter.opgave ?? null },
    );
    return rows.map(({ amount, funds }) => ({
      amount: toEntity(amount),
      funds: funds.map(({ fund, opgaven }) => ({
        fund: toEntity(fund),
        opgaven: opgaven.map(({ opgave, via }) => ({ opgave: toEntity(opgave), via })),
      })),
    }));
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
