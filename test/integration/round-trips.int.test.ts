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

/** Knelpunten with their route, its relations' sources, and two levels of connections below them. */
const deepBottleneckQuery = (first: number) => `{
  knelpunten(first: ${first}) {
    edges { node { id naam status gesignaleerdIn { id datum }
      route { stap overleg { id naam } via { type bronnen { citaat document { id } } } }
      opgaven(first: ${first}) { edges { node { id
        stuurgroepen(first: ${first}) { edges { node { id escaleertNaar { edges { node { id naam } } } } } }
      } } }
      oplossingen(first: ${first}) { edges { relatie { bronnen { document { id } } } node { id naam } } }
    } }
  }
}`;

describe('database round trips of a deep knelpunten query', () => {
  it('do not grow with the number of knelpunten, their routes or their connections', async () => {
    const small = await run(deepBottleneckQuery(2));
    const large = await run(deepBottleneckQuery(30));
    expect(large.nodes).toBeGreaterThan(small.nodes * 5);
    expect(large.roundTrips).toBe(small.roundTrips);
    // the list, its connections read ahead, the routes, the current statuses (from the latest status
    // statements), and the documents of dates and sources: one batch each
    expect(large.roundTrips).toBeLessThanOrEqual(6);
  });
});
