import { GraphQLError, locatedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badUserInput, formatError } from '../../src/errors.js';
import { InputError } from '../../src/graph/input-error.js';
import { DatabaseError } from '../../src/neo4j/errors.js';

const formatted = (error: GraphQLError) => formatError(error.toJSON(), error);

describe('formatError', () => {
  it('keeps the message and code of errors raised on purpose', () => {
    const error = badUserInput('first', 'must be between 1 and 100, got 0');
    expect(formatted(error)).toMatchObject({
      message: 'first: must be between 1 and 100, got 0',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('reports an input error raised below the resolvers as BAD_USER_INPUT, naming the argument', () => {
    const error = locatedError(new InputError('after', 'is not a cursor from this API'), undefined, ['opgaven']);
    expect(formatted(error)).toMatchObject({
      message: 'after: is not a cursor from this API',
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  });

  it('masks unexpected errors, so no internal detail reaches the client', () => {
    const error = new GraphQLError('Cannot read properties of undefined (reading "x")', {
      originalError: new TypeError('boom'),
    });
    expect(formatted(error)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('reports an unreachable database as SERVICE_UNAVAILABLE without its address', () => {
    const error = new GraphQLError('Neo4j at bolt://10.0.0.5:7687 cannot be reached', {
      originalError: new DatabaseError('UNAVAILABLE', 'Neo4j at bolt://10.0.0.5:7687 cannot be reached'),
      path: ['dienst', 'database'],
    });
    const result = formatted(error);
    expect(result.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(result.message).not.toContain('10.0.0.5');
    expect(result.path).toEqual(['dienst', 'database']);
  });

  it('reports a query that ran out of its memory allowance as TOO_LARGE, without database detail', () => {
    const error = new GraphQLError('x', {
      originalError: new DatabaseError(
        'MEMORY',
        'Neo.TransientError.General.MemoryPoolOutOfMemoryError: limit 124 MiB',
      ),
    });
    expect(formatted(error)).toEqual({
      message: 'The query needed more memory than one request may use; ask for less (smaller first:, fewer levels).',
      extensions: { code: 'TOO_LARGE' },
    });
  });

  it('masks database client errors such as Cypher syntax errors', () => {
    const error = new GraphQLError('x', {
      originalError: new DatabaseError('CLIENT', 'Neo.ClientError.Statement.SyntaxError: Invalid input'),
    });
    expect(formatted(error).message).toBe('Internal server error');
  });
});
