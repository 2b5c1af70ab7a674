import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { RequestContext } from '../context.js';

/**
 * A field with a page size multiplies what lies below it: `opgaven(first: 20) { themas(first: 20) }`
 * can return 400 themes. The page size is read after defaults and variables are applied, so a
 * query that leaves `first` out or passes it as a variable is counted as it will run.
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const pageSize =
    typeof args.first === 'number' ? args.first : typeof args.aantal === 'number' ? args.aantal : undefined;
  return pageSize === undefined ? undefined : 1 + pageSize * Math.max(childComplexity, 1);
};

/** Variables differ per request (ids, search texts): keep the costs of this many variants per document. */
const maxCostsPerDocument = 100;

/**
 * Refuses an operation whose estimated size (roughly: the fields it may return, counting every
 * page at its full size) exceeds `maxCost`, before any resolver runs.
 */
export function queryCostLimit(maxCost: number): ApolloServerPlugin<RequestContext> {
  // Apollo keeps one parsed document per query text, so a document's costs (by operation and
  // variables) are worked out once while it is in use, not on every request.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const known = costs.get(document) ?? new Map<string, number>();
          costs.set(document, known);
          const key = JSON.stringify([request.operationName ?? null, request.variables ?? {}]);
          const cost =
            known.get(key) ??
            getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          if (known.size < maxCostsPerDocument) known.set(key, cost);
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
