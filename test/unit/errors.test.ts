import { GraphQLError, locatedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { badUserInput, formatError, internalErrorMessage, reachesCaller } from '../../src/errors.js';
import { InputError } from '../../src/graph/input-error.js';
import { TooLargeError } from '../../src/graph/too-large-error.js';
import { AnswerTooLarge, DatabaseError, toDatabaseError } from '../../src/neo4j/errors.js';

const formatted = (error: GraphQLError) => formatError(error.toJSON(), error);

describe('formatError', () => {
  it('keeps the message and code of errors raised on purpose', () => {
    const error = badUserInput('first', 'moet tussen 1 en 100 liggen, niet 0');
    expect(formatted(error)).toMatchObject({
      message: 'first: moet tussen 1 en 100 liggen, niet 0',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('reports an input error raised below the resolvers as BAD_USER_INPUT, naming the argument', () => {
    const error = locatedError(new InputError('after', 'is geen cursor van deze API'), undefined, ['opgaven']);
    expect(formatted(error)).toMatchObject({
      message: 'after: is geen cursor van deze API',
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  });

  it('masks unexpected errors, so no internal detail reaches the client', () => {
    const error = new GraphQLError('Cannot read properties of undefined (reading "x")', {
      originalError: new TypeError('boom'),
    });
    expect(formatted(error)).toEqual({ message: internalErrorMessage, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
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
      message:
        'De query had meer geheugen nodig dan één verzoek mag gebruiken; vraag minder (een kleinere first:, minder niveaus).',
      extensions: { code: 'TOO_LARGE' },
    });
  });

  it('masks database client errors such as Cypher syntax errors', () => {
    const error = new GraphQLError('x', {
      originalError: new DatabaseError('CLIENT', 'Neo.ClientError.Statement.SyntaxError: Invalid input'),
    });
    expect(formatted(error).message).toBe(internalErrorMessage);
  });

  it("passes on a library's error about the request with its code, in Dutch", () => {
    const error = new GraphQLError('Variable "$id" of required type "ID!" was not provided.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(formatted(error)).toMatchObject({
      message: 'De variabele $id (type ID!) is verplicht, maar ontbreekt in "variables".',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('keeps the English detail of a library message it has no translation for, behind a Dutch prefix', () => {
    const error = new GraphQLError('Something new in graphql-js.', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatted(error).message).toBe('De query past niet bij het schema: Something new in graphql-js.');
  });

  it('reports a refusal of Apollo Server that carries a 400 but no code as BAD_REQUEST', () => {
    const error = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    expect(formatted(error)).toEqual({
      message: 'De sha256Hash in "persistedQuery" is niet de SHA-256 van deze query.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });
});

describe('reachesCaller', () => {
  it('holds for the codes of a caller’s mistakes and of database conditions', () => {
    expect(reachesCaller(badUserInput('id', 'x'))).toBe(true);
    expect(reachesCaller(new GraphQLError('x', { extensions: { code: 'SERVICE_UNAVAILABLE' } }))).toBe(true);
  });

  it('fails for errors without a code, which are masked and logged', () => {
    expect(reachesCaller(new GraphQLError('x', { originalError: new TypeError('boom') }))).toBe(false);
    expect(reachesCaller(new GraphQLError('x', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }))).toBe(false);
  });
});

describe('formatError, for answers past their limits', () => {
  it('reports an answer stopped at its size limit as TOO_LARGE, in Dutch, without database detail', () => {
    const error = new GraphQLError('x', { originalError: new AnswerTooLarge('bytes', 16 * 1024 * 1024) });
    expect(formatted(error)).toEqual({
      message:
        'Het antwoord werd te groot en is afgebroken; vraag minder op (kleinere first:, minder niveaus, minder velden).',
      extensions: { code: 'TOO_LARGE' },
    });
  });

  it('keeps the message and argument of a too-large refusal raised below the resolvers', () => {
    const error = locatedError(new TooLargeError('is te diep genest', 'query'), undefined, ['cypher']);
    expect(formatted(error)).toMatchObject({
      message: 'query: is te diep genest',
      extensions: { code: 'TOO_LARGE', argument: 'query' },
    });
  });

  it('reports a pool whose connections are all taken as SERVICE_UNAVAILABLE, in Dutch', () => {
    const error = new GraphQLError('x', {
      originalError: new DatabaseError('BUSY', 'Connection acquisition timed out in 10000 ms.'),
    });
    expect(formatted(error)).toEqual({
      message: 'Alle verbindingen met de database zijn bezet; probeer het zo opnieuw.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });
});

describe('toDatabaseError', () => {
  const neo4jError = (code: string, message: string) => new Neo4jError(message, code, '50N42', 'error');

  it.each([
    ['the transaction memory pool', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError'],
    ['the JVM heap', 'Neo.TransientError.General.OutOfMemoryError'],
  ])('names running out of %s a memory error', (_name, code) => {
    expect(toDatabaseError(neo4jError(code, 'Java heap space'), 'bolt://x')).toMatchObject({ kind: 'MEMORY' });
  });

  it('names running out of direct memory a memory error', () => {
    const error = neo4jError(
      'Neo.TransientError.General.OutOfMemoryError',
      'failed to allocate 71303168 byte(s) of direct memory (used: 465567744, max: 518979584)',
    );
    expect(toDatabaseError(error, 'bolt://x')).toMatchObject({ kind: 'MEMORY' });
  });

  it('names the driver overflowing its stack while decoding a record an answer nested too deep', () => {
    const overflow = new RangeError('Maximum call stack size exceeded');
    expect(toDatabaseError(overflow, 'bolt://x')).toMatchObject({ kind: 'TOO_LARGE', limit: 'depth' });
  });

  it('names a pool that had no connection to give in time BUSY, not an outage', () => {
    const error = neo4jError('N/A', 'Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 1');
    expect(toDatabaseError(error, 'bolt://x')).toMatchObject({ kind: 'BUSY' });
  });
});
