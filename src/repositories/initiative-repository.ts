import type { EntityRecord } from '../graph/entity.js';
import type { QueryRunner } from '../neo4j/database.js';
import { nodeProjection, orderBy, toEntity, type NodeRow } from './cypher-fragments.js';

/** Reads regional initiatives (`RegionaalInitiatief`) beyond their plain connections; every method is one round trip. */
export class InitiativeRepository {
  constructor(private readonly database: QueryRunner) {}

  /**
   * For each initiative, by id, its provinces by name: those it names as an area, and those its
   * regions and municipalities lie in (`LIGT_IN`, up to two steps).
   */
  async provinces(ids: readonly string[]): Promise<Map<string, EntityRecord[]>> {
    const rows = await this.database.read<{ id: string; provinces: NodeRow[] }>(
      'regionaal initiatief provinces',
      `UNWIND $ids AS id
       MATCH (i:RegionaalInitiatief {id: id})
       CALL (i) {
         MATCH (i)-[:INITIATIEF_IN]->(:Entiteit)-[:LIGT_IN*0..2]->(p:Provincie)
         WITH DISTINCT p ORDER BY ${orderBy('p', 'naam')}
         RETURN collect(${nodeProjection('p')}) AS provinces
       }
       RETURN id, provinces`,
      { ids },
    );
    return new Map(rows.map(({ id, provinces }) => [id, provinces.map(toEntity)]));
  }

  /**
   * The initiatives that concern an opgave, by name: those working on it, on one of its themes or on
   * a crossover that joins it, and those with a knelpunt that concerns it.
   */
  async concerning(opgaveId: string): Promise<EntityRecord[]> {
    const rows = await this.database.read<{ node: NodeRow }>(
      'regionale initiatieven of an opgave',
      `MATCH (o:Opgave {id: $opgave})
       MATCH (i:RegionaalInitiatief)
       WHERE EXISTS { (i)-[:INITIATIEF_VOOR]->(o) }
          OR EXISTS { (i)-[:INITIATIEF_VOOR]->(:Thema)-[:ONDERDEEL_VAN*0..2]->(:Thema)-[:THEMA_VAN]->(o) }
          OR EXISTS { (i)-[:INITIATIEF_VOOR]->(:Crossover)-[:VERBINDT]->(o) }
          OR EXISTS { (i)<-[:KNELPUNT_BIJ]-(:Knelpunt)-[:KNELPUNT_BIJ]->(o) }
       RETURN ${nodeProjection('i')} AS node ORDER BY ${orderBy('i', 'naam')}`,
      { opgave: opgaveId },
    );
    return rows.map(({ node }) => toEntity(node));
  }
}
