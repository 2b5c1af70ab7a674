import { describe, expect, it } from 'vitest';
import type { EntityRecord, RelationRecord } from '../../src/graph/entity.js';
import { expandNeighbourhood, type NeighbourhoodStep } from '../../src/graph/neighbourhood.js';

const node = (id: string): EntityRecord => ({ id, label: 'Regio', properties: { id, naam: id } });
/** A star: the center linked to n1..n5, and n1 linked on to m1. */
const edges: Array<[string, string]> = [
  ['c', 'n1'],
  ['c', 'n2'],
  ['c', 'n3'],
  ['c', 'n4'],
  ['c', 'n5'],
  ['n1', 'm1'],
];
const relation = ([van, naar]: [string, string]): RelationRecord => ({ type: 'LIGT_IN', van, naar, properties: {} });

async function fetchStep(frontier: string[], limit: number): Promise<NeighbourhoodStep[]> {
  return edges
    .flatMap((edge) =>
      frontier.flatMap((id) =>
        edge[0] === id
          ? [{ from: id, node: node(edge[1]), relation: relation(edge) }]
          : edge[1] === id
            ? [{ from: id, node: node(edge[0]), relation: relation(edge) }]
            : [],
      ),
    )
    .slice(0, limit);
}

describe('expandNeighbourhood', () => {
  it('collects nodes with their distance, step by step', async () => {
    const found = await expandNeighbourhood(node('c'), 2, 100, fetchStep);
    expect(Object.fromEntries(found.nodes.map((n) => [n.entity.id, n.distance]))).toEqual({
      c: 0,
      n1: 1,
      n2: 1,
      n3: 1,
      n4: 1,
      n5: 1,
      m1: 2,
    });
    expect(found.relations).toHaveLength(6);
    expect(found.truncated).toBe(false);
  });

  it('stops at maxNodes, says so, and keeps no edge to a node it left out', async () => {
    const found = await expandNeighbourhood(node('c'), 2, 3, fetchStep);
    expect(found.nodes).toHaveLength(3);
    expect(found.truncated).toBe(true);
    const kept = new Set(found.nodes.map((n) => n.entity.id));
    for (const edge of found.relations) expect(kept.has(edge.van) && kept.has(edge.naar)).toBe(true);
  });
});
