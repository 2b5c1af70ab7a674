/**
 * An answer past its size or nesting limit, or a query that would build one. Like InputError, a
 * plain error whose `extensions` follow the GraphQL convention: it reaches the caller as TOO_LARGE,
 * naming the argument when one is to blame.
 */
export class TooLargeError extends Error {
  readonly extensions: { code: 'TOO_LARGE'; argument?: string };

  constructor(message: string, argument?: string) {
    super(argument ? `${argument}: ${message}` : message);
    this.name = 'TooLargeError';
    this.extensions = { code: 'TOO_LARGE', ...(argument && { argument }) };
  }
}
