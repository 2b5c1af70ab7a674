/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on
 * every machine and Node version, which is all a reproducible benchmark graph needs. Not
 * for anything secret.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    // Mixed once, so that neighbouring seeds (1, 2, 3) do not start with similar sequences.
    let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    this.state = (h ^ (h >>> 16)) >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  /**
   * An index in [0, n) with a heavy head: log-uniform, so index k comes up with probability
   * ln((k+2)/(k+1)) / ln(n+1), a Zipf-like law (exponent 1). In 10,000 items the first takes
   * 7.5% of the picks and the first hundred half of them; this is what makes hubs.
   */
  skewed(n: number): number {
    return Math.min(n - 1, Math.floor(Math.exp(this.next() * Math.log(n + 1))) - 1);
  }

  /** One of the items, each as likely as its weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, weight] of items) total += weight;
    let remaining = this.next() * total;
    for (const [item, weight] of items) {
      remaining -= weight;
      if (remaining < 0) return item;
    }
    return items[items.length - 1]![0];
  }
}
