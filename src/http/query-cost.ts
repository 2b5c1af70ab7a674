import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNullableType,
  getVariableValues,
  isListType,
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { RequestContext } from '../context.js';
import { requestInputError, validationFailed } from '../errors.js';
import { listBound, traversalBounds, type TraversalBounds } from './list-sizes.js';

/**
 * A field with a page size multiplies what lies below it: `opgaven(first: 20) { themas(first: 20) }`
 * can return 400 themes. The page size is read after defaults and variables are applied, so a
 * query that leaves `first` out or passes it as a variable is counted as it will run; `nodes(ids:)`
 * counts its ids.
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const pageSize =
    typeof args.first === 'number'
      ? args.first
      : typeof args.aantal === 'number'
        ? args.aantal
        : Array.isArray(args.ids)
          ? args.ids.length
          : undefined;
  return pageSize === undefined ? undefined : 1 + pageSize * Math.max(childComplexity, 1);
};

/** Any other list multiplies what lies below it by its real maximum (list-sizes.ts). */
function listEstimator(bounds: TraversalBounds): ComplexityEstimator {
  return ({ type, field, childComplexity }) => {
    if (!isListType(getNullableType(field.type))) return undefined;
    const size = listBound(type.name, field.name, bounds);
    return size === undefined ? undefined : 1 + size * Math.max(childComplexity, 1);
  };
}

/** Variables differ per request (ids, search texts): keep the costs of this many variants per document. */
const maxCostsPerDocument = 100;

/**
 * Refuses an operation whose estimated size (roughly: the fields it may return, counting every
 * page at its full size) exceeds `maxCost`, before any resolver runs; one that passes is paid
 * for from the caller's rate-limit budget.
 */
export function queryCostLimit(maxCost: number): ApolloServerPlugin<RequestContext> {
  // Apollo keeps one parsed document per query text, so a document's costs (by operation and
  // variables) are worked out once while it is in use, not on every request.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, contextValue }) {
          // Without one operation to run (an unknown operationName, or several operations and none
          // chosen) Apollo Server answers OPERATION_RESOLUTION_FAILURE after this hook. Variables
          // that do not fit their types stop execution before any resolver runs, and Apollo Server
          // answers BAD_USER_INPUT listing each; the cost library would throw only the first.
          if (!operation) return;
          const variables = request.variables ?? {};
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return;
          const known = costs.get(document) ?? new Map<string, number>();
          costs.set(document, known);
          const key = JSON.stringify([request.operationName ?? null, variables]);
          const cost = known.get(key) ?? estimateCost(schema, document, operation, variables);
          if (known.size < maxCostsPerDocument) known.set(key, cost);
          if (cost > maxCost) {
            throw validationFailed(
              `De query is te groot: de geschatte omvang is ${cost}, de grens ${maxCost}. ` +
                "Vraag kleinere pagina's (first) of minder niveaus.",
            );
          }
          // The caller's rate-limit budget pays what this check priced, whatever the pricing is.
          await contextValue.spendCost?.(cost);
        },
      };
    },
  };
}

/**
 * The estimated size of `operation` with these variables. The library reads every argument as
 * execution will; an argument it cannot use (such as null, through a variable with a default,
 * for a required one) is the caller's mistake.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operation.name?.value,
      variables,
      estimators: [
        pageSizeEstimator,
        listEstimator(traversalBounds(schema, document, variables)),
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    // The library stops counting at 10,000 fields (fragments spread many times over).
    if (error.message.startsWith('Query exceeds the maximum allowed number of nodes')) {
      throw validationFailed(
        'De query is te groot: ze telt, met haar fragmenten uitgeschreven, meer dan 10.000 velden.',
      );
    }
    throw requestInputError(error);
  }
}
