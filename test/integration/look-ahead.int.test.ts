import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchQuery } from '../../src/graph/search-query.js';
import type { Database } from '../../src/neo4j/database.js';
import { startCountedService, type CountedService } from '../support/counted-operation.js';
import { connectTestDatabase } from '../support/database.js';

let counted: CountedService;
let database: Database;
beforeAll(async () => {
  counted = await startCountedService();
  database = connectTestDatabase();
});
afterAll(async () => {
  await counted.stop();
  await database.close();
});

const run = (query: string, variables: Record<string, unknown> = {}) => counted.run(query, variables);

/** The same selection asked through `node(id:)`, which reads ahead nothing: one level per round trip. */
async function compareWithNodeRoot(root: string, type: string, id: string, selection: string, fragments = '') {
  const ahead = await run(`query($id: ID!) { ${root}(id: $id) { ${selection} } } ${fragments}`, { id });
  const levelByLevel = await run(`query($id: ID!) { node(id: $id) { ... on ${type} { ${selection} } } } ${fragments}`, {
    id,
  });
  expect(ahead.errors).toBeUndefined();
  expect(levelByLevel.errors).toBeUndefined();
  expect(ahead.data?.[root]).toEqual(levelByLevel.data?.node);
  return { ahead, levelByLevel };
}

const page =
  '{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id naam } relatie { type van naar onderwerp bronnen { citaat regelVan regelTot } } } }';

describe('reading ahead: a node and the connections asked below it in one round trip', () => {
  it('answers a region profile in one round trip, exactly as level by level', async () => {
    const { ahead, levelByLevel } = await compareWithNodeRoot(
      'regio',
      'Regio',
      'regio:food-valley',
      `id naam beschrijving provincies ${page} opgaven ${page} instrumenten ${page} crossovers ${page} onderdelen ${page}`,
    );
    expect(ahead.roundTrips).toBe(1);
    expect(levelByLevel.roundTrips).toBe(2);
    expect(JSON.stringify(ahead.data)).toContain('"gemeente:wageningen"');
  });

  it('answers a knelpunt profile and the knelpunten of an opgave, oldest first, in one round trip each (the status in one more)', async () => {
    const knelpunt = await compareWithNodeRoot(
      'knelpunt',
      'Knelpunt',
      'knelpunt:tekorten-sociaal-domein',
      `id naam soortKnelpunt opgaven ${page} oplossingen ${page} gesignaleerdDoor ${page} behandeldIn ${page}`,
    );
    expect(knelpunt.ahead.roundTrips).toBe(1);
    expect(knelpunt.levelByLevel.roundTrips).toBe(2);
    // The current status follows from the knelpunt's status statements: one batch more, not one per knelpunt.
    const withStatus = await compareWithNodeRoot(
      'knelpunt',
      'Knelpunt',
      'knelpunt:tekorten-sociaal-domein',
      `id naam status opgaven ${page}`,
    );
    expect(withStatus.ahead.roundTrips).toBe(2);
    const opgave = await compareWithNodeRoot(
      'opgave',
      'Opgave',
      'opgave:sociaal-domein',
      `id knelpunten(first: 3) ${page} stuurgroepen { edges { node { id escaleertNaar ${page} } } }`,
    );
    expect(opgave.ahead.roundTrips).toBe(1);
    expect(JSON.stringify(opgave.ahead.data)).toContain('"overleg:stuurgroep-ibp-plus"');
  });

  it('reads three levels below an opgave in one round trip, with pages cut at every level', async () => {
    const { ahead, levelByLevel } = await compareWithNodeRoot(
      'opgave',
      'Opgave',
      'opgave:klimaat',
      `id themas(first: 2) { totalCount edges { node { id naam
         instrumenten(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id naam
           betrokkenen(first: 2) ${page}
         } } }
       } } }
       eerste: instrumenten(first: 2) ${page}
       volgende: instrumenten(first: 2, after: "${Buffer.from('o:1').toString('base64url')}") ${page}`,
    );
    expect(ahead.roundTrips).toBe(1);
    expect(levelByLevel.roundTrips).toBeGreaterThanOrEqual(4);
    const themas = (ahead.data?.opgave as { themas: { totalCount: number; edges: unknown[] } }).themas;
    // klimaat has three themes (seeds/MODEL.md: the sectors of bijlage 2 are parts of klimaatmitigatie), so a page of two is cut.
    expect(themas.edges).toHaveLength(2);
    expect(themas.totalCount).toBeGreaterThan(2);
  });

  it('follows `verbanden` with its types and direction, and fragments on the node type', async () => {
    const { ahead } = await compareWithNodeRoot(
      'thema',
      'Thema',
      'thema:klimaatadaptatie',
      `id ... on Entiteit { verbanden(typen: [THEMA_VAN], richting: UIT) ${page} } ...meer`,
      `fragment meer on Thema { opgaven ${page} alle: verbanden(first: 5) ${page} }`,
    );
    expect(ahead.roundTrips).toBe(1);
  });

  it('fetches only the properties a selection reads, without short-changing another selection of the same nodes', async () => {
    const answer = await run(`{
      regio(id: "regio:food-valley") { opgaven { edges { node { id } } } }
      node(id: "regio:food-valley") { ... on Regio { opgaven { edges { node { id naam beschrijving ... on Opgave { nummer categorie } } } } } }
      opgave(id: "opgave:klimaat") { id naam beschrijving nummer }
    }`);
    expect(answer.errors).toBeUndefined();
    const lean = (answer.data?.regio as { opgaven: { edges: Array<{ node: Record<string, unknown> }> } }).opgaven.edges;
    const full = (answer.data?.node as { opgaven: { edges: Array<{ node: Record<string, unknown> }> } }).opgaven.edges;
    expect(lean.map(({ node }) => Object.keys(node))).toEqual(full.map(() => ['id']));
    for (const { node } of full) {
      expect(node.beschrijving).toEqual(expect.any(String));
      expect(node.nummer).toEqual(expect.any(Number));
      expect(node.categorie).toMatch(/^[A-Z]+$/);
      expect(node.naam).not.toEqual(node.id);
    }
    expect((answer.data?.opgave as { beschrijving: unknown }).beschrijving).toEqual(expect.any(String));
  });

  it('reads ahead below a root list too: the page, then everything below it, in two round trips', async () => {
    const selection = `id naam themas(first: 3) { totalCount edges { relatie { type van naar } node { id naam instrumenten(first: 2) ${page} } } } regios ${page}`;
    const listed = await run(`{ opgaven(first: 4, sortering: NUMMER) { totalCount edges { node { ${selection} } } } }`);
    expect(listed.errors).toBeUndefined();
    expect(listed.roundTrips).toBe(2);
    const nodes = (listed.data?.opgaven as { edges: Array<{ node: { id: string } }> }).edges.map(({ node }) => node);
    expect(nodes).toHaveLength(4);
    const levelByLevel = await run(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Opgave { ${selection} } } }`, {
      ids: nodes.map(({ id }) => id),
    });
    expect(levelByLevel.errors).toBeUndefined();
    expect(levelByLevel.roundTrips).toBeGreaterThanOrEqual(3);
    expect(nodes).toEqual(levelByLevel.data?.nodes);
  });

  it('leaves a bad page argument to its resolver, which names it, and still answers the rest', async () => {
    const answer = await run(
      `{ regio(id: "regio:food-valley") { id opgaven(first: 1000) { totalCount } instrumenten { totalCount } } }`,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toContain('first');
    expect(answer.data?.regio).toBeNull();
  });

  it('answers null for an id of another kind, and one round trip for a node with no connections asked', async () => {
    expect((await run(`{ regio(id: "opgave:klimaat") { id opgaven { totalCount } } }`)).data?.regio).toBeNull();
    const plain = await run(`{ regio(id: "regio:food-valley") { id naam } }`);
    expect(plain.data?.regio).toEqual({ id: 'regio:food-valley', naam: 'Food Valley' });
    expect(plain.roundTrips).toBe(1);
  });
});

describe('search reads only its page', () => {
  type Hit = { score: number; node: Record<string, unknown> & { id: string } };
  type Zoek = { zoek: { totalCount: number; edges: Hit[] } };
  const selection = 'id naam soort beschrijving bronnen { citaat regelVan } ... on Opgave { nummer categorie }';
  const search = async (first: number, after?: string) => {
    const answer = await run(
      `query($after: String) { zoek(tekst: "regio", first: ${first}, after: $after) { totalCount edges { score node { ${selection} } } } }`,
      { after },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.roundTrips).toBe(1);
    return (answer.data as Zoek).zoek;
  };

  it('cuts every page out of one order of all hits: score, then element id, with the total of all hits', async () => {
    const [all] = await database.read<{ ids: string[] }>(
      'every hit in order',
      `CALL db.index.fulltext.queryNodes('zoekindex', $query) YIELD node AS n, score
       WITH n, score ORDER BY score DESC, elementId(n) RETURN collect(n.id) AS ids`,
      { query: buildSearchQuery('regio') },
    );
    const first = await search(100);
    expect(first.totalCount).toBe(all!.ids.length);
    expect(first.totalCount).toBeGreaterThan(20);
    expect(first.edges.map(({ node }) => node.id)).toEqual(all!.ids.slice(0, 100));
    const paged: Hit[] = [];
    for (let offset = 0; offset < Math.min(first.totalCount, 30); offset += 7) {
      const page = await search(7, offset === 0 ? undefined : Buffer.from(`o:${offset - 1}`).toString('base64url'));
      expect(page.totalCount).toBe(first.totalCount);
      paged.push(...page.edges);
    }
    expect(paged).toEqual(first.edges.slice(0, paged.length));
  });

  it('answers each node on its page as when the node is read whole', async () => {
    const { edges } = await search(30);
    const whole = await run(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Entiteit { ${selection} } } }`, {
      ids: edges.map(({ node }) => node.id),
    });
    expect(whole.errors).toBeUndefined();
    expect(edges.map(({ node }) => node)).toEqual(whole.data?.nodes);
  });
});
