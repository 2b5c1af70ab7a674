import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DatabaseError } from './neo4j/errors.js';

/** Malformed input: the message names the argument and says what is expected. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** The caller sent no credentials, or bad ones; `message` says which (HTTP 401). */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** The caller's role does not allow this (HTTP 403). */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

const knownCodes = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'TOO_LARGE',
]);

/**
 * What a client sees of an error. Errors we raise on purpose keep their message and code;
 * database trouble becomes SERVICE_UNAVAILABLE, TIMEOUT or TOO_LARGE; anything else is masked, since
 * Apollo would otherwise pass internal (database) error text to the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = rootCause(error);
  if (original instanceof DatabaseError) {
    if (original.kind === 'UNAVAILABLE') {
      return withCode(formatted, 'SERVICE_UNAVAILABLE', 'The database is not reachable right now; try again shortly.');
    }
    if (original.kind === 'TIMEOUT') {
      return withCode(
        formatted,
        'TIMEOUT',
        'The query took too long and was stopped; ask for less (smaller first:, fewer levels).',
      );
    }
    if (original.kind === 'MEMORY') {
      return withCode(
        formatted,
        'TOO_LARGE',
        'The query needed more memory than one request may use; ask for less (smaller first:, fewer levels).',
      );
    }
    if (original.kind === 'TOO_LARGE') {
      return withCode(
        formatted,
        'TOO_LARGE',
        'Het antwoord werd te groot en is afgebroken; vraag minder op (kleinere first:, minder niveaus, minder velden).',
      );
    }
    if (original.kind === 'BUSY') {
      return withCode(
        formatted,
        'SERVICE_UNAVAILABLE',
        'Alle verbindingen met de database zijn bezet; probeer het zo opnieuw.',
      );
    }
  }
  const code = formatted.extensions?.code;
  // Apollo prefixes errors raised while building the context (such as bad credentials).
  if (typeof code === 'string' && knownCodes.has(code)) {
    return { ...formatted, message: formatted.message.replace(/^Context creation failed: /, '') };
  }
  return withCode(formatted, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

function withCode(formatted: GraphQLFormattedError, code: string, message: string): GraphQLFormattedError {
  const { locations, path } = formatted;
  return { message, ...(locations && { locations }), ...(path && { path }), extensions: { code } };
}

/** The error a resolver threw, below the GraphQLError wrappers that graphql-js adds. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && 'originalError' in current && current.originalError instanceof Error) {
    current = current.originalError;
  }
  return current;
}
