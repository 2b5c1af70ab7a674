import { Neo4jError } from 'neo4j-driver';

export type DatabaseErrorKind =
  | 'UNAVAILABLE'
  | 'UNAUTHORIZED'
  | 'TIMEOUT'
  | 'MEMORY'
  /** An answer past its size or nesting limit (see answer-budget.ts). */
  | 'TOO_LARGE'
  /** Every connection of a pool was in use for longer than a caller may wait. */
  | 'BUSY'
  /** A bookmark a caller sent (see request-bookmarks.ts) that this database does not know or has not reached. */
  | 'BOOKMARK'
  | 'CLIENT'
  | 'UNKNOWN';

/** A database failure, classified so that callers (HTTP, GraphQL, start-up) can explain it. */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
  constructor(
    readonly kind: DatabaseErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An answer stopped at one of its limits: which one, and where it lay (unknown: where the driver gave up). */
export class AnswerTooLarge extends DatabaseError {
  constructor(
    readonly limit: 'bytes' | 'depth',
    readonly maximum: number | undefined,
  ) {
    super(
      'TOO_LARGE',
      limit === 'bytes'
        ? `The answer grew past ${maximum} bytes and was stopped.`
        : `The answer holds a value nested deeper than ${maximum === undefined ? 'the driver can decode' : `${maximum} levels`} and was stopped.`,
    );
  }
}

/** Maps a driver error to a DatabaseError whose message says what happened and what to do. */
export function toDatabaseError(error: unknown, uri: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  if (!(error instanceof Neo4jError)) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof Error && error.name === 'AbortError') {
      return new DatabaseError('TIMEOUT', 'The database query was cancelled because it took too long.', {
        cause: error,
      });
    }
    // neo4j-driver decodes values recursively: one nested a few thousand levels deep overflows its stack.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return new AnswerTooLarge('depth', undefined);
    }
    return new DatabaseError('UNKNOWN', message, { cause: error });
  }
  const code = error.code;
  // The pool's own error carries no code of its own.
  if (error.message.startsWith('Connection acquisition timed out')) {
    return new DatabaseError('BUSY', error.message, { cause: error });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new DatabaseError(
      'UNAVAILABLE',
      `Neo4j at ${uri} cannot be reached (${error.message}). Check that it runs and that NEO4J_URI is right.`,
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new DatabaseError(
      'UNAUTHORIZED',
      `Neo4j at ${uri} refused the credentials (${code}). Check NEO4J_USER and NEO4J_PASSWORD.`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code.includes('TransactionTimedOut')) {
    return new DatabaseError('TIMEOUT', 'The database query took too long and was stopped.', { cause: error });
  }
  // The transaction passed db.memory.transaction.max (or the total for all transactions), or the JVM
  // itself ran out of heap or of direct memory (Neo.TransientError.General.OutOfMemoryError), as a
  // string or list built in an expression can make it: the memory pools do not track those.
  if (code.includes('MemoryPoolOutOfMemoryError') || code === 'Neo.TransientError.General.OutOfMemoryError') {
    return new DatabaseError('MEMORY', `${code}: ${error.message}`, { cause: error });
  }
  if (code.includes('Bookmark')) {
    return new DatabaseError('BOOKMARK', `${code}: ${error.message}`, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new DatabaseError('CLIENT', `${code}: ${error.message}`, { cause: error });
  }
  return new DatabaseError('UNKNOWN', `${code}: ${error.message}`, { cause: error });
}

/** True when a write broke a uniqueness constraint (optionally: the one on this property). */
export function isConstraintViolation(error: unknown, property?: string): boolean {
  const cause = error instanceof DatabaseError ? error.cause : error;
  return (
    cause instanceof Neo4jError &&
    cause.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' &&
    (property === undefined || cause.message.includes(`\`${property}\``))
  );
}
