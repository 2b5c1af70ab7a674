import type { QueryResolvers } from '../generated/graphql.js';

export const Query: QueryResolvers = {
  dienst: (_root, _args, context) => ({ versie: context.serviceVersion }),
};
