import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeedNode } from '../../src/seeds/seed-schema.js';
import { toNodeRow } from '../../src/seeds/seed-rows.js';
import { startPrivateNeo4j, type PrivateNeo4j } from '../support/private-neo4j.js';
import { postGraphql, startTestService, type RunningService } from '../support/service.js';

/**
 * Date windows on the status statements of a node (`standen(vanaf:, tot:)`): they look at every date of a
 * statement, its peildatum and the dates other documents give it, and each edge says which one fell in
 * the window. No seeded statement has a variant and none can be recorded through the API with one, so
 * this file writes its statements into a Neo4j of its own, as the seed loader writes seed records.
 */

let neo4j: PrivateNeo4j;
let service: RunningService;

const source = (regel: number, citaat: string) => ({
  document: 'document:proef',
  regels: [regel, regel] as [number, number],
  citaat,
});
const milestone: SeedNode = {
  id: 'mijlpaal:proef',
  label: 'Mijlpaal',
  naam: 'proefmijlpaal',
  bronnen: [source(1, 'De proef wordt gehouden.')],
};
const statement = (id: string, datum: string, variant?: string): SeedNode => ({
  id,
  label: 'Stand',
  naam: id,
  eigenschappen: { status: 'gepland', datum },
  bronnen: [source(2, `De proef is voorzien (${datum}).`)],
  ...(variant && {
    varianten: [{ eigenschap: 'datum', waarde: variant, bron: source(7, `De proef is voorzien (${variant}).`) }],
  }),
});
/** Dated 8 February, but another document gives it 15 May. */
const MET_VARIANT = 'stand:proef-met-variant';
/** "Eind juni": 21 to 30 June. */
const EIND_JUNI = 'stand:proef-eind-juni';
const JULI = 'stand:proef-juli';
const statements = [
  statement(MET_VARIANT, '2018-02-08', '2018-05-15'),
  statement(EIND_JUNI, '2018-06-eind'),
  statement(JULI, '2018-07-01'),
];

beforeAll(async () => {
  neo4j = await startPrivateNeo4j({ seeded: false });
  for (const node of [milestone, ...statements]) {
    const row = toNodeRow(node);
    await neo4j.database.write('test: a seed node', `CREATE (n:Entiteit:${row.label}) SET n = $properties`, {
      properties: row.properties,
    });
  }
  await neo4j.database.write(
    'test: status statements of the milestone',
    `MATCH (m:Mijlpaal {id: $milestone}) UNWIND $statements AS id MATCH (s:Stand {id: id})
     CREATE (s)-[:STAND_VAN {herkomst: 'seed', bronDocument: ['document:proef']}]->(m)`,
    { milestone: milestone.id, statements: statements.map(({ id }) => id) },
  );
  service = await startTestService({ NEO4J_URI: neo4j.uri });
}, 240_000);

afterAll(async () => {
  await service?.stop();
  await neo4j?.stop();
});

type Found = { waarde: string; precisie: string; hoofdwaarde: boolean; bron: { regelVan: number } | null } | null;
type Page = { edges: Array<{ node: { id: string }; gevondenDatum: Found }> };

const STANDEN = `standen(vanaf: $vanaf, tot: $tot) {
  edges { node { id } gevondenDatum { waarde precisie hoofdwaarde bron { regelVan } } } }`;
/** Fetched ahead with the milestone, in one statement (read-model/look-ahead.ts). */
const ahead = `query ($vanaf: String, $tot: String) { mijlpaal(id: "mijlpaal:proef") { ${STANDEN} } }`;
/** Below a node of an interface type, which the look-ahead leaves to the loaders. */
const throughLoader = `query ($vanaf: String, $tot: String) { stand(id: "${JULI}") {
  verbanden(typen: [STAND_VAN], richting: UIT) { edges { node { ... on Mijlpaal { ${STANDEN} } } } } } }`;

/** The milestone's statements in the window, with the date each matched: the same on both paths. */
async function window(vanaf: string | null, tot: string | null): Promise<Map<string, Found>> {
  const variables = { vanaf, tot };
  const [first, second] = await Promise.all(
    [ahead, throughLoader].map((query) => postGraphql(service.baseUrl, { query, variables })),
  );
  expect(first!.body.errors).toBeUndefined();
  expect(second!.body.errors).toBeUndefined();
  const viaAhead = (first!.body.data as { mijlpaal: { standen: Page } }).mijlpaal.standen;
  type Linked = { stand: { verbanden: { edges: Array<{ node: { standen: Page } }> } } };
  const viaLoader = (second!.body.data as Linked).stand.verbanden.edges[0]!.node.standen;
  expect(viaLoader).toEqual(viaAhead);
  return new Map(viaAhead.edges.map(({ node, gevondenDatum }) => [node.id, gevondenDatum]));
}

describe('a date window on the status statements of a node', () => {
  it('finds a statement by a date another document gives it, and says that date matched', async () => {
    const found = await window('2018-05-01', '2018-05-31');
    expect([...found.keys()]).toEqual([MET_VARIANT]);
    expect(found.get(MET_VARIANT)).toEqual({
      waarde: '2018-05-15',
      precisie: 'DAG',
      hoofdwaarde: false,
      bron: { regelVan: 7 },
    });
  });

  it('says the peildatum matched when the window holds the statement’s own date', async () => {
    const found = await window('2018-02', '2018-02');
    expect([...found.keys()]).toEqual([MET_VARIANT]);
    expect(found.get(MET_VARIANT)).toEqual({ waarde: '2018-02-08', precisie: 'DAG', hoofdwaarde: true, bron: null });
  });

  it('gives no found date without a window', async () => {
    const found = await window(null, null);
    expect([...found.keys()].sort()).toEqual([MET_VARIANT, EIND_JUNI, JULI].sort());
    expect([...found.values()]).toEqual([null, null, null]);
  });

  it('keeps "eind juni" as the days 21 to 30 June at the edges of a window', async () => {
    const endOfJune = { waarde: '2018-06-eind', precisie: 'MAANDDEEL', hoofdwaarde: true, bron: null };
    expect([...(await window('2018-06-01', '2018-06-20')).keys()]).toEqual([]);
    expect([...(await window('2018-06-21', '2018-06-21')).entries()]).toEqual([[EIND_JUNI, endOfJune]]);
    expect([...(await window('2018-06-30', '2018-07-01')).entries()]).toEqual([
      [EIND_JUNI, endOfJune],
      [JULI, { waarde: '2018-07-01', precisie: 'DAG', hoofdwaarde: true, bron: null }],
    ]);
    expect([...(await window('2018-06-eind', '2018-06-eind')).keys()]).toEqual([EIND_JUNI]);
  });
});
