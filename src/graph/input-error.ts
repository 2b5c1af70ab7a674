/**
 * A caller's input that the graph's rules refuse (a page size, a cursor, a search text, an analyst's
 * query). Code below the resolvers raises this plain error instead of a GraphQL one; its
 * `extensions` follow the GraphQL convention, so the error a resolver passes on reaches the caller
 * as BAD_USER_INPUT, naming the argument.
 */
export class InputError extends Error {
  readonly extensions: { code: 'BAD_USER_INPUT'; argument: string };

  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`);
    this.name = 'InputError';
    this.extensions = { code: 'BAD_USER_INPUT', argument };
  }
}
