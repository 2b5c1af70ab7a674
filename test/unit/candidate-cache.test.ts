import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CandidateCache, candidateQueryKey } from '../../src/graph/candidate-cache.js';
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

describe('the key of a cached candidate query', () => {
  it('is the same for the same query, whatever the order of the area', () => {
    const reordered = { ...query, area: new Set(['regio:b', 'regio:a']) };
    expect(candidateQueryKey(reordered)).toBe(candidateQueryKey(query));
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
    expect(candidateQueryKey({ ...query, ...change })).not.toBe(candidateQueryKey(query));
  });

  it('tells no area (every opgave) from an empty area (none)', () => {
    expect(candidateQueryKey({ ...query, area: undefined })).not.toBe(candidateQueryKey({ ...query, area: new Set() }));
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
    expect((await settled(cache.get('v1', query, compute))).candidates).toBe(first.candidates);
    expect(counter.runs).toBe(1);
    expect((await settled(cache.get('v2', query, compute))).candidates).not.toBe(first.candidates);
    expect(counter.runs).toBe(2);
  });

  it('lets concurrent requests for one key share one computation', async () => {
    const cache = new CandidateCache();
    const { counter, compute } = computation(20);
    const answers = await settled(Promise.all(Array.from({ length: 10 }, () => cache.get('v1', query, compute))));
    expect(counter.runs).toBe(1);
    expect(new Set(answers.map((answer) => answer.candidates)).size).toBe(1);
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
    expect(await settled(cache.get('v1', query, compute))).toMatchObject({
      candidates: [],
      opgaven: [],
      current: true,
    });
  });

  it('keeps at most the answers it was given room for, dropping the least recently used', async () => {
    const cache = new CandidateCache({ maxEntries: 2 });
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
    const cache = new CandidateCache({ maxEntries: 1 });
    const slow = computation(30);
    const waiting = cache.get('v1', { ...query, limit: 1 }, slow.compute);
    const pushing = cache.get('v1', { ...query, limit: 2 }, computation().compute);
    await vi.advanceTimersByTimeAsync(1);
    await pushing;
    expect(await settled(waiting)).toMatchObject({ candidates: [], opgaven: [] });
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

describe('a kept answer standing in for a newer one', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const allowing = (maxAgeMs: number, ownWrites = 0) => ({ maxAgeMs, ownWrites });

  /** A computation that answers after `ms` with the given version in its first opgave's name. */
  function computationOf(version: string, ms: number, counter = { runs: 0 }) {
    const compute = async (): Promise<CandidatesFound> => {
      counter.runs += 1;
      await new Promise((resolve) => setTimeout(resolve, ms));
      return { candidates: [], opgaven: [{ id: 'opgave:klimaat', label: 'Opgave', properties: { naam: version } }] };
    };
    return { counter, compute };
  }
  const versionOf = (found: CandidatesFound) => found.opgaven[0]!.properties.naam;

  async function keptAt(cache: CandidateCache, version: string): Promise<void> {
    const pending = cache.get(version, query, computationOf(version, 10).compute, allowing(60_000));
    await vi.runAllTimersAsync();
    await pending;
  }

  it('answers at once, marked not current, while the current answer is computed once for everyone after', async () => {
    const cache = new CandidateCache({ maxStaleMs: 60_000 });
    await keptAt(cache, 'v1');
    const counter = { runs: 0 };
    const { compute } = computationOf('v2', 1_000, counter);
    const stale = await cache.get('v2', query, compute, allowing(60_000));
    expect(stale).toMatchObject({ current: false });
    expect(versionOf(stale)).toBe('v1');
    expect(versionOf(await cache.get('v2', query, compute, allowing(60_000)))).toBe('v1');
    await vi.advanceTimersByTimeAsync(1_000);
    const fresh = await cache.get('v2', query, compute, allowing(60_000));
    expect(fresh).toMatchObject({ current: true });
    expect(versionOf(fresh)).toBe('v2');
    expect(counter.runs).toBe(1);
  });

  it('says when the ranking began computing', async () => {
    vi.setSystemTime(new Date('2026-12-05T10:00:00Z'));
    const cache = new CandidateCache({ maxStaleMs: 60_000 });
    await keptAt(cache, 'v1');
    vi.setSystemTime(new Date('2026-12-05T10:00:20Z'));
    const stale = await cache.get('v2', query, computationOf('v2', 10).compute, allowing(60_000));
    expect(stale.computedAt.toISOString()).toBe('2026-12-05T10:00:00.000Z');
  });

  it('makes the request wait when the kept answer is older than allowed', async () => {
    const cache = new CandidateCache({ maxStaleMs: 60_000 });
    await keptAt(cache, 'v1');
    await vi.advanceTimersByTimeAsync(61_000);
    const pending = cache.get('v2', query, computationOf('v2', 10).compute, allowing(60_000));
    await vi.runAllTimersAsync();
    expect(await pending).toMatchObject({ current: true });
  });

  it('makes the request wait when only a current answer will do', async () => {
    const cache = new CandidateCache({ maxStaleMs: 60_000 });
    await keptAt(cache, 'v1');
    const pending = cache.get('v2', query, computationOf('v2', 10).compute, allowing(0));
    await vi.runAllTimersAsync();
    expect(versionOf(await pending)).toBe('v2');
  });

  it('never lets an answer read before a write of this process stand in', async () => {
    const cache = new CandidateCache({ maxStaleMs: 60_000 });
    await keptAt(cache, 'v1');
    const pending = cache.get('v2', query, computationOf('v2', 10).compute, allowing(60_000, 1));
    await vi.runAllTimersAsync();
    expect(await pending).toMatchObject({ current: true });
    expect(versionOf(await pending)).toBe('v2');
  });

  it('keeps the answer that began computing last when computations end out of order', async () => {
    const cache = new CandidateCache({ maxStaleMs: 0 });
    const older = cache.get('v1', query, computationOf('v1', 50).compute);
    await vi.advanceTimersByTimeAsync(1);
    const newer = cache.get('v2', query, computationOf('v2', 10).compute);
    await vi.runAllTimersAsync();
    await Promise.all([older, newer]);
    expect(versionOf(await cache.get('v2', query, computationOf('v3', 10).compute))).toBe('v2');
  });

  it('lets a failed background computation go unnoticed by the request it stood in for; the next one computes again', async () => {
    const cache = new CandidateCache({ maxStaleMs: 60_000 });
    await keptAt(cache, 'v1');
    const failing = async (): Promise<CandidatesFound> => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      throw new Error('the database timed out');
    };
    expect(await cache.get('v2', query, failing, allowing(60_000))).toMatchObject({ current: false });
    await vi.runAllTimersAsync();
    const counter = { runs: 0 };
    expect(await cache.get('v2', query, computationOf('v2', 10, counter).compute, allowing(60_000))).toMatchObject({
      current: false,
    });
    await vi.runAllTimersAsync();
    expect(counter.runs).toBe(1);
  });

  it('computes in the background one query at a time, and a query once whatever the versions meanwhile', async () => {
    const cache = new CandidateCache({ maxStaleMs: 60_000 });
    const other = { ...query, limit: 5 };
    await keptAt(cache, 'v1');
    const keptOther = cache.get('v1', other, computationOf('v1', 10).compute, allowing(60_000));
    await vi.runAllTimersAsync();
    await keptOther;
    const counter = { runs: 0 };
    for (const version of ['v2', 'v3', 'v4']) {
      await cache.get(version, query, computationOf(version, 1_000, counter).compute, allowing(60_000));
      await cache.get(version, other, computationOf(version, 1_000, counter).compute, allowing(60_000));
    }
    expect(counter.runs).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await cache.get('v4', other, computationOf('v4', 1_000, counter).compute, allowing(60_000));
    expect(counter.runs).toBe(2);
  });

  it('tells a computation whether a request waits for it, so that one in the background may take longer', async () => {
    const cache = new CandidateCache({ maxStaleMs: 60_000 });
    const asked: boolean[] = [];
    const compute = async ({ background }: { background: boolean }): Promise<CandidatesFound> => {
      asked.push(background);
      return { candidates: [], opgaven: [] };
    };
    await cache.get('v1', query, compute, allowing(60_000));
    await cache.get('v2', query, compute, allowing(60_000));
    await vi.runAllTimersAsync();
    expect(asked).toEqual([false, true]);
  });
});
