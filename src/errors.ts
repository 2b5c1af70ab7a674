import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { dutchMessage } from './error-translations.js';
import { DatabaseError } from './neo4j/errors.js';

/**
 * An error this service raises on purpose, with a code and a message written for the caller, in
 * Dutch. Errors from the libraries (graphql-js, Apollo Server) have English messages, which the
 * error formatter translates; these it passes on as they are.
 */
export class CallerError extends GraphQLError {}

/** Malformed input: the message names the argument and says what is expected. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return new CallerError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** The caller sent no credentials, or bad ones; `message` says which (HTTP 401). */
export function unauthenticated(message: string): GraphQLError {
  return new CallerError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** The caller's role does not allow this (HTTP 403). */
export function forbidden(message: string): GraphQLError {
  return new CallerError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/**
 * A file that cannot be taken in as a document: too large (413), not a kind we read (415), or a
 * PDF without readable text (422: a scan without a text layer, encrypted, damaged). `reden` names
 * the problem for clients that act on it.
 */
export function refusedFile(
  code: 'FILE_TOO_LARGE' | 'UNSUPPORTED_FILE_TYPE' | 'UNREADABLE_DOCUMENT',
  argument: string,
  reden: string,
  message: string,
): GraphQLError {
  const status = { FILE_TOO_LARGE: 413, UNSUPPORTED_FILE_TYPE: 415, UNREADABLE_DOCUMENT: 422 }[code];
  return new CallerError(`${argument}: ${message}`, { extensions: { code, argument, reden, http: { status } } });
}

/** An operation refused before it runs, such as one over the cost limit (HTTP 400). */
export function validationFailed(message: string): GraphQLError {
  return new CallerError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
}

/**
 * A library's error about the caller's request (an argument or variable value it cannot use),
 * as BAD_USER_INPUT with HTTP 400; the message is translated when it is formatted.
 */
export function requestInputError(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    originalError: error,
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

/** The codes of errors that reach a caller as they are (their messages in Dutch, or translated). */
export const callerCodes: ReadonlySet<string> = new Set([
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
  'RATE_LIMITED',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'UNREADABLE_DOCUMENT',
]);

/** What a caller reads when the database refused a bookmark of the Neo4j-Bookmark header. */
export const bookmarkRefusedMessage =
  'De header Neo4j-Bookmark noemt geen bookmark die deze database kent of al bereikt heeft; ' +
  'stuur de waarde terug die een antwoord van deze dienst gaf, of laat de header weg.';

/** What a caller reads when the service itself failed; the log has the detail under the same request id. */
export const internalErrorMessage =
  'Er ging iets mis in de dienst. Probeer het later opnieuw; meld het met de X-Request-Id van dit antwoord als het blijft gebeuren.';

/**
 * Whether the caller gets this error as it is (the caller's mistake, or a database condition
 * with its own code), rather than as INTERNAL_SERVER_ERROR; the operation log keeps the detail
 * of every other error.
 */
export function reachesCaller(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  if (code !== undefined) return typeof code === 'string' && callerCodes.has(code);
  return apolloRefusalStatus(error) !== undefined;
}

/**
 * What a client sees of an error. Errors we raise on purpose keep their message and code;
 * errors of graphql-js and Apollo Server about the request keep their code, their message in
 * Dutch; database trouble becomes SERVICE_UNAVAILABLE, TIMEOUT or TOO_LARGE; anything else is
 * masked, since Apollo would otherwise pass internal (database) error text to the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = rootCause(error);
  if (original instanceof DatabaseError) {
    if (original.kind === 'UNAVAILABLE') {
      return withCode(formatted, 'SERVICE_UNAVAILABLE', 'De database is nu niet bereikbaar; probeer het zo opnieuw.');
    }
    if (original.kind === 'TIMEOUT') {
      return withCode(
        formatted,
        'TIMEOUT',
        'De query duurde te lang en is gestopt; vraag minder (een kleinere first:, minder niveaus).',
      );
    }
    if (original.kind === 'MEMORY') {
      return withCode(
        formatted,
        'TOO_LARGE',
        'De query had meer geheugen nodig dan één verzoek mag gebruiken; vraag minder (een kleinere first:, minder niveaus).',
      );
    }
    if (original.kind === 'TOO_LARGE') {
      return withCode(
        formatted,
        'TOO_LARGE',
        'Het antwoord werd te groot en is afgebroken; vraag minder op (kleinere first:, minder niveaus, minder velden).',
      );
    }
    if (original.kind === 'BOOKMARK') {
      return withCode(formatted, 'BAD_REQUEST', bookmarkRefusedMessage);
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
  if (typeof code === 'string' && callerCodes.has(code)) {
    // Apollo prefixes errors raised while building the context (such as bad credentials).
    const message = formatted.message.replace(/^Context creation failed: /, '');
    // Ours are in Dutch already: a CallerError, or a plain error with a code from below the
    // resolvers (such as InputError); the libraries raise GraphQLErrors.
    const own = original instanceof CallerError || !(original instanceof GraphQLError);
    return { ...formatted, message: own ? message : dutchMessage(message, code) };
  }
  // Apollo Server refuses some malformed requests (persisted query extensions) with a 400 but no code.
  if (error instanceof GraphQLError && reachesCaller(error)) {
    return withCode(formatted, 'BAD_REQUEST', dutchMessage(formatted.message, 'BAD_REQUEST'));
  }
  return withCode(formatted, 'INTERNAL_SERVER_ERROR', internalErrorMessage);
}

function withCode(formatted: GraphQLFormattedError, code: string, message: string): GraphQLFormattedError {
  const { locations, path } = formatted;
  return { message, ...(locations && { locations }), ...(path && { path }), extensions: { code } };
}

/** The 4xx status Apollo Server gave an error of its own that carries no code. */
function apolloRefusalStatus(error: GraphQLError): number | undefined {
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** The error a resolver threw, below the GraphQLError wrappers that graphql-js adds. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && 'originalError' in current && current.originalError instanceof Error) {
    current = current.originalError;
  }
  return current;
}
