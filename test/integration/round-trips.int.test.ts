import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestContext, type RequestContext } from '../../src/context.js';
import { DocumentLibrary } from '../../src/seeds/document-library.js';
import { connectTestDatabase } from '../support/database.js';
import { startTestService, type RunningService } from '../support/service.js';

const database = connectTestDatabase();
let service: RunningService;
let documents: DocumentLibrary;
beforeAll(async () => {
  // The cost limit would (rightly) refuse the wide variant; this test is about batching.
  service = await startTestService({ GRAPHQL_MAX_COST: '1000000000' });
  documents = await DocumentLibrary.load();
});
afterAll(async () => {
  await service.stop();
  await database.close();
});

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

async function run(query: string): Promise<{ context: RequestContext; nodes: number }> {
  const context = createRequestContext({ database, documents, serviceVersion: 'test', traversalTimeoutMs: 5000 }, 'round-trips');
  const response = await service.apollo.executeOperation({ query }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  const nodes = JSON.stringify(response.body.singleResult.data).match(/"id"/g)?.length ?? 0;
  return { context, nodes };
}

describe('database round trips of a deep query', () => {
  it('grow with the depth of the query, not with the number of nodes it returns', async () => {
    const small = await run(deepQuery(2));
    const large = await run(deepQuery(12));
    expect(large.nodes).toBeGreaterThan(small.nodes * 3);
    expect(large.context.stats.roundTrips).toBe(small.context.stats.roundTrips);
    // root list, four relation levels, and the documents of the sources: one batch each
    expect(large.context.stats.roundTrips).toBeLessThanOrEqual(7);
  });
});
