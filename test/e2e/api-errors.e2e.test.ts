import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql, startTestService, type RunningService } from '../support/service.js';

let service: RunningService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(async () => {
  await service.stop();
});

async function firstError(query: string, variables?: Record<string, unknown>) {
  const response = await postGraphql(service.baseUrl, { query, variables });
  return response.body.errors?.[0];
}

describe('unknown ids', () => {
  it.each([
    '{ opgave(id: "opgave:bestaat-niet") { id } }',
    '{ node(id: "regio:atlantis") { id } }',
    '{ regio(id: "opgave:klimaat") { id } }',
  ])('give null, not an error: %s', async (query) => {
    const response = await postGraphql(service.baseUrl, { query });
    expect(response.body.errors).toBeUndefined();
    expect(Object.values(response.body.data ?? {})).toEqual([null]);
  });
});

describe('malformed input gives BAD_USER_INPUT naming the argument', () => {
  it.each([
    ['{ opgave(id: "DROP DATABASE") { id } }', 'id'],
    ['{ opgaven(first: 0) { totalCount } }', 'first'],
    ['{ opgaven(first: 101) { totalCount } }', 'first'],
    ['query ($n: Int) { opgaven(first: $n) { totalCount } }', 'first'],
    ['{ opgaven(after: "bogus") { totalCount } }', 'after'],
    ['{ regios(provincie: "Gelderland") { totalCount } }', 'provincie'],
    ['{ mijlpalen(vanaf: "gisteren") { totalCount } }', 'vanaf'],
    ['{ zoek(tekst: "") { totalCount } }', 'tekst'],
    ['{ opgave(id: "opgave:klimaat") { themas(first: 500) { totalCount } } }', 'first'],
  ])('%s', async (query, argument) => {
    const error = await firstError(query, { n: -5 });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error?.message.startsWith(`${argument}: `)).toBe(true);
  });

  it('refuses first: 99999999 in validation, by the cost limit, before any database work', async () => {
    const error = await firstError('{ opgaven(first: 99999999) { edges { node { id } } } }');
    expect(error).toMatchObject({
      message: expect.stringMatching(/^De query is te groot: de geschatte omvang is \d+, de grens \d+\./),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses more than 100 ids at once', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => `opgave:x${index}`);
    const error = await firstError('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(error).toMatchObject({
      message: 'ids: hoogstens 100 ids, niet 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('hostile text is only ever data', () => {
  it.each([
    "opgave:klimaat'}) DETACH DELETE n //",
    'x") MATCH (n) DETACH DELETE n RETURN ("',
    'naam:* OR beschrijving:*',
  ])('search text %j finds nothing dangerous and deletes nothing', async (text) => {
    const before = await postGraphql(service.baseUrl, { query: '{ opgaven { totalCount } }' });
    const response = await postGraphql(service.baseUrl, {
      query: 'query ($tekst: String!) { zoek(tekst: $tekst) { totalCount } }',
      variables: { tekst: text },
    });
    expect(response.body.errors).toBeUndefined();
    expect(await postGraphql(service.baseUrl, { query: '{ opgaven { totalCount } }' })).toEqual(before);
  });
});

describe('pagination', () => {
  it('walks a list page by page without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const response = await postGraphql(service.baseUrl, {
        query:
          'query ($after: String) { themas(first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        variables: { after },
      });
      const themas = response.body.data?.themas as {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { id: string } }>;
      };
      seen.push(...themas.edges.map((edge) => edge.node.id));
      if (!themas.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(themas.totalCount);
        break;
      }
      after = themas.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(50);
  });
});
