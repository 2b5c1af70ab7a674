import type { Resolvers } from '../generated/graphql.js';
import { Dienst } from './dienst.js';
import { Query } from './query.js';

export const resolvers: Resolvers = {
  Query,
  Dienst,
};
