import { DatabaseError } from './errors.js';

/**
 * What `work` gives, unless `ms` pass first: then `onExpiry` gets a TIMEOUT error, to drop what the
 * work holds (its connection), and the caller gets that error at once, whatever the work does.
 * The server's transaction timeout stops a query that runs too long, but not a server that stopped
 * answering, nor a connection that went silent; this bounds every wait on the database.
 */
export async function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  onExpiry: (error: DatabaseError) => void = () => undefined,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new DatabaseError(
        'TIMEOUT',
        `Neo4j did not answer within ${ms} ms (the transaction timeout and a margin); the wait was abandoned.`,
      );
      onExpiry(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
    // Work abandoned at the deadline settles later, or never; nobody awaits it.
    work.catch(() => undefined);
  }
}
