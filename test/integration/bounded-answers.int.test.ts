import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { Database } from '../../src/neo4j/database.js';
import { DatabaseError } from '../../src/neo4j/errors.js';
import { CypherRepository } from '../../src/repositories/cypher-repository.js';
import { testDatabaseSettings } from '../support/database.js';
import { processTestTimeoutMs } from '../support/service-process.js';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.js';

/**
 * The limits on answers, against a Neo4j of this file's own: the queries here overflow Neo4j's
 * stack, fill its heap and its direct memory, which no other test should share.
 */
let neo4j: ThrowawayNeo4j;
let database: Database;

/** One connection for analysts, as in production, and a short margin so that deadlines come soon. */
const deadlineMarginMs = 2_000;

beforeAll(async () => {
  neo4j = await startThrowawayNeo4j({ seeded: false, heap: '384m', pageCache: '32m' });
  database = Database.connect(
    { ...testDatabaseSettings(neo4j.uri), analystPoolSize: 1, deadlineMarginMs },
    createLogger('silent'),
  );
});
afterAll(async () => {
  await database?.close();
  await neo4j?.stop();
});

/** An analyst's read, past the text checks (this is what they are the first layer before). */
const analystRead = (cypher: string, options: { maxBytes?: number; maxDepth?: number } = {}) =>
  database.readCapped('test', cypher, {}, { timeoutMs: 3_000, maxRows: 100, ...options });

/** The DatabaseError `work` fails with (any other outcome fails the test). */
async function failureOf(work: Promise<unknown>): Promise<DatabaseError & { limit?: string }> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatabaseError);
  return error as DatabaseError;
}

/** A list nested `depth` levels deep, built by Neo4j. */
const nestedList = (depth: number) => `RETURN reduce(a = [], i IN range(1, ${depth}) | [a]) AS a`;

/** Whether the analysts' one connection is free and sound: a trivial query answers. */
const analystsServeAgain = async () => expect((await analystRead('RETURN 1 AS een')).rows).toEqual([{ een: 1 }]);

describe('a query Neo4j never answers (D1: its Bolt encoder overflows on a list nested 50,000 deep)', () => {
  it(
    'fails with TIMEOUT at the service’s own deadline, and its connection is dropped, not waited on',
    async () => {
      const error = await failureOf(analystRead(nestedList(50_000)));
      expect(error.kind).toBe('TIMEOUT');
      // The analysts' only connection: had it been kept, this would wait for it for two minutes.
      await analystsServeAgain();
      expect(await database.isReachable(5_000)).toBe(true);
    },
    processTestTimeoutMs,
  );

  it(
    'never takes the connections the rest of the API reads from, however many hang at once',
    async () => {
      const api = testDatabaseSettings(neo4j.uri).maxPoolSize;
      const hanging = Array.from({ length: api + 2 }, () => failureOf(analystRead(nestedList(50_000))));
      const reads = await Promise.all(
        Array.from({ length: 20 }, (_, i) => database.read<{ i: number }>('api', 'RETURN $i AS i', { i })),
      );
      expect(reads.map(([row]) => row?.i)).toEqual(Array.from({ length: 20 }, (_, i) => i));
      for (const error of await Promise.all(hanging)) expect(['TIMEOUT', 'BUSY']).toContain(error.kind);
      await analystsServeAgain();
    },
    processTestTimeoutMs,
  );
});

describe('an answer past its byte budget (D2)', () => {
  it('stops as the bytes arrive, and the connection serves again', async () => {
    const error = await failureOf(
      analystRead('RETURN reduce(s = "x", i IN range(1, 23) | s + s) AS s', { maxBytes: 1024 * 1024 }),
    );
    expect(error).toMatchObject({ kind: 'TOO_LARGE', limit: 'bytes', maximum: 1024 * 1024 });
    await analystsServeAgain();
  });

  it('counts many small rows together', async () => {
    const error = await failureOf(
      analystRead('UNWIND range(1, 100) AS i RETURN i, "abcdefghijklmnopqrstuvwxyz" AS t', { maxBytes: 2_000 }),
    );
    expect(error).toMatchObject({ kind: 'TOO_LARGE', limit: 'bytes' });
    await analystsServeAgain();
  });

  it('bounds all reads of one GraphQL request together', async () => {
    const request = database.counting({ roundTrips: 0 }, { maxBytes: 10_000, maxDepth: 32 });
    const text = 'RETURN reduce(s = "", i IN range(1, 4000) | s + "x") AS s';
    await request.read('first', text, {});
    await request.read('second', text, {});
    const error = await failureOf(request.read('third', text, {}));
    expect(error).toMatchObject({ kind: 'TOO_LARGE', limit: 'bytes', maximum: 10_000 });
  });

  it('counts a GraphQL request’s reads as bytes on the connection too, and the pool serves again', async () => {
    // 2^17 euro signs: 131 KB as the driver's string, but three bytes each on the wire (UTF-8), 393 KB.
    const request = database.counting({ roundTrips: 0 }, { maxBytes: 300_000, maxDepth: 32 });
    const error = await failureOf(request.read('euros', 'RETURN reduce(s = "€", i IN range(1, 17) | s + s) AS s', {}));
    expect(error).toMatchObject({ kind: 'TOO_LARGE', limit: 'bytes', maximum: 300_000 });
    // The dropped connection is the request's own trouble, not an outage.
    expect(database.circuitState).toBe('closed');
    expect(await database.read('after', 'RETURN 1 AS een', {})).toEqual([{ een: 1 }]);
  });
});

describe('an answer nested too deep', () => {
  it('stops at a value nested past the limit', async () => {
    expect(await analystRead(nestedList(20))).toMatchObject({ rows: [{ a: expect.any(Array) }] });
    const error = await failureOf(analystRead(nestedList(40), { maxDepth: 32 }));
    expect(error).toMatchObject({ kind: 'TOO_LARGE', limit: 'depth', maximum: 32 });
    await analystsServeAgain();
  });

  it('stops at a value too deep for the driver to decode, and drops the connection it left in doubt', async () => {
    const error = await failureOf(analystRead(nestedList(3_000)));
    expect(error).toMatchObject({ kind: 'TOO_LARGE', limit: 'depth' });
    await analystsServeAgain();
  });
});

describe('a query that runs the JVM out of heap (D3)', () => {
  it('reaches the analyst as the memory error, and the database keeps answering', async () => {
    const cypher = new CypherRepository(database, { timeoutMs: 30_000 });
    const error = await cypher.run('RETURN size(reduce(s = "x", i IN range(1, 28) | s + s)) AS n', {}).then(
      () => undefined,
      (caught: unknown) => caught as Error & { extensions?: Record<string, unknown> },
    );
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'query' });
    expect(error?.message).toMatch(/meer geheugen nodig dan een query mag gebruiken.*OutOfMemoryError/);
    await analystsServeAgain();
    expect(await database.read('after', 'RETURN 1 AS een', {})).toEqual([{ een: 1 }]);
  });
});
