import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crossoverPartners } from '../../src/graph/crossover-partners.js';
import type { QueryRunner } from '../../src/neo4j/database.js';
import { CrossoverRepository } from '../../src/repositories/crossover-repository.js';
import { startCountedService, type CountedService } from '../support/counted-operation.js';
import { connectTestDatabase } from '../support/database.js';

const database = connectTestDatabase();
let service: CountedService;
beforeAll(async () => {
  service = await startCountedService();
});
afterAll(async () => {
  await service.stop();
  await database.close();
});

type Member = { opgave: string; rol: string | null };

/** The partners of `of` in one crossover, by the rule of src/graph/crossover-partners.ts. */
function expectedPartners(members: readonly Member[], of: string): string[] {
  const pairs = crossoverPartners(
    members.map(({ opgave, rol }) => ({ opgave, rol: rol === 'kern' ? 'kern' : 'verbonden' })),
  );
  return pairs.flatMap(([a, b]) => (a === of ? [b] : b === of ? [a] : []));
}

/** Crossovers and their members with their roles, straight from the graph. */
async function crossoverMembers(): Promise<Map<string, Member[]>> {
  const rows = await database.read<{ crossover: string; members: Member[] }>(
    'crossover members',
    `MATCH (c:Crossover)-[v:VERBINDT]->(o:Opgave)
     RETURN c.id AS crossover, collect({opgave: o.id, rol: v.rol}) AS members`,
    {},
  );
  return new Map(rows.map(({ crossover, members }) => [crossover, members]));
}

type PartnersAnswer = {
  opgaven: {
    edges: Array<{
      node: {
        id: string;
        crossoverPartners: Array<{
          opgave: { id: string };
          crossover: { id: string };
          verbindingen: Array<{ type: string; van: string; naar: string; bronnen: Array<{ citaat: string }> }>;
        }>;
      };
    }>;
  };
};

const partnersQuery = `{ opgaven(first: 20) { edges { node { id
  crossoverPartners { opgave { id } crossover { id } verbindingen { type van naar bronnen { citaat } } }
} } } }`;

describe('crossover partners of an opgave', () => {
  it('are exactly the pairs the crossover rule gives, for every opgave, in two round trips', async () => {
    const answer = await service.run(partnersQuery);
    expect(answer.errors).toBeUndefined();
    expect(answer.roundTrips).toBe(2);
    const members = await crossoverMembers();
    const opgaven = (answer.data as PartnersAnswer).opgaven.edges.map(({ node }) => node);
    expect(opgaven).toHaveLength(10);
    for (const opgave of opgaven) {
      const expected = [...members].flatMap(([crossover, list]) =>
        expectedPartners(list, opgave.id).map((partner) => `${crossover} ${partner}`),
      );
      const found = opgave.crossoverPartners.map(({ crossover, opgave: partner }) => `${crossover.id} ${partner.id}`);
      expect(found.sort(), opgave.id).toEqual(expected.sort());
    }
  });

  it('name the pair with its two VERBINDT relations, to this opgave and to the partner, each with its sources', async () => {
    const answer = await service.run(partnersQuery);
    const opgaven = (answer.data as PartnersAnswer).opgaven.edges.map(({ node }) => node);
    const pairs = opgaven.flatMap((opgave) => opgave.crossoverPartners.map((partner) => ({ opgave, partner })));
    expect(pairs.length).toBeGreaterThan(0);
    for (const { opgave, partner } of pairs) {
      const [own, other] = partner.verbindingen;
      expect(own).toMatchObject({ type: 'VERBINDT', van: partner.crossover.id, naar: opgave.id });
      expect(other).toMatchObject({ type: 'VERBINDT', van: partner.crossover.id, naar: partner.opgave.id });
      expect(own!.bronnen.length).toBeGreaterThan(0);
      expect(other!.bronnen.length).toBeGreaterThan(0);
    }
  });

  it('of a star are kern–member pairs only: two members linked to one kern are not partners of each other', async () => {
    const rolledBack = new Error('roll back');
    const outcome = await database
      .writeTransaction('crossover partners: a star', async (transaction) => {
        await transaction.run(
          `CREATE (c:Entiteit:Crossover {id: 'crossover:test-ster', naam: 'Testster'})
           WITH c
           MATCH (kern:Opgave {id: 'opgave:klimaat'}), (a:Opgave {id: 'opgave:wonen'}), (b:Opgave {id: 'opgave:migratie'})
           CREATE (c)-[:VERBINDT {rol: 'kern'}]->(kern), (c)-[:VERBINDT {rol: 'verbonden'}]->(a),
                  (c)-[:VERBINDT {rol: 'verbonden'}]->(b)`,
          {},
        );
        // The repository, reading inside this transaction, which is never committed.
        const inTransaction = {
          read: (_name: string, cypher: string, parameters: Record<string, unknown>) =>
            transaction.run(cypher, parameters),
        };
        const partners = await new CrossoverRepository(inTransaction as unknown as QueryRunner).partnersOf([
          'opgave:klimaat',
          'opgave:wonen',
          'opgave:migratie',
        ]);
        const inStar = (id: string) =>
          (partners.get(id) ?? [])
            .filter(({ crossover }) => crossover.id === 'crossover:test-ster')
            .map(({ opgave }) => opgave.id);
        expect(inStar('opgave:klimaat').sort()).toEqual(['opgave:migratie', 'opgave:wonen']);
        expect(inStar('opgave:wonen')).toEqual(['opgave:klimaat']);
        expect(inStar('opgave:migratie')).toEqual(['opgave:klimaat']);
        throw rolledBack;
      })
      .catch((error: unknown) => error);
    expect(outcome).toBe(rolledBack);
    const [left] = await database.read<{ n: number }>(
      'test star gone',
      `MATCH (c {id: 'crossover:test-ster'}) RETURN count(c) AS n`,
      {},
    );
    expect(left?.n).toBe(0);
  });
});
