import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildSchema, parse, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badUserInput, formatError } from '../../src/errors.js';
import { compiledExecution } from '../../src/http/compiled-execution.js';
import { createLogger } from '../../src/logger.js';
import { lookAhead, lookAheadInList } from '../../src/read-model/look-ahead.js';
import type { TreePlan } from '../../src/read-model/plan.js';
import { readModel } from '../../src/read-model/read-model.js';
import { loadTypeDefs } from '../../src/server.js';
import { planOf } from '../support/look-ahead-probe.js';

/** The plan the root field `root` makes when graphql-jit runs the query (see look-ahead-probe.ts for graphql-js). */
function compiledPlanOf(root: string, query: string, variables: Record<string, unknown> = {}): TreePlan {
  const schema = buildSchema(loadTypeDefs());
  let plan: TreePlan | undefined;
  schema.getQueryType()!.getFields()[root]!.resolve = (_r, _a, _c, info: GraphQLResolveInfo) => {
    const type = info.returnType.toString().replace(/!$/, '');
    plan = type.endsWith('Connection')
      ? lookAheadInList(readModel, info)
      : lookAhead(readModel, info, schema.getType(type) as GraphQLObjectType);
    return null;
  };
  const compiled = compileQuery(schema, parse(query));
  if (!isCompiledQuery(compiled)) throw new Error(`not compiled: ${JSON.stringify(compiled.errors)}`);
  void compiled.query(undefined, {}, variables);
  if (!plan) throw new Error(`${root} was not resolved`);
  return plan;
}

describe('the look-ahead on the compiled path', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'regio',
      `query($n: Int) { regio(id: "regio:x") { naam opgaven(first: $n) { totalCount edges { node { naam ... on Opgave { nummer } } relatie { onderwerp bronnen { citaat } } } } } }`,
      { n: 3 },
    ],
    [
      'opgave',
      `query($zonder: Boolean!) { opgave(id: "opgave:x") { ...Niveaus } }
       fragment Niveaus on Opgave { themas { edges { node { id naam instrumenten @skip(if: $zonder) { edges { node { id naam betrokkenen { edges { node { id } relatie { rol } } } } } } } } } }`,
      { zonder: false },
    ],
    [
      'opgave',
      `query($zonder: Boolean!) { opgave(id: "opgave:x") { themas { edges { node { id instrumenten @skip(if: $zonder) { totalCount } } } } } }`,
      { zonder: true },
    ],
  ])('plans %s exactly as on graphql-js', (root, query, variables) => {
    expect(compiledPlanOf(root, query, variables)).toEqual(planOf(root, query, variables));
  });
});

const typeDefs = `
  type Query { groet(naam: String!, aantal: Int): String!, fout: String, lijst: [Item!]! }
  type Item { id: ID!, naam: String! }
`;
const resolvers = {
  Query: {
    groet: (_: unknown, { naam }: { naam: string }) => `hallo ${naam}`,
    fout: () => {
      throw badUserInput('fout', 'dit veld weigert altijd');
    },
    lijst: () => [
      { id: '1', naam: 'een' },
      { id: '2', naam: null },
    ],
  },
};

/** The same schema served by Apollo Server on graphql-js, and through the compiled executor. */
function servers(): { plain: ApolloServer; compiled: ApolloServer } {
  const common = { formatError, includeStacktraceInErrorResponses: false };
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  return {
    plain: new ApolloServer({ typeDefs, resolvers, ...common }),
    compiled: new ApolloServer({ gateway: compiledExecution(schema, createLogger('silent')), ...common }),
  };
}

describe('compiled execution', () => {
  const { plain, compiled } = servers();
  beforeAll(() => Promise.all([plain.start(), compiled.start()]));
  afterAll(() => Promise.all([plain.stop(), compiled.stop()]));

  const both = async (request: { query: string; variables?: Record<string, unknown>; operationName?: string }) => {
    const [a, b] = await Promise.all([plain.executeOperation(request), compiled.executeOperation(request)]);
    return { plain: { status: a.http.status, body: a.body }, compiled: { status: b.http.status, body: b.body } };
  };

  it.each<[string, { query: string; variables?: Record<string, unknown>; operationName?: string }]>([
    ['an answer', { query: 'query Groet($n: String!) { groet(naam: $n) }', variables: { n: 'IBP' } }],
    ['an operation name the document does not hold', { query: '{ groet(naam: "x") }', operationName: 'Naam' }],
    [
      'a variable of the wrong type',
      { query: 'query($n: String!, $a: Int) { groet(naam: $n, aantal: $a) }', variables: { n: 'x', a: 'veel' } },
    ],
    ['a required variable with a default, left out', { query: 'query($n: String! = "standaard") { groet(naam: $n) }' }],
    ['a required variable left out', { query: 'query($n: String!) { groet(naam: $n) }' }],
    ['an error raised in a resolver, with its code', { query: '{ fout groet(naam: "x") }' }],
    ['a null where the schema promises none', { query: '{ lijst { id naam } }' }],
    ['introspection', { query: '{ __schema { queryType { name } } __typename }' }],
  ])('answers %s exactly as graphql-js does', async (_name, request) => {
    const { plain: expected, compiled: actual } = await both(request);
    expect(actual).toEqual(expected);
  });

  it('answers the same operation again from the compiled function it kept', async () => {
    const request = { query: 'query Twee($n: String!) { groet(naam: $n) }', variables: { n: 'een' } };
    const first = await compiled.executeOperation(request);
    const second = await compiled.executeOperation({ ...request, variables: { n: 'twee' } });
    expect(JSON.stringify(first.body)).toContain('hallo een');
    expect(JSON.stringify(second.body)).toContain('hallo twee');
  });
});
