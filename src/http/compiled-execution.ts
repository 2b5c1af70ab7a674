import type { ApolloServerOptions } from '@apollo/server';
import {
  execute,
  GraphQLError,
  getVariableValues,
  printSchema,
  valueFromASTUntyped,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { RequestContext } from '../context.js';
import type { Logger } from '../logger.js';

type Gateway = NonNullable<ApolloServerOptions<RequestContext>['gateway']>;
type Executor = Awaited<ReturnType<Gateway['load']>>['executor'];

/** Why a document runs on graphql-js after all: what graphql-jit said when it could not compile it. */
interface Fallback {
  reason: string;
}

/** Documents compiled (or found uncompilable) at once; Apollo's own parse cache is of the same order. */
const maxDocuments = 1000;

/**
 * Runs operations through graphql-jit: each document (and operation in it) compiled once to one
 * function and kept in an LRU, with graphql-js as the fallback for a document it cannot compile.
 *
 * Apollo Server 5 has no executor option; its gateway interface is the supported route for
 * another executor. Everything before execution (parsing, validation, the plugins' hooks: cost
 * check, operation log, metrics, response ceiling, bookmarks) and error formatting stays Apollo's.
 * Variables are coerced by graphql-js first, so that a caller's bad variable gets graphql-js's
 * error (with its variable node, which Apollo turns into BAD_USER_INPUT), as without compiling.
 */
export function compiledExecution(schema: GraphQLSchema, logger: Logger): Gateway {
  const documents = new LRUCache<string, CompiledQuery | Fallback>({ max: maxDocuments });

  /** The compiled operation of this document, compiled on its first request. */
  function compiled(queryHash: string, document: DocumentNode, operationName: string | undefined) {
    const key = `${queryHash}\u0000${operationName ?? ''}`;
    const known = documents.get(key);
    if (known) return known;
    const made = compile(schema, document, operationName);
    if ('reason' in made) logger.warn({ operationName, reason: made.reason }, 'graphql document runs uncompiled');
    documents.set(key, made);
    return made;
  }

  const executor: Executor = async ({ request, document, operation, context, queryHash }) => {
    // The caller's operation name: Apollo's own (of the operation it resolved) is null when none was found.
    const { operationName } = request;
    const variables = request.variables ?? {};
    const uncompiled = () =>
      execute({ schema, document, contextValue: context, variableValues: variables, operationName });
    // Without one operation to run (an unknown operationName, several and none chosen) graphql-js
    // says which mistake it is, as Apollo expects of an executor.
    if (!operation) return uncompiled();
    const plan = compiled(queryHash, document, operationName);
    if ('reason' in plan) return uncompiled();
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    const result = await plan.query(undefined, context, withDefaults(operation, variables));
    return result.errors ? { ...result, errors: result.errors.map(likeGraphqlJs) } : result;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}

/** graphql-jit's function for one operation of a document, or why it has none. */
function compile(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
): CompiledQuery | Fallback {
  try {
    // Stack traces of resolvers' errors never reach callers (formatError), so they are not captured twice.
    const result = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    if (isCompiledQuery(result)) return result;
    return { reason: result.errors?.map((error) => error.message).join('; ') ?? 'no compiled query' };
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * graphql-jit's errors as graphql-js makes them: theirs leave `extensions` undefined where
 * graphql-js has an object (Apollo Server reads its code from it) and have no AST nodes, only
 * locations, which are copied over.
 */
function likeGraphqlJs(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    ...(error.extensions && { extensions: error.extensions }),
  });
  (converted as { locations: GraphQLError['locations'] }).locations = error.locations;
  return converted;
}

/**
 * The variables with the defaults of those left out, as a caller would have written them:
 * graphql-jit refuses a left-out required variable even when it has a default, graphql-js takes
 * the default (the warm-up's operations rely on it).
 */
function withDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const complete = { ...variables };
  for (const { variable, defaultValue } of operation.variableDefinitions ?? []) {
    if (defaultValue && !(variable.name.value in complete))
      complete[variable.name.value] = valueFromASTUntyped(defaultValue);
  }
  return complete;
}
