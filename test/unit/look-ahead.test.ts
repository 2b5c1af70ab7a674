import { describe, expect, it } from 'vitest';
import type { TreePlan } from '../../src/read-model/plan.js';
import { connectionTreeCypher } from '../../src/repositories/connection-tree.js';
import { planOf as planOfRoot } from '../support/look-ahead-probe.js';

/** The plan `regio(id:)` makes for this query. */
const planOf = (query: string, variables: Record<string, unknown> = {}): TreePlan =>
  planOfRoot('regio', query, variables);

const cursorAfter = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

describe('the look-ahead', () => {
  it('plans each connection with its spec, its page and the properties its nodes are asked for', () => {
    const plan = planOf(
      `query($n: Int) { regio(id: "regio:x") {
      naam
      opgaven(first: $n) { totalCount edges { node { naam ... on Opgave { nummer } } } }
      instrumenten(after: "${cursorAfter(4)}") { edges { cursor } }
    } }`,
      { n: 3 },
    );
    expect(plan.connections).toEqual([
      {
        spec: expect.objectContaining({ types: ['SPEELT_IN'], direction: 'in' }),
        page: { offset: 0, limit: 3 },
        properties: ['id', 'naam', 'nummer'],
        relations: false,
      },
      {
        spec: expect.objectContaining({ types: ['INSTRUMENT_VOOR'] }),
        page: { offset: 5, limit: 20 },
        properties: ['id'],
        relations: false,
      },
    ]);
  });

  it('asks for every property when a selected field may read any of them', () => {
    const [opgaven] = planOf(
      `{ regio(id: "regio:x") { opgaven { edges { node { id eigenschappen { naam } } } } } }`,
    ).connections;
    expect(opgaven).not.toHaveProperty('properties');
  });

  it('asks for what a computed field declares it reads, and nothing for __typename', () => {
    const [opgaven] = planOf(
      `{ regio(id: "regio:x") { opgaven { edges { node { __typename soort bronnen { citaat } } } } } }`,
    ).connections;
    expect(opgaven?.properties).toEqual([
      'bronCitaat',
      'bronDocument',
      'bronOokBij',
      'bronOokCitaat',
      'bronOokRegelTot',
      'bronOokRegelVan',
      'bronRegelTot',
      'bronRegelVan',
      'bronVindplaats',
      'id',
    ]);
  });

  it('reads a scalar field the read model leaves out as the stored property of its own name', () => {
    const [documenten] = planOf(
      `{ regio(id: "regio:x") { verbanden { edges { node { ... on Document { datum kenmerk } } } } } }`,
    ).connections;
    expect(documenten?.properties).toEqual(['datum', 'id', 'kenmerk']);
  });

  it('reads the dates of nodes whose edges say which date a window matched', () => {
    const [standen] = planOfRoot(
      'mijlpaal',
      `{ mijlpaal(id: "mijlpaal:x") { standen(vanaf: "2018") { edges { node { id } gevondenDatum { waarde } } } } }`,
    ).connections;
    expect(standen?.properties).toEqual(['datum', 'id', 'varianten']);
    expect(standen?.spec.dateWindow).toEqual({ from: '2018-01-01' });
  });

  it('merges aliases of one page and keeps different pages apart', () => {
    const plan = planOf(`{ regio(id: "regio:x") {
      a: opgaven { edges { node { naam } } }
      b: opgaven { edges { node { beschrijving } relatie { onderwerp } } }
      c: opgaven(first: 2) { totalCount }
    } }`);
    expect(
      plan.connections.map(({ page, properties, relations, relationProperties }) => ({
        page,
        properties,
        relations,
        relationProperties,
      })),
    ).toEqual([
      {
        page: { offset: 0, limit: 20 },
        properties: ['beschrijving', 'id', 'naam'],
        relations: true,
        relationProperties: ['onderwerp'],
      },
      { page: { offset: 0, limit: 2 }, properties: ['id'], relations: false, relationProperties: undefined },
    ]);
  });

  it('follows connections below nodes of an object type, not below an interface', () => {
    const plan = planOf(`{ regio(id: "regio:x") {
      opgaven { edges { node { themas(first: 2) { edges { node { instrumenten { totalCount } } } } } } }
      provincies { edges { node { verbanden { totalCount } } } }
    } }`);
    const [opgaven, provincies] = plan.connections;
    expect(opgaven?.nodes?.connections[0]?.page).toEqual({ offset: 0, limit: 2 });
    expect(opgaven?.nodes?.connections[0]?.nodes?.connections[0]?.spec.types).toEqual(['INSTRUMENT_VOOR']);
    expect(provincies?.nodes).toBeUndefined();
  });

  it('leaves out connections with bad arguments, and skipped fields', () => {
    const plan = planOf(`{ regio(id: "regio:x") {
      opgaven(first: 1000) { totalCount }
      instrumenten(after: "nonsense") { totalCount }
      crossovers @skip(if: true) { totalCount }
      provincies { totalCount }
    } }`);
    expect(plan.connections.map(({ spec }) => spec.types)).toEqual([['LIGT_IN']]);
  });

  it('names variables and parameters by place, so one query shape is one Cypher text', () => {
    const shape = (first: number) =>
      connectionTreeCypher(planOf(`{ regio(id: "regio:x") { opgaven(first: ${first}) { edges { node { naam } } } } }`));
    const [two, five] = [shape(2), shape(5)];
    expect(two.cypher).toBe(five.cypher);
    expect(two.parameters).toEqual({ o0: 0, l0: 2 });
    expect(two.cypher).toContain('[item IN page1 | [item.id, item.naam]]');
  });
});
