import { nodeLabels, type NodeLabel, type RelationType } from '../graph/model.js';

/**
 * How big each part of the synthetic graph is, and which relations fill it. The shape follows
 * the seeded graph: ten opgaven and the bodies that really exist in fixed numbers, everything
 * else in proportion to the size asked for.
 */

/** Kinds with a fixed number of nodes, whatever the size: the Netherlands has 342 municipalities. */
export const fixedCounts = {
  Opgave: 10,
  Ministerie: 10,
  Koepel: 3,
  Provincie: 12,
  Gemeente: 342,
  Waterschap: 21,
} as const satisfies Partial<Record<NodeLabel, number>>;

/** The rest of the nodes, in these proportions (percent). */
export const scaledShares = {
  Thema: 3,
  Organisatie: 3,
  Overleg: 3,
  Persoon: 16,
  Regio: 8,
  Instrument: 20,
  Mijlpaal: 27,
  Document: 3,
  Crossover: 8,
  Groep: 1,
  Knelpunt: 2,
  Stand: 2,
  Toezegging: 1,
  Doel: 1,
  Rapportage: 1,
  Activiteit: 1,
  Bedrag: 1,
  RegionaalInitiatief: 2,
} as const satisfies Partial<Record<NodeLabel, number>>;

export const minimumNodes = 1_000;
export const maximumNodes = 1_000_000;
/** Below this the structural relations (each node's one or two defining links) alone exceed the budget. */
export const minimumRelationsPerNode = 2;
export const maximumRelationsPerNode = 50;

export interface SyntheticGraphOptions {
  /** Number of nodes, from `minimumNodes` to `maximumNodes`. */
  knopen: number;
  /** Relations per node; the graph gets `round(knopen × relatiesPerKnoop)` relations. */
  relatiesPerKnoop: number;
  /** Seed of the pseudo-random generator: the same seed and sizes give the same graph. */
  seed: number;
}

export interface SyntheticPlan {
  nodes: Record<NodeLabel, number>;
  totalNodes: number;
  totalRelations: number;
}

export function planSyntheticGraph(options: SyntheticGraphOptions): SyntheticPlan {
  const { knopen, relatiesPerKnoop } = options;
  if (!Number.isInteger(knopen) || knopen < minimumNodes || knopen > maximumNodes) {
    throw new RangeError(`knopen must be a whole number from ${minimumNodes} to ${maximumNodes}, got ${knopen}`);
  }
  if (!(relatiesPerKnoop >= minimumRelationsPerNode && relatiesPerKnoop <= maximumRelationsPerNode)) {
    throw new RangeError(
      `relatiesPerKnoop must be from ${minimumRelationsPerNode} to ${maximumRelationsPerNode}, got ${relatiesPerKnoop}`,
    );
  }
  const fixedTotal = Object.values(fixedCounts).reduce((sum, count) => sum + count, 0);
  const counts: Partial<Record<NodeLabel, number>> = {
    ...fixedCounts,
    ...apportion(knopen - fixedTotal, scaledShares),
  };
  const nodes = Object.fromEntries(nodeLabels.map((label) => [label, counts[label] ?? 0])) as Record<NodeLabel, number>;
  return { nodes, totalNodes: knopen, totalRelations: Math.round(knopen * relatiesPerKnoop) };
}

/** Splits `total` in proportion to `shares`, rounding so that the parts add up exactly (largest remainder). */
function apportion<K extends string>(total: number, shares: Readonly<Record<K, number>>): Record<K, number> {
  const entries = Object.entries(shares) as Array<[K, number]>;
  const sum = entries.reduce((acc, [, share]) => acc + share, 0);
  const exact = entries.map(([key, share]) => ({ key, value: (total * share) / sum }));
  const result = Object.fromEntries(exact.map(({ key, value }) => [key, Math.floor(value)])) as Record<K, number>;
  let left = total - exact.reduce((acc, { value }) => acc + Math.floor(value), 0);
  for (const { key } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1))) {
    if (left-- <= 0) break;
    result[key] += 1;
  }
  return result;
}

type KindWeights = ReadonlyArray<readonly [NodeLabel, number]>;

/**
 * A kind of relation the filler draws: its type, which kinds stand at each end (with weights)
 * and how often it comes up. Sources are drawn evenly within their kind, targets with a heavy
 * head (see `Random.skewed`); small kinds with much weight (ministries, koepels, opgaven) become
 * the hubs, as they are in the seeded graph.
 */
export interface RelationTemplate {
  type: RelationType;
  weight: number;
  from: KindWeights;
  to: KindWeights;
}

const actorsAtLarge: KindWeights = [
  ['Ministerie', 3],
  ['Koepel', 1.5],
  ['Provincie', 1.5],
  ['Gemeente', 3],
  ['Waterschap', 0.5],
  ['Organisatie', 2],
  ['Overleg', 1],
  ['Persoon', 1],
];

export const relationTemplates: readonly RelationTemplate[] = [
  {
    type: 'BETROKKEN_BIJ',
    weight: 22,
    from: [
      ['Persoon', 4],
      ['Ministerie', 2],
      ['Koepel', 1],
      ['Provincie', 1],
      ['Gemeente', 2],
      ['Waterschap', 0.5],
      ['Organisatie', 2],
      ['Overleg', 1.5],
    ],
    to: [
      ['Opgave', 0.6],
      ['Thema', 1.5],
      ['Instrument', 4],
      ['Overleg', 2],
      ['Mijlpaal', 1.5],
      ['Crossover', 1],
    ],
  },
  {
    type: 'INSTRUMENT_VOOR',
    weight: 11,
    from: [['Instrument', 1]],
    to: [
      ['Opgave', 0.4],
      ['Thema', 2],
      ['Regio', 4],
      ['Provincie', 1],
      ['Gemeente', 3],
      ['Instrument', 1],
    ],
  },
  {
    type: 'BASIS_VOOR',
    weight: 2.5,
    from: [['Instrument', 1]],
    to: [
      ['Opgave', 0.5],
      ['Thema', 2],
      ['Instrument', 1],
    ],
  },
  {
    type: 'FINANCIERT',
    weight: 0.5,
    from: [['Instrument', 1]],
    to: [
      ['Instrument', 1],
      ['Regio', 2],
      ['Provincie', 1],
      ['Gemeente', 1],
      ['Organisatie', 1],
    ],
  },
  {
    type: 'BESPROKEN_IN',
    weight: 12,
    from: [
      ['Opgave', 0.2],
      ['Thema', 1],
      ['Regio', 2],
      ['Instrument', 3],
      ['Overleg', 1],
      ['Crossover', 2],
      ['Mijlpaal', 2],
      ['Ministerie', 0.5],
      ['Provincie', 0.5],
      ['Gemeente', 1],
      ['Organisatie', 0.5],
      ['Persoon', 1],
    ],
    to: [['Document', 1]],
  },
  {
    type: 'LID_VAN',
    weight: 10,
    from: [
      ['Persoon', 5],
      ['Gemeente', 1],
      ['Organisatie', 1],
      ['Overleg', 1],
    ],
    to: [
      ['Overleg', 5],
      ['Koepel', 1],
      ['Groep', 0.5],
    ],
  },
  {
    type: 'ONDERTEKENDE',
    weight: 5,
    from: actorsAtLarge,
    to: [
      ['Instrument', 4],
      ['Document', 1],
    ],
  },
  {
    type: 'BETREFT',
    weight: 5,
    from: [['Crossover', 1]],
    to: [
      ['Regio', 3],
      ['Thema', 2],
      ['Instrument', 2],
      ['Provincie', 0.5],
      ['Gemeente', 1.5],
    ],
  },
  { type: 'WERKT_BIJ', weight: 3, from: [['Persoon', 1]], to: actorsAtLarge },
  { type: 'VERTEGENWOORDIGT', weight: 3, from: [['Persoon', 1]], to: actorsAtLarge },
  {
    type: 'MIJLPAAL_VAN',
    weight: 3,
    from: [['Mijlpaal', 1]],
    to: [
      ['Opgave', 0.3],
      ['Thema', 2],
      ['Instrument', 4],
      ['Overleg', 2],
    ],
  },
  {
    type: 'LIGT_IN',
    weight: 3,
    from: [
      ['Regio', 2],
      ['Gemeente', 1],
      ['Waterschap', 0.2],
      ['Organisatie', 2],
    ],
    to: [
      ['Provincie', 1],
      ['Regio', 3],
    ],
  },
  {
    type: 'SPEELT_IN',
    weight: 2,
    from: [['Opgave', 1]],
    to: [
      ['Regio', 3],
      ['Gemeente', 3],
      ['Provincie', 0.5],
    ],
  },
  { type: 'ONDERDEEL_VAN', weight: 3, from: [['Instrument', 1]], to: [['Instrument', 1]] },
  {
    type: 'ONDERDEEL_VAN',
    weight: 1.5,
    from: [['Overleg', 1]],
    to: [
      ['Overleg', 3],
      ['Koepel', 0.3],
    ],
  },
  { type: 'ONDERDEEL_VAN', weight: 1, from: [['Thema', 1]], to: [['Thema', 1]] },
  { type: 'GERICHT_AAN', weight: 2, from: [['Document', 1]], to: actorsAtLarge },
  { type: 'AFZENDER_VAN', weight: 1, from: actorsAtLarge, to: [['Document', 1]] },
  { type: 'VERWIJST_NAAR', weight: 1.5, from: [['Document', 1]], to: [['Document', 1]] },
  { type: 'VOORZITTER_VAN', weight: 0.5, from: [['Persoon', 1]], to: [['Overleg', 1]] },
  {
    type: 'TREKKER_VAN',
    weight: 0.2,
    from: [
      ['Ministerie', 3],
      ['Koepel', 1],
      ['Provincie', 1],
      ['Gemeente', 1],
      ['Overleg', 1],
    ],
    to: [['Opgave', 1]],
  },
  { type: 'THEMA_VAN', weight: 0.3, from: [['Thema', 1]], to: [['Opgave', 1]] },
  { type: 'STUURT', weight: 0.2, from: [['Overleg', 1]], to: [['Opgave', 1]] },
  { type: 'ESCALEERT_NAAR', weight: 0.2, from: [['Overleg', 1]], to: [['Overleg', 1]] },
  {
    type: 'GENOEMD_IN_GESPREKSRONDE',
    weight: 0.5,
    from: [
      ['Regio', 3],
      ['Gemeente', 1],
      ['Instrument', 1],
      ['Thema', 0.5],
    ],
    to: [['Provincie', 1]],
  },
  {
    type: 'DEELT',
    weight: 0.2,
    from: [['Provincie', 1]],
    to: [
      ['Regio', 3],
      ['Thema', 1],
    ],
  },
  { type: 'BESPREEKT', weight: 0.2, from: [['Overleg', 1]], to: [['Opgave', 1]] },
  {
    type: 'NOEMT',
    weight: 1,
    from: [
      ['Document', 2],
      ['Instrument', 1],
      ['Thema', 0.5],
      ['Opgave', 0.2],
    ],
    to: [
      ['Opgave', 0.3],
      ['Thema', 1],
      ['Instrument', 2],
      ['Regio', 1],
      ['Overleg', 0.3],
    ],
  },
];
