import { LRUCache } from 'lru-cache';
import type { CandidateQuery, CandidatesFound } from './crossover-candidates.js';

/** How many answers a cache keeps unless told otherwise: a few queries are asked again and again. */
export const defaultCachedCandidateAnswers = 16;

/**
 * The key of one answer: the graph version it was computed at and every field of the query.
 * The mapped type makes a new field of `CandidateQuery` a compile error here until it is keyed.
 * An area is a set, so its order does not matter; no area (all opgaven) and an empty area (none) differ.
 */
export function candidateCacheKey(version: string, query: CandidateQuery): string {
  const fields: { [Field in keyof Required<CandidateQuery>]: unknown } = {
    opgave: query.opgave ?? null,
    area: query.area ? [...query.area].sort() : null,
    includeDeclared: query.includeDeclared,
    limit: query.limit,
  };
  return JSON.stringify([version, fields]);
}

/**
 * Candidate crossovers by graph version and query, for the life of the process: the answer is a
 * pure function of the graph's data and the query, and computing it is the service's most
 * expensive read. A new version (any committed write, see `Database.graphVersion`) gives new keys,
 * so nothing is ever invalidated by hand; old entries age out of the bounded cache.
 *
 * Concurrent requests for a key share one computation; a computation that fails is not kept,
 * so the next request tries again.
 */
export class CandidateCache {
  private readonly answers: LRUCache<string, CandidatesFound, () => Promise<CandidatesFound>>;

  constructor(maxEntries: number = defaultCachedCandidateAnswers) {
    this.answers = new LRUCache({
      max: maxEntries,
      fetchMethod: (_key, _stale, { context: compute }) => compute(),
      // A computation whose entry is pushed out while it runs still answers the requests that wait for it.
      ignoreFetchAbort: true,
    });
  }

  /**
   * The answer to `query` at `version`, computed by `compute` unless it is kept or being computed.
   * Without a version nothing can be known about change, so `compute` runs and nothing is kept.
   *
   * The caller takes `version` before `compute` reads the graph: an answer then reflects at least
   * that version, and a write that `compute` sees already gives later requests a newer version.
   */
  get(
    version: string | undefined,
    query: CandidateQuery,
    compute: () => Promise<CandidatesFound>,
  ): Promise<CandidatesFound> {
    if (version === undefined) return compute();
    return this.answers.forceFetch(candidateCacheKey(version, query), { context: compute });
  }

  /** Answers kept, computations running included. */
  get size(): number {
    return this.answers.size;
  }
}
