import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type RunningService } from '../support/service.js';
import { createRequestContext } from '../../src/context.js';
import { connectTestDatabase } from '../support/database.js';
import { DocumentLibrary } from '../../src/seeds/document-library.js';

let service: RunningService;
const database = connectTestDatabase();

beforeAll(async () => {
  service = await startTestService();
});
afterAll(async () => {
  await service.stop();
  await database.close();
});

describe('Query.dienst', () => {
  it('reports the service version and the Neo4j it runs on', async () => {
    const context = createRequestContext(
      { database, documents: await DocumentLibrary.load(), serviceVersion: '9.9.9', traversalTimeoutMs: 5000 },
      'test',
    );
    const response = await service.apollo.executeOperation(
      { query: '{ dienst { versie database { naam versie editie } } }' },
      { contextValue: context },
    );
    expect(response.body.kind).toBe('single');
    if (response.body.kind !== 'single') return;
    expect(response.body.singleResult.errors).toBeUndefined();
    expect(response.body.singleResult.data).toEqual({
      dienst: {
        versie: '9.9.9',
        database: { naam: 'neo4j', versie: expect.stringMatching(/^5\.26\.\d+$/), editie: 'community' },
      },
    });
    expect(context.stats.roundTrips).toBe(1);
  });
});
