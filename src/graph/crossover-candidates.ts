import type { EntityRecord, RelationRecord } from './entity.js';

/**
 * An opgave linked to a neighbouring node: directly, through one of its themes, or (for a knelpunt)
 * through an area the opgave plays in and the knelpunt concerns.
 */
export interface NeighbourLink {
  opgave: string;
  neighbour: EntityRecord;
  /** The neighbour's number of relations in the whole graph. */
  degree: number;
  /**
   * One relation for a direct link; two for a link through a theme (opgave ← thema → neighbour) or
   * through an area (opgave → gebied ← knelpunt).
   */
  via: RelationRecord[];
}

export interface EvidenceLink {
  opgave: string;
  via: RelationRecord[];
}

/** A node two opgaven share (the API's `gedeeld`), with what makes it count. */
export interface Evidence {
  shared: EntityRecord;
  degree: number;
  weight: number;
  links: EvidenceLink[];
}

export interface Candidate {
  opgaven: [string, string];
  score: number;
  declared: string[];
  evidence: Evidence[];
}

/** A candidate as answered: with when its ranking was computed and whether the graph is unchanged since. */
export interface AnsweredCandidate extends Candidate {
  computedAt: Date;
  current: boolean;
}

/** Which candidates to give: the filters and size of `crossoverKandidaten` and `samenkomst.kandidaten`. */
export interface CandidateQuery {
  /** Only pairs with this opgave. */
  opgave?: string;
  /** Only pairs of opgaven that both link to one of these nodes (an area and what lies in it). */
  area?: ReadonlySet<string>;
  includeDeclared: boolean;
  limit: number;
}

/** The ranked candidates of one query, and the opgaven they pair. */
export interface CandidatesFound {
  candidates: Candidate[];
  opgaven: EntityRecord[];
}

export interface CandidateOptions extends CandidateQuery {
  /** Declared crossovers by pair key (`a|b`, ids sorted). */
  declared: ReadonlyMap<string, string[]>;
}

/**
 * The evidence a candidate carries: its strongest shared nodes. In a large graph two opgaven
 * share thousands of nodes; all of them count in the score, but listing them would not help.
 */
export const evidencePerCandidate = 25;

/**
 * Adamic-Adar: a pair of opgaven scores the sum, over the nodes both link to, of 1/ln(degree).
 * A node with few relations (a small region where two opgaven meet) weighs much; a hub (a
 * ministry involved in everything) weighs little. Every shared node links to both opgaven,
 * so its degree is at least 2 and the weight finite.
 */
export function adamicAdarWeight(degree: number): number {
  return 1 / Math.log(Math.max(degree, 2));
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Ranks pairs of opgaven by what they share; best first, ties broken by ids. This is the
 * definition: the service computes the same inside the database (`DiscoveryRepository.candidates`),
 * and the tests check the two against each other on the seeded graph.
 */
export function rankCandidates(links: readonly NeighbourLink[], options: CandidateOptions): Candidate[] {
  const byNeighbour = new Map<string, NeighbourLink[]>();
  for (const link of links) byNeighbour.set(link.neighbour.id, [...(byNeighbour.get(link.neighbour.id) ?? []), link]);

  const pairs = new Map<string, Candidate>();
  for (const neighbourLinks of byNeighbour.values()) {
    const [first] = neighbourLinks;
    if (!first) continue;
    const opgaven = [...new Set(neighbourLinks.map((link) => link.opgave))].sort();
    for (let i = 0; i < opgaven.length; i++) {
      for (let j = i + 1; j < opgaven.length; j++) {
        const [a, b] = [opgaven[i]!, opgaven[j]!];
        if (onlyThroughSharedTheme(neighbourLinks, a, b)) continue;
        const key = pairKey(a, b);
        const candidate = pairs.get(key) ?? {
          opgaven: [a, b],
          score: 0,
          declared: options.declared.get(key) ?? [],
          evidence: [],
        };
        const weight = adamicAdarWeight(first.degree);
        candidate.score += weight;
        candidate.evidence.push({
          shared: first.neighbour,
          degree: first.degree,
          weight,
          links: neighbourLinks
            .filter((link) => link.opgave === a || link.opgave === b)
            .map(({ opgave, via }) => ({ opgave, via })),
        });
        pairs.set(key, candidate);
      }
    }
  }

  const inArea = options.area ? opgavenLinkedTo(links, options.area) : undefined;
  return [...pairs.values()]
    .filter((candidate) => options.includeDeclared || candidate.declared.length === 0)
    .filter((candidate) => !options.opgave || candidate.opgaven.includes(options.opgave))
    .filter((candidate) => !inArea || candidate.opgaven.every((opgave) => inArea.has(opgave)))
    .map((candidate) => ({
      ...candidate,
      evidence: candidate.evidence.sort(strongestFirst).slice(0, evidencePerCandidate),
    }))
    .sort((x, y) => y.score - x.score || compareIds(x.opgaven.join(), y.opgaven.join()))
    .slice(0, options.limit);
}

/**
 * A theme or area that two opgaven share is evidence itself; what hangs off it (a knelpunt of that
 * one area) is not a second, independent piece of evidence, so it does not count again. A knelpunt
 * that two opgaven reach through two different areas does count: it joins those areas.
 */
function onlyThroughSharedTheme(links: readonly NeighbourLink[], a: string, b: string): boolean {
  const through = (opgave: string) => links.filter((link) => link.opgave === opgave).map(intermediate);
  return through(a).every((x) => x !== undefined && through(b).every((y) => y === x));
}

/** The theme or area a link goes through, if it is not direct: the far end of its first relation. */
function intermediate(link: NeighbourLink): string | undefined {
  if (link.via.length < 2) return undefined;
  const [first] = link.via;
  return first?.van === link.opgave ? first.naar : first?.van;
}

function opgavenLinkedTo(links: readonly NeighbourLink[], area: ReadonlySet<string>): Set<string> {
  return new Set(links.filter((link) => area.has(link.neighbour.id)).map((link) => link.opgave));
}

/** Evidence order: heaviest first, ties by id. */
export function strongestFirst(x: Evidence, y: Evidence): number {
  return y.weight - x.weight || compareIds(x.shared.id, y.shared.id);
}

/** Code-point order, as Neo4j sorts strings. */
function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
