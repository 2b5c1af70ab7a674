/** An opgave a crossover joins, with the role the text gives it (`VERBINDT.rol`). */
export interface CrossoverMember {
  opgave: string;
  /** `kern`: the opgave the text speaks from; `verbonden`: an opgave it names as linked. */
  rol: 'kern' | 'verbonden';
}

/** Two opgaven a crossover makes partners, the smaller id first. */
export type PartnerPair = readonly [string, string];

/**
 * The partner pairs of one crossover, each once, sorted. A crossover with a kern is a star: the
 * text names the other opgaven as linked to the kern, not to each other, so only kern–verbonden
 * pairs count. A crossover without a kern is a text relating all its opgaven to each other, so
 * every pair counts. A crossover has at most one kern; more is refused, since the text then
 * speaks from two places and must be split into two crossovers.
 */
export function crossoverPartners(members: readonly CrossoverMember[]): PartnerPair[] {
  const hubs = [...new Set(members.filter((member) => member.rol === 'kern').map((member) => member.opgave))];
  if (hubs.length > 1) {
    throw new Error(`a crossover has at most one kern, got ${hubs.length}: ${hubs.join(', ')}`);
  }
  const opgaven = [...new Set(members.map((member) => member.opgave))];
  const [kern] = hubs;
  const pairs = new Map<string, PartnerPair>();
  for (const [index, first] of opgaven.entries()) {
    for (const second of opgaven.slice(index + 1)) {
      if (kern !== undefined && first !== kern && second !== kern) continue;
      const pair = orderedPair(first, second);
      pairs.set(pair.join('|'), pair);
    }
  }
  return [...pairs.values()].sort(comparePairs);
}

/** The pair with the smaller id first, so that a pair reads the same from either side. */
function orderedPair(a: string, b: string): PartnerPair {
  return a < b ? [a, b] : [b, a];
}

/** Sorts pairs by their first id, then their second. */
export function comparePairs(a: PartnerPair, b: PartnerPair): number {
  return a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]);
}
