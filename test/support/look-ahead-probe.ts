import { buildSchema, execute, parse, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { lookAhead, lookAheadInList } from '../../src/read-model/look-ahead.js';
import type { TreePlan } from '../../src/read-model/plan.js';
import { readModel } from '../../src/read-model/read-model.js';
import { loadTypeDefs } from '../../src/server.js';

export const schema = buildSchema(loadTypeDefs());

/**
 * The plan the service's root field `root` would make for this query: the root field is resolved
 * by a probe that plans and returns nothing, so no database is needed.
 */
export function planOf(root: string, query: string, variables: Record<string, unknown> = {}): TreePlan {
  let plan: TreePlan | undefined;
  const field = schema.getQueryType()!.getFields()[root]!;
  field.resolve = (_root: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    const type = info.returnType.toString().replace(/!$/, '');
    plan = type.endsWith('Connection')
      ? lookAheadInList(readModel, info)
      : lookAhead(readModel, info, schema.getType(type) as GraphQLObjectType);
    return null;
  };
  void execute({ schema, document: parse(query), variableValues: variables });
  if (!plan) throw new Error(`${root} was not resolved`);
  return plan;
}
