import type { CandidateAnswer, CandidateCache } from '../graph/candidate-cache.js';
import type {
  Candidate,
  CandidateQuery,
  CandidatesFound,
  Evidence,
  EvidenceLink,
  NeighbourLink,
} from '../graph/crossover-candidates.js';
import { adamicAdarWeight, evidencePerCandidate, strongestFirst } from '../graph/crossover-candidates.js';
import type { EntityRecord, RelationRecord } from '../graph/entity.js';
import type { RelationType } from '../graph/model.js';
import type { NeighbourhoodStep } from '../graph/neighbourhood.js';
import type { GraphVersionSource, QueryRunner } from '../neo4j/database.js';
import {
  anyRelation,
  nodeProjection,
  partnerCondition,
  relationProjection,
  relationTypesExpression,
  toEntity,
  type NodeRow,
} from './cypher-fragments.js';

export interface Path {
  nodes: EntityRecord[];
  relations: RelationRecord[];
}

export interface PathStep {
  from: EntityRecord;
  to: EntityRecord;
  relation: RelationRecord;
}

export interface OpgaveInArea {
  opgave: EntityRecord;
  relations: RelationRecord[];
}

export interface Meeting {
  area: EntityRecord;
  parts: EntityRecord[];
  within: EntityRecord[];
  opgaven: OpgaveInArea[];
  crossovers: EntityRecord[];
  instruments: EntityRecord[];
  actors: EntityRecord[];
}

/**
 * A knelpunt `z` of an area `g` the opgave plays in: the opgave → area → knelpunt link that lets a
 * knelpunt two areas share join the opgaven playing in them. The
 * relation variables are left out where the query needs no relation.
 */
function knelpuntThroughArea(
  opgave: string,
  toArea: string,
  area: string,
  toKnelpunt: string,
  knelpunt: string,
): string {
  return `MATCH (${opgave})-[${toArea}:SPEELT_IN]->(${area}:Entiteit)<-[${toKnelpunt}:KNELPUNT_BIJ]-(${knelpunt}:Knelpunt)`;
}

interface PairRow {
  a: NodeRow;
  b: NodeRow;
  score: number;
  declared: string[];
  /** Ids of the strongest shared nodes. */
  evidence: string[];
}

/** Traversals for crossover discovery, meeting places, paths and neighbourhoods; each bounded. */
/** How many times the traversal timeout a computation of candidates in the background may take (as the warm-up's). */
const backgroundTimeoutFactor = 4;

export class DiscoveryRepository {
  /** Without `candidateCache` every call computes its candidates. */
  constructor(
    private readonly database: QueryRunner & GraphVersionSource,
    private readonly traversalTimeoutMs: number,
    private readonly candidateCache?: CandidateCache,
  ) {}

  /**
   * Every node an opgave links to, directly or through one of its themes, except other opgaven,
   * crossovers (those are the declared links) and documents (which discuss nearly everything); and
   * every knelpunt of an area the opgave plays in.
   * One row per link, so only for small graphs: the tests rank these with `rankCandidates`,
   * the definition that `candidates` computes inside the database.
   */
  async neighbourLinks(): Promise<NeighbourLink[]> {
    const rows = await this.database.read<{ opgave: string; node: NodeRow; degree: number; via: RelationRecord[] }>(
      'opgave neighbour links',
      `MATCH (a:Opgave)
       CALL (a) {
         MATCH (a)-[r${anyRelation}]-(z:Entiteit)
         WHERE NOT (z:Opgave OR z:Crossover OR z:Document)
         RETURN z, [r] AS via
         UNION
         MATCH (a)<-[r1:THEMA_VAN]-(t:Thema)-[r2${anyRelation}]-(z:Entiteit)
         WHERE NOT (z:Opgave OR z:Crossover OR z:Document) AND z <> t
         RETURN z, [r1, r2] AS via
         UNION
         ${knelpuntThroughArea('a', 'r1', 'g', 'r2', 'z')}
         RETURN z, [r1, r2] AS via
       }
       RETURN a.id AS opgave, ${nodeProjection('z')} AS node, COUNT { (z)-[${anyRelation}]-() } AS degree,
              [r IN via | ${relationProjection('r')}] AS via`,
      {},
      { timeoutMs: this.traversalTimeoutMs },
    );
    return rows.map((row) => ({ opgave: row.opgave, neighbour: toEntity(row.node), degree: row.degree, via: row.via }));
  }

  /**
   * Candidate crossovers, ranked as `rankCandidates` ranks them. With a cache, one round trip
   * (the graph version) when the same query was answered since the last write anywhere; unless
   * `current` is asked for, also while the answer kept is no older than the cache allows and a new
   * one is computed (see CandidateCache).
   */
  async candidates(query: CandidateQuery, { current = true }: { current?: boolean } = {}): Promise<CandidateAnswer> {
    if (!this.candidateCache)
      return { ...(await this.computeCandidates(query)), computedAt: new Date(), current: true };
    // Taken before the computation reads anything, so the answer is at least this version (see CandidateCache.get).
    const version = await this.database.graphVersion({ timeoutMs: this.traversalTimeoutMs });
    const staleness = { maxAgeMs: current ? 0 : this.candidateCache.maxStaleMs, ownWrites: this.database.ownWrites() };
    let computedHere = false;
    const compute = ({ background }: { background: boolean }) => {
      computedHere ||= !background;
      // Nobody waits for a computation in the background: it may take as long as the warm-up's.
      return this.computeCandidates(query, this.traversalTimeoutMs * (background ? backgroundTimeoutFactor : 1));
    };
    const found = await this.candidateCache.get(version, query, compute, staleness);
    // An answer computed for another request (kept, or shared while it ran) was read on that one's budget.
    if (!computedHere) this.database.countKept?.({ candidates: found.candidates, opgaven: found.opgaven });
    return found;
  }

  /**
   * The candidates computed inside the database: the links of the opgaven (hundreds of thousands
   * in a large graph) never leave it, only the chosen pairs with their strongest evidence do.
   * Two queries, so that each is planned (which takes seconds on a cold database) within its own
   * time limit.
   */
  private async computeCandidates(
    query: CandidateQuery,
    timeoutMs: number = this.traversalTimeoutMs,
  ): Promise<CandidatesFound> {
    const pairs = (await this.candidatePairs(query, timeoutMs)).map((row) => ({
      ...row,
      a: toEntity(row.a),
      b: toEntity(row.b),
    }));
    const evidence = await this.candidateEvidence(
      pairs.flatMap(({ a, b, evidence }) => evidence.map((id) => ({ a: a.id, b: b.id, id }))),
      timeoutMs,
    );
    const candidates = pairs.map(({ a, b, score, declared, evidence: ids }): Candidate => {
      const found = ids.flatMap((id) => evidence.get(`${a.id}|${b.id}|${id}`) ?? []).sort(strongestFirst);
      return { opgaven: [a.id, b.id], score, declared, evidence: found };
    });
    const opgaven = new Map(pairs.flatMap(({ a, b }) => [[a.id, a] as const, [b.id, b] as const]));
    return { candidates, opgaven: [...opgaven.values()] };
  }

  /**
   * The pairs of opgaven by Adamic-Adar score, with the ids of their strongest shared nodes.
   * Shared nodes are grouped first, so that each node's degree is counted once, and its pairs
   * of opgaven are enumerated from there. A pair is declared when a crossover makes the two
   * partners, as `crossoverPartners` (src/graph/crossover-partners.ts) says: its kern and one
   * linked opgave, or any two opgaven of a crossover without a kern.
   */
  private async candidatePairs(query: CandidateQuery, timeoutMs: number): Promise<PairRow[]> {
    return this.database.read<PairRow>(
      'candidate crossover pairs',
      `MATCH (a:Opgave)
       CALL (a) {
         MATCH (a)-[${anyRelation}]-(z:Entiteit)
         WHERE NOT (z:Opgave OR z:Crossover OR z:Document)
         RETURN z, '' AS theme
         UNION ALL
         MATCH (a)<-[:THEMA_VAN]-(t:Thema)-[${anyRelation}]-(z:Entiteit)
         WHERE NOT (z:Opgave OR z:Crossover OR z:Document) AND z <> t
         RETURN z, t.id AS theme
         UNION ALL
         ${knelpuntThroughArea('a', '', 'g', '', 'z')}
         RETURN z, g.id AS theme
       }
       // Per shared node: the opgaven that reach it, and for each the one theme or area it reaches
       // it through, if it reaches it only through one ('' otherwise).
       WITH z, a, collect(DISTINCT theme) AS themes
       WITH z, collect(a.id) AS opgaven, collect(CASE WHEN size(themes) = 1 THEN themes[0] ELSE '' END) AS onlyVia
       WHERE size(opgaven) > 1
       WITH z, opgaven, onlyVia, COUNT { (z)-[${anyRelation}]-() } AS degree
       WITH z, opgaven, onlyVia, 1.0 / log(CASE WHEN degree < 2 THEN 2 ELSE degree END) AS weight
       // Heaviest first: each pair's shared nodes are then collected in the order of its evidence.
       ORDER BY weight DESC, z.id
       UNWIND range(0, size(opgaven) - 2) AS i
       UNWIND range(i + 1, size(opgaven) - 1) AS j
       WITH z, weight, opgaven[i] AS x, opgaven[j] AS y, onlyVia[i] AS viaX, onlyVia[j] AS viaY
       // What hangs off a theme or area both opgaven share is no second piece of evidence.
       WHERE viaX = '' OR viaX <> viaY
       WITH CASE WHEN x < y THEN x ELSE y END AS a, CASE WHEN x < y THEN y ELSE x END AS b, z, weight
       WHERE $opgave IS NULL OR $opgave IN [a, b]
       WITH a, b, sum(weight) AS score, collect(z.id) AS shared
       // A copy of the strongest few, so that the full lists can be freed.
       WITH collect({a: a, b: b, score: score, evidence: [id IN shared[..$evidenceLimit] | id]}) AS pairs
       CALL () {
         UNWIND coalesce($area, []) AS areaId
         MATCH (g:Entiteit {id: areaId})
         WHERE NOT (g:Opgave OR g:Crossover OR g:Document)
         CALL (g) {
           MATCH (g)-[${anyRelation}]-(o:Opgave) RETURN o
           UNION
           MATCH (g)-[${anyRelation}]-(t:Thema)-[:THEMA_VAN]->(o:Opgave) WHERE g <> t RETURN o
         }
         RETURN collect(DISTINCT o.id) AS inArea
       }
       CALL () {
         MATCH (x:Opgave)<-[rx:VERBINDT]-(c:Crossover)-[ry:VERBINDT]->(y:Opgave)
         WHERE x.id < y.id
           AND ${partnerCondition('c', 'rx', 'ry')}
         WITH x.id AS a, y.id AS b, collect(DISTINCT c.id) AS crossovers
         RETURN collect({a: a, b: b, crossovers: crossovers}) AS declaredPairs
       }
       UNWIND pairs AS pair
       WITH pair, inArea, coalesce([d IN declaredPairs WHERE d.a = pair.a AND d.b = pair.b | d.crossovers][0], []) AS declared
       WHERE ($area IS NULL OR (pair.a IN inArea AND pair.b IN inArea)) AND ($includeDeclared OR size(declared) = 0)
       WITH pair, declared ORDER BY pair.score DESC, pair.a, pair.b LIMIT toInteger($limit)
       MATCH (a:Entiteit {id: pair.a}), (b:Entiteit {id: pair.b})
       RETURN ${nodeProjection('a')} AS a, ${nodeProjection('b')} AS b, pair.score AS score, declared, pair.evidence AS evidence
       ORDER BY score DESC, pair.a, pair.b`,
      {
        opgave: query.opgave ?? null,
        area: query.area ? [...query.area] : null,
        includeDeclared: query.includeDeclared,
        limit: query.limit,
        evidenceLimit: evidencePerCandidate,
      },
      { timeoutMs },
    );
  }

  /** Each shared node with its degree and the relations that link it to each of the two opgaven, by `a|b|id`. */
  private async candidateEvidence(
    items: ReadonlyArray<{ a: string; b: string; id: string }>,
    timeoutMs: number,
  ): Promise<Map<string, Evidence>> {
    if (items.length === 0) return new Map();
    const rows = await this.database.read<{ key: string; node: NodeRow; degree: number; links: EvidenceLink[] }>(
      'candidate crossover evidence',
      `UNWIND $items AS item
       MATCH (z:Entiteit {id: item.id})
       CALL (item, z) {
         UNWIND [item.a, item.b] AS opgave
         MATCH (o:Entiteit {id: opgave})
         CALL (o, z) {
           MATCH (z)-[r${anyRelation}]-(o) RETURN [r] AS via
           UNION
           // From the shared node, which has few relations, not from the opgave, which has many.
           MATCH (z)-[r2${anyRelation}]-(t:Thema) WHERE z <> t
           UNWIND [(t)-[r1:THEMA_VAN]->(o) | r1] AS r1
           RETURN [r1, r2] AS via
           UNION
           ${knelpuntThroughArea('o', 'r1', 'g', 'r2', 'z')}
           RETURN [r1, r2] AS via
         }
         RETURN collect({opgave: o.id, via: [r IN via | ${relationProjection('r')}]}) AS links
       }
       RETURN item.a + '|' + item.b + '|' + item.id AS key, ${nodeProjection('z')} AS node,
              COUNT { (z)-[${anyRelation}]-() } AS degree, links`,
      { items },
      { timeoutMs },
    );
    return new Map(
      rows.map((row) => [
        row.key,
        { shared: toEntity(row.node), degree: row.degree, weight: adamicAdarWeight(row.degree), links: row.links },
      ]),
    );
  }

  /** An area's id and the ids of what lies in it (two levels down), or undefined if it does not exist. */
  async areaIds(id: string): Promise<Set<string> | undefined> {
    const [row] = await this.database.read<{ ids: string[] }>(
      'area and its parts',
      `MATCH (g:Entiteit {id: $id})
       OPTIONAL MATCH (d:Entiteit)-[:LIGT_IN*1..2]->(g)
       WITH g, collect(DISTINCT d.id) AS parts
       RETURN [g.id] + parts AS ids`,
      { id },
      { timeoutMs: this.traversalTimeoutMs },
    );
    return row ? new Set(row.ids) : undefined;
  }

  /** What comes together in an area and the places that lie in it. */
  async meeting(id: string): Promise<Meeting | undefined> {
    const [row] = await this.database.read<{
      area: NodeRow;
      parts: NodeRow[];
      within: NodeRow[];
      opgaven: Array<{ opgave: NodeRow; relations: RelationRecord[] }>;
      crossovers: NodeRow[];
      instruments: NodeRow[];
      actors: NodeRow[];
    }>(
      'meeting place',
      `MATCH (g:Entiteit {id: $id}) WHERE g:Regio OR g:Provincie OR g:Gemeente
       OPTIONAL MATCH (d:Entiteit)-[:LIGT_IN*1..2]->(g)
       WITH g, collect(DISTINCT d) AS parts
       WITH g, parts, [g] + parts AS area
       CALL (g) { OPTIONAL MATCH (g)-[:LIGT_IN*1..2]->(p:Entiteit) RETURN collect(DISTINCT p) AS within }
       CALL (area) {
         UNWIND area AS x
         MATCH (o:Opgave)-[r:SPEELT_IN]->(x)
         WITH o, collect(r) AS rs ORDER BY o.nummer
         RETURN collect({opgave: ${nodeProjection('o')}, relations: [r IN rs | ${relationProjection('r')}]}) AS opgaven
       }
       CALL (area) {
         UNWIND area AS x
         OPTIONAL MATCH (c:Crossover)-[:BETREFT]->(x)
         RETURN collect(DISTINCT c) AS crossovers
       }
       CALL (area) {
         UNWIND area AS x
         OPTIONAL MATCH (i:Instrument)-[:INSTRUMENT_VOOR]->(x)
         RETURN collect(DISTINCT i) AS instruments
       }
       CALL (area, crossovers, instruments) {
         UNWIND area + crossovers + instruments AS x
         OPTIONAL MATCH (x)-[${anyRelation}]-(a:Actor)
         WHERE NOT a IN area
         RETURN collect(DISTINCT a)[..200] AS actors
       }
       RETURN ${nodeProjection('g')} AS area,
              [n IN parts | ${nodeProjection('n')}] AS parts,
              [n IN within | ${nodeProjection('n')}] AS within,
              opgaven,
              [n IN crossovers | ${nodeProjection('n')}] AS crossovers,
              [n IN instruments | ${nodeProjection('n')}] AS instruments,
              [n IN actors | ${nodeProjection('n')}] AS actors`,
      { id },
      { timeoutMs: this.traversalTimeoutMs },
    );
    if (!row) return undefined;
    const byName = (x: EntityRecord, y: EntityRecord) =>
      String(x.properties.naam).localeCompare(String(y.properties.naam));
    return {
      area: toEntity(row.area),
      parts: row.parts.map(toEntity).sort(byName),
      within: row.within.map(toEntity).sort(byName),
      opgaven: row.opgaven.map((item) => ({ opgave: toEntity(item.opgave), relations: item.relations })),
      crossovers: row.crossovers.map(toEntity).sort(byName),
      instruments: row.instruments.map(toEntity).sort(byName),
      actors: row.actors.map(toEntity).sort(byName),
    };
  }

  /**
   * The shortest paths between two nodes over the given relation types, at most `maxHops` long.
   * `maxHops` is an integer from 1 to 6 checked by the caller; it cannot be a Cypher parameter.
   */
  async shortestPaths(
    from: string,
    to: string,
    types: readonly RelationType[],
    maxHops: number,
    limit: number,
  ): Promise<Path[]> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw new Error(`maxHops out of range: ${maxHops}`);
    const rows = await this.database.read<{ nodes: NodeRow[]; relations: RelationRecord[] }>(
      'shortest paths',
      `MATCH (a:Entiteit {id: $from}), (b:Entiteit {id: $to})
       WHERE a <> b
       MATCH p = allShortestPaths((a)-[${relationTypesExpression(types)}*..${maxHops}]-(b))
       WITH p LIMIT toInteger($limit)
       RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes, [r IN relationships(p) | ${relationProjection('r')}] AS relations`,
      { from, to, limit },
      { timeoutMs: this.traversalTimeoutMs },
    );
    return rows.map((row) => ({ nodes: row.nodes.map(toEntity), relations: row.relations }));
  }

  /** One breadth-first step: the relations of the given nodes, at most `limit` of them. */
  async neighbourhoodStep(
    ids: readonly string[],
    types: readonly RelationType[],
    limit: number,
  ): Promise<NeighbourhoodStep[]> {
    const rows = await this.database.read<{ from: string; node: NodeRow; relation: RelationRecord }>(
      'neighbourhood step',
      `UNWIND $ids AS id
       MATCH (n:Entiteit {id: id})-[r${relationTypesExpression(types)}]-(m:Entiteit)
       RETURN id AS from, ${nodeProjection('m')} AS node, ${relationProjection('r')} AS relation
       LIMIT toInteger($limit)`,
      { ids, limit },
      { timeoutMs: this.traversalTimeoutMs },
    );
    return rows.map((row) => ({ from: row.from, node: toEntity(row.node), relation: row.relation }));
  }
}
