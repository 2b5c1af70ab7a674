import { LRUCache } from 'lru-cache';
import type { CandidateQuery, CandidatesFound } from './crossover-candidates.js';

/** How many answers a cache keeps unless told otherwise: a few queries are asked again and again. */
export const defaultCachedCandidateAnswers = 32;

/**
 * The key of one query: every field of it. The mapped type makes a new field of `CandidateQuery` a
 * compile error here until it is keyed. An area is a set, so its order does not matter; no area
 * (all opgaven) and an empty area (none) differ.
 */
export function candidateQueryKey(query: CandidateQuery): string {
  const fields: { [Field in keyof Required<CandidateQuery>]: unknown } = {
    opgave: query.opgave ?? null,
    area: query.area ? [...query.area].sort() : null,
    includeDeclared: query.includeDeclared,
    limit: query.limit,
  };
  return JSON.stringify(fields);
}

/** A computed answer with when it was computed and whether it is of the graph as it is now. */
export interface CandidateAnswer extends CandidatesFound {
  /** When the computation began: the answer reflects the graph at least as it was then. */
  computedAt: Date;
  /** False when the graph has changed since and a newer answer is being computed. */
  current: boolean;
}

/** How old an answer one request may accept, while a newer one is computed for the requests after it. */
export interface Staleness {
  /** The oldest answer, in milliseconds, that may stand in; 0 when only a current answer will do. */
  maxAgeMs: number;
  /**
   * How many writes this process has committed (`Database.ownWrites`). An answer computed before a
   * write of this process never stands in: whoever writes here sees the write in the next answer.
   */
  ownWrites: number;
}

/** A computed answer as kept: the version and own writes it was computed at, and when it began. */
interface Kept {
  version: string;
  ownWrites: number;
  startedAt: number;
  found: CandidatesFound;
}

/** Computes an answer; `background` when no request waits for it (it may then take longer). */
export type Computation = (how: { background: boolean }) => Promise<CandidatesFound>;

const onlyCurrent: Staleness = { maxAgeMs: 0, ownWrites: 0 };

/**
 * Candidate crossovers by query, for the life of the process: the answer is a pure function of the
 * graph's data and the query, and computing it is the service's most expensive read (seconds on a
 * large graph). Each answer is kept with the graph version it was computed at (any committed
 * write gives a new one, see `Database.graphVersion`), so nothing is invalidated by hand.
 *
 * When the graph has changed, a request that accepts some staleness gets the kept answer, marked
 * as not current, while the current one is computed in the background (one computation at a time);
 * otherwise it waits for that computation. Concurrent requests for one version and query share one computation; a
 * computation that fails is not kept, so the next request tries again.
 */
export class CandidateCache {
  private readonly newest: LRUCache<string, Kept>;
  /** Computations under way, by version and query. */
  private readonly running = new Map<string, { key: string; computing: Promise<Kept> }>();
  /** Whether a computation runs in the background (at most one at a time). */
  private refreshing = false;
  /** The oldest answer, in milliseconds, that may stand in while a current one is computed (CANDIDATES_MAX_STALE_S). */
  readonly maxStaleMs: number;
  private readonly now: () => number;

  constructor(options: { maxEntries?: number; maxStaleMs?: number; now?: () => number } = {}) {
    this.newest = new LRUCache({ max: options.maxEntries ?? defaultCachedCandidateAnswers });
    this.maxStaleMs = options.maxStaleMs ?? 0;
    this.now = options.now ?? Date.now;
  }

  /**
   * The answer to `query` at `version`, computed by `compute` unless it is kept or being computed,
   * or an older answer that `staleness` allows stands in for it. Without a version nothing can be
   * known about change, so `compute` runs and nothing is kept.
   *
   * The caller takes `version` before `compute` reads the graph: an answer then reflects at least
   * that version, and a write that `compute` sees already gives later requests a newer version.
   */
  async get(
    version: string | undefined,
    query: CandidateQuery,
    compute: Computation,
    staleness: Staleness = onlyCurrent,
  ): Promise<CandidateAnswer> {
    if (version === undefined) {
      const computedAt = new Date(this.now());
      return { ...(await compute({ background: false })), computedAt, current: true };
    }
    const key = candidateQueryKey(query);
    const kept = this.newest.get(key);
    if (kept?.version === version) return answer(kept, true);
    if (kept && this.mayStandIn(kept, staleness)) {
      this.refreshInBackground(key, version, staleness.ownWrites, compute);
      return answer(kept, false);
    }
    return answer(
      await this.computeOnce(key, version, staleness.ownWrites, () => compute({ background: false })),
      true,
    );
  }

  /** Queries with an answer kept. */
  get size(): number {
    return this.newest.size;
  }

  private mayStandIn(kept: Kept, staleness: Staleness): boolean {
    return (
      staleness.maxAgeMs > 0 &&
      kept.ownWrites === staleness.ownWrites &&
      this.now() - kept.startedAt <= staleness.maxAgeMs
    );
  }

  /**
   * Starts computing the current answer for the requests to come, unless one is computed already:
   * for this query (at any version: they end one after the other, never piling up while writes
   * keep coming), or in the background for another query (the database serves the callers first).
   */
  private refreshInBackground(key: string, version: string, ownWrites: number, compute: Computation): void {
    if (this.refreshing || [...this.running.values()].some((running) => running.key === key)) return;
    this.refreshing = true;
    this.computeOnce(key, version, ownWrites, () => compute({ background: true }))
      // Its failure is the next waiting request's to report; nobody waits for it here.
      .catch(() => undefined)
      .finally(() => {
        this.refreshing = false;
      });
  }

  private computeOnce(
    key: string,
    version: string,
    ownWrites: number,
    compute: () => Promise<CandidatesFound>,
  ): Promise<Kept> {
    const runningKey = JSON.stringify([version, key]);
    const running = this.running.get(runningKey);
    if (running) return running.computing;
    const startedAt = this.now();
    const computing = compute()
      .then((found) => {
        const kept: Kept = { version, ownWrites, startedAt, found };
        const before = this.newest.get(key);
        // Computations can end out of order; the one that began last describes the newest graph.
        if (!before || before.startedAt <= startedAt) this.newest.set(key, kept);
        return kept;
      })
      .finally(() => this.running.delete(runningKey));
    this.running.set(runningKey, { key, computing });
    return computing;
  }
}

function answer(kept: Kept, current: boolean): CandidateAnswer {
  return { ...kept.found, computedAt: new Date(kept.startedAt), current };
}
