import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CandidateCache, candidateCacheKey } from '../../src/graph/candidate-cache.js';
import type { CandidateQuery, CandidatesFound } from '../../src/graph/crossover-candidates.js';

const query: CandidateQuery = {
  opgave: 'opgave:klimaat',
  area: new Set(['regio:a', 'regio:b']),
  includeDeclared: false,
  limit: 20,
};

/** A computation that counts its runs and answers after `ms`, each time with a new object. */
function computation(ms = 0) {
  const counter = { runs: 0 };
  const compute = async (): Promise<CandidatesFound> => {
    counter.runs += 1;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return { candidates: [], opgaven: [] };
  };
  return { counter, compute };
}

describe('the key of a cached candidate answer', () => {
  it('is the same for the same version and query, whatever the order of the area', () => {
    const reordered = { ...query, area: new Set(['regio:b', 'regio:a']) };
    expect(candidateCacheKey('v1', reordered)).toBe(candidateCacheKey('v1', query));
  });

  it.each<[string, Partial<CandidateQuery>]>([
    ['opgave', { opgave: 'opgave:wonen' }],
    ['no opgave', { opgave: undefined }],
    ['area', { area: new Set(['regio:a']) }],
    ['no area', { area: undefined }],
    ['an empty area', { area: new Set() }],
    ['includeDeclared', { includeDeclared: true }],
    ['limit', { limit: 21 }],
  ])('differs when the query differs in %s', (_field, change) => {
    expect(candidateCacheKey('v1', { ...query, ...change })).not.toBe(candidateCacheKey('v1', query));
  });

  it('tells no area (every opgave) from an empty area (none)', () => {
    expect(candidateCacheKey('v1', { ...query, area: undefined })).not.toBe(
      candidateCacheKey('v1', { ...query, area: new Set() }),
    );
  });

  it('differs when the graph version differs', () => {
    expect(candidateCacheKey('v2', query)).not.toBe(candidateCacheKey('v1', query));
  });
});

describe('the candidate cache', () => {
  // Computations take simulated time, which a busy machine cannot stretch.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The answer of `pending`, once simulated time has run every timer. */
  async function settled<T>(pending: Promise<T>): Promise<T> {
    await vi.runAllTimersAsync();
    return pending;
  }

  it('computes a query once per version and gives the kept answer after that', async () => {
    const cache = new CandidateCache();
    const { counter, compute } = computation();
    const first = await settled(cache.get('v1', query, compute));
    expect(await settled(cache.get('v1', query, compute))).toBe(first);
    expect(counter.runs).toBe(1);
    expect(await settled(cache.get('v2', query, compute))).not.toBe(first);
    expect(counter.runs).toBe(2);
  });

  it('lets concurrent requests for one key share one computation', async () => {
    const cache = new CandidateCache();
    const { counter, compute } = computation(20);
    const answers = await settled(Promise.all(Array.from({ length: 10 }, () => cache.get('v1', query, compute))));
    expect(counter.runs).toBe(1);
    expect(new Set(answers).size).toBe(1);
  });

  it('keeps no failed computation: every request waiting for it fails, the next one computes again', async () => {
    const cache = new CandidateCache();
    let fail = true;
    const compute = async (): Promise<CandidatesFound> => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (fail) throw new Error('the database timed out');
      return { candidates: [], opgaven: [] };
    };
    const waiting = [cache.get('v1', query, compute), cache.get('v1', query, compute)];
    const failed = expect(Promise.all(waiting)).rejects.toThrow('the database timed out');
    await vi.runAllTimersAsync();
    await failed;
    await Promise.allSettled(waiting);
    expect(cache.size).toBe(0);
    fail = false;
    expect(await settled(cache.get('v1', query, compute))).toEqual({ candidates: [], opgaven: [] });
  });

  it('keeps at most the answers it was given room for, dropping the least recently used', async () => {
    const cache = new CandidateCache(2);
    const { counter, compute } = computation();
    for (const limit of [1, 2, 1, 3]) await settled(cache.get('v1', { ...query, limit }, compute));
    expect(cache.size).toBe(2);
    expect(counter.runs).toBe(3);
    await settled(cache.get('v1', { ...query, limit: 1 }, compute));
    expect(counter.runs).toBe(3);
    await settled(cache.get('v1', { ...query, limit: 2 }, compute));
    expect(counter.runs).toBe(4);
  });

  it('answers the requests waiting for a computation whose entry was pushed out meanwhile', async () => {
    const cache = new CandidateCache(1);
    const slow = computation(30);
    const waiting = cache.get('v1', { ...query, limit: 1 }, slow.compute);
    const pushing = cache.get('v1', { ...query, limit: 2 }, computation().compute);
    await vi.advanceTimersByTimeAsync(1);
    await pushing;
    expect(await settled(waiting)).toEqual({ candidates: [], opgaven: [] });
  });

  it('computes every time and keeps nothing when the version is unknown', async () => {
    const cache = new CandidateCache();
    const { counter, compute } = computation();
    await settled(cache.get(undefined, query, compute));
    await settled(cache.get(undefined, query, compute));
    expect(counter.runs).toBe(2);
    expect(cache.size).toBe(0);
  });
});
