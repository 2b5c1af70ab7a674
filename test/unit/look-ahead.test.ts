import { buildSchema, execute, parse, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { lookAhead, type TreePlan } from '../../src/loaders/look-ahead.js';
import { connectionTreeCypher } from '../../src/repositories/connection-tree.js';
import '../../src/resolvers/index.js';
import { loadTypeDefs } from '../../src/server.js';

const schema = buildSchema(loadTypeDefs());

/** The plan `regio(id:)` would make for this query (the root field is resolved by the probe). */
function planOf(query: string, variables: Record<string, unknown> = {}): TreePlan {
  let plan: TreePlan | undefined;
  const regio = schema.getQueryType()!.getFields().regio!;
  regio.resolve = (_root: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    plan = lookAhead(info, schema.getType('Regio') as GraphQLObjectType);
    return null;
  };
  void execute({ schema, document: parse(query), variableValues: variables });
  if (!plan) throw new Error('regio was not resolved');
  return plan;
}

const cursorAfter = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

describe('the look-ahead', () => {
  it('plans each connection with its spec, its page and the properties its nodes are asked for', () => {
    const plan = planOf(`query($n: Int) { regio(id: "regio:x") {
      naam
      opgaven(first: $n) { totalCount edges { node { naam ... on Opgave { nummer } } } }
      instrumenten(after: "${cursorAfter(4)}") { edges { cursor } }
    } }`, { n: 3 });
    expect(plan.connections).toEqual([
      { spec: expect.objectContaining({ types: ['SPEELT_IN'], direction: 'in' }), page: { offset: 0, limit: 3 }, properties: ['id', 'naam', 'nummer'], relations: false },
      { spec: expect.objectContaining({ types: ['INSTRUMENT_VOOR'] }), page: { offset: 5, limit: 20 }, properties: ['id'], relations: false },
    ]);
  });

  it('asks for every property when a selected field reads more than it declares', () => {
    const [opgaven] = planOf(`{ regio(id: "regio:x") { opgaven { edges { node { id bronnen { citaat } } } } } }`).connections;
    expect(opgaven).not.toHaveProperty('properties');
  });

  it('merges aliases of one page and keeps different pages apart', () => {
    const plan = planOf(`{ regio(id: "regio:x") {
      a: opgaven { edges { node { naam } } }
      b: opgaven { edges { node { beschrijving } relatie { onderwerp } } }
      c: opgaven(first: 2) { totalCount }
    } }`);
    expect(plan.connections.map(({ page, properties, relations, relationProperties }) => ({ page, properties, relations, relationProperties }))).toEqual([
      { page: { offset: 0, limit: 20 }, properties: ['beschrijving', 'id', 'naam'], relations: true, relationProperties: ['onderwerp'] },
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
    const shape = (first: number) => connectionTreeCypher(planOf(`{ regio(id: "regio:x") { opgaven(first: ${first}) { edges { node { naam } } } } }`));
    const [two, five] = [shape(2), shape(5)];
    expect(two.cypher).toBe(five.cypher);
    expect(two.parameters).toEqual({ o0: 0, l0: 2 });
    expect(two.cypher).toContain('items: [item IN page1 | {node: {properties: {id: item.id, naam: item.naam}}}]');
  });
});
