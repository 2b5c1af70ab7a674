import { JSONResolver } from 'graphql-scalars';
import { requireRole } from '../auth/caller.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { checkParameters } from '../graph/cypher-guard.js';

/** The analysts' own Cypher: role first, then the parameters; the query's checks live in the repository. */
export const analyseQueries: Pick<QueryResolvers, 'cypher'> = {
  cypher: (_root, { query, parameters }, context) => {
    requireRole(context.caller, 'analist');
    return context.repositories.cypher.run(query, checkParameters(parameters));
  },
};

export { JSONResolver as JSON };
