import type { EntityRecord, RelationRecord } from '../graph/entity.js';
import type { QueryRunner } from '../neo4j/database.js';
import {
  nodeProjection,
  partnerCondition,
  relationProjection,
  toEntity,
  toRelation,
  type NodeRow,
  type RelationRow,
} from './cypher-fragments.js';

/** An opgave's crossover partner: the partner, the crossover that names the pair, and its two VERBINDT relations. */
export interface CrossoverPartnerRecord {
  opgave: EntityRecord;
  crossover: EntityRecord;
  relations: RelationRecord[];
}

/** Reads declared crossovers; one round trip for a whole batch of opgaven. */
export class CrossoverRepository {
  constructor(private readonly database: QueryRunner) {}

  /**
   * The crossover partners of each opgave, by id (see seeds/MODEL.md, the crossover rule): in a
   * crossover with a kern, the kern and each opgave linked to it; in one without, every pair of members.
   */
  async partnersOf(ids: readonly string[]): Promise<Map<string, CrossoverPartnerRecord[]>> {
    const rows = await this.database.read<{
      id: string;
      partner: NodeRow;
      crossover: NodeRow;
      relations: RelationRow[];
    }>(
      'crossover partners',
      `UNWIND $ids AS id
       MATCH (o:Opgave {id: id})<-[own:VERBINDT]-(c:Crossover)-[other:VERBINDT]->(p:Opgave)
       WHERE p <> o
         AND ${partnerCondition('c', 'own', 'other')}
       WITH id, p, c, own, other ORDER BY p.nummer IS NULL, p.nummer, p.id, toLower(c.naam), c.id
       RETURN id, ${nodeProjection('p')} AS partner, ${nodeProjection('c')} AS crossover,
              [${relationProjection('own')}, ${relationProjection('other')}] AS relations`,
      { ids },
    );
    const found = new Map<string, CrossoverPartnerRecord[]>();
    for (const row of rows) {
      const partners = found.get(row.id) ?? [];
      partners.push({
        opgave: toEntity(row.partner),
        crossover: toEntity(row.crossover),
        relations: row.relations.map(toRelation),
      });
      found.set(row.id, partners);
    }
    return found;
  }
}
