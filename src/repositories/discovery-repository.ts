import type { NeighbourLink } from '../graph/crossover-candidates.js';
import { pairKey } from '../graph/crossover-candidates.js';
import type { EntityRecord, RelationRecord } from '../graph/entity.js';
import type { RelationType } from '../graph/model.js';
import type { QueryRunner } from '../neo4j/database.js';
import { anyRelation, nodeProjection, relationTypesExpression, toEntity, type NodeRow } from './cypher-fragments.js';

/** Returns a relation as `{type, van, naar, properties}`. */
const relationProjection = (variable: string) =>
  `{type: type(${variable}), van: startNode(${variable}).id, naar: endNode(${variable}).id, properties: properties(${variable})}`;

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

export interface NeighbourhoodStep {
  from: string;
  node: EntityRecord;
  relation: RelationRecord;
}

/** Traversals for crossover discovery, meeting places, paths and neighbourhoods; each bounded. */
export class DiscoveryRepository {
  constructor(
    private readonly database: QueryRunner,
    private readonly traversalTimeoutMs: number,
  ) {}

  /**
   * Every node an opgave links to, directly or through one of its themes, except other opgaven,
   * crossovers (those are the declared links) and documents (which discuss nearly everything).
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
       }
       RETURN a.id AS opgave, ${nodeProjection('z')} AS node, COUNT { (z)-[${anyRelation}]-() } AS degree,
              [r IN via | ${relationProjection('r')}] AS via`,
      {},
      { timeoutMs: this.traversalTimeoutMs },
    );
    return rows.map((row) => ({ opgave: row.opgave, neighbour: toEntity(row.node), degree: row.degree, via: row.via }));
  }

  /** Declared crossovers by pair of opgaven (`pairKey`). */
  async declaredPairs(): Promise<Map<string, string[]>> {
    const rows = await this.database.read<{ a: string; b: string; crossovers: string[] }>(
      'declared crossover pairs',
      `MATCH (a:Opgave)<-[:VERBINDT]-(c:Crossover)-[:VERBINDT]->(b:Opgave)
       WHERE a.id < b.id
       RETURN a.id AS a, b.id AS b, collect(DISTINCT c.id) AS crossovers`,
      {},
      { timeoutMs: this.traversalTimeoutMs },
    );
    return new Map(rows.map((row) => [pairKey(row.a, row.b), row.crossovers]));
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
    const byName = (x: EntityRecord, y: EntityRecord) => String(x.properties.naam).localeCompare(String(y.properties.naam));
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
  async shortestPaths(from: string, to: string, types: readonly RelationType[], maxHops: number, limit: number): Promise<Path[]> {
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
  async neighbourhoodStep(ids: readonly string[], types: readonly RelationType[], limit: number): Promise<NeighbourhoodStep[]> {
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
