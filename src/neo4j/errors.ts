import { Neo4jError } from 'neo4j-driver';

export type DatabaseErrorKind = 'UNAVAILABLE' | 'UNAUTHORIZED' | 'TIMEOUT' | 'MEMORY' | 'CLIENT' | 'UNKNOWN';

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
    return new DatabaseError('UNKNOWN', message, { cause: error });
  }
  const code = error.code;
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
  // The transaction passed db.memory.transaction.max (or the total for all transactions).
  if (code.includes('MemoryPoolOutOfMemoryError')) {
    return new DatabaseError('MEMORY', `${code}: ${error.message}`, { cause: error });
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
