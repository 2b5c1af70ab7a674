import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { RequestContext } from '../context.js';

/**
 * A field with a page size multiplies what lies below it: `opgaven(first: 20) { themas(first: 20) }`
 * can return 400 themes. The page size is read after defaults and variables are applied, so a
 * query that leaves `first` out or passes it as a variable is counted as it will run.
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const pageSize = typeof args.first === 'number' ? args.first : typeof args.aantal === 'number' ? args.aantal : undefined;
  return pageSize === undefined ? undefined : 1 + pageSize * Math.max(childComplexity, 1);
};

/**
 * Refuses an operation whose estimated size (roughly: the fields it may return, counting every
 * page at its full size) exceeds `maxCost`, before any resolver runs.
 */
export function queryCostLimit(maxCost: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost limit of ${maxCost} exceeded, found ${cost}: ask for smaller pages (first) or fewer levels.`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
