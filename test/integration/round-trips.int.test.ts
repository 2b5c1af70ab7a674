import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCountedService, type CountedService } from '../support/counted-operation.js';

let counted: CountedService;
beforeAll(async () => {
  counted = await startCountedService();
});
afterAll(() => counted.stop());

/** Four levels of relations below the root list, each with sources and their documents. */
const deepQuery = (first: number) => `{
  opgaven(first: 10) {
    edges { node { id naam
      themas(first: ${first}) { totalCount edges { node { id naam bronnen { citaat document { id naam } }
        instrumenten(first: ${first}) { edges { relatie { bronnen { document { id } } } node { id naam
          betrokkenen(first: ${first}) { edges { node { id naam
            lidVan(first: ${first}) { edges { node { id naam } } }
          } } }
        } } }
      } } }
    } }
  }
}`;

async function run(query: string): Promise<{ roundTrips: number; nodes: number }> {
  const answer = await counted.run(query);
  expect(answer.errors).toBeUndefined();
  const nodes = JSON.stringify(answer.data).match(/"id"/g)?.length ?? 0;
  return { roundTrips: answer.roundTrips, nodes };
}

describe('database round trips of a deep query', () => {
  it('grow with the depth of the query, not with the number of nodes it returns', async () => {
    const small = await run(deepQuery(2));
    const large = await run(deepQuery(12));
    expect(large.nodes).toBeGreaterThan(small.nodes * 3);
    expect(large.roundTrips).toBe(small.roundTrips);
    // root list, four relation levels, and the documents of the sources: one batch each
    expect(large.roundTrips).toBeLessThanOrEqual(7);
  });
});
