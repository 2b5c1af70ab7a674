import type { EntityRecord, RelationRecord } from './entity.js';

export interface NeighbourhoodNode {
  entity: EntityRecord;
  distance: number;
}

/** A subgraph around a node, as the `omgeving` field returns it. */
export interface Neighbourhood {
  center: EntityRecord;
  nodes: NeighbourhoodNode[];
  relations: RelationRecord[];
  truncated: boolean;
}

/** One relation found by a step of the expansion: from a frontier node to `node`. */
export interface NeighbourhoodStep {
  from: string;
  node: EntityRecord;
  relation: RelationRecord;
}

/** The key a relation is known by in a drawing: seeded relations have one, else ends and type. */
export function relationId(relation: RelationRecord): string {
  const key = relation.properties.sleutel;
  return typeof key === 'string' ? key : `${relation.van}>${relation.type}>${relation.naar}`;
}

/**
 * Breadth-first expansion from `center`, `steps` deep, keeping at most `maxNodes` nodes.
 * `fetchStep` returns the relations of a frontier (bounded by its own limit); relations are
 * kept only between nodes that are kept, so the drawing has no dangling edges.
 */
export async function expandNeighbourhood(
  center: EntityRecord,
  steps: number,
  maxNodes: number,
  fetchStep: (frontier: string[], limit: number) => Promise<NeighbourhoodStep[]>,
): Promise<Neighbourhood> {
  const nodes = new Map<string, NeighbourhoodNode>([[center.id, { entity: center, distance: 0 }]]);
  const relations = new Map<string, RelationRecord>();
  let truncated = false;
  let frontier = [center.id];
  for (let distance = 1; distance <= steps && frontier.length > 0; distance++) {
    // One more than fits tells whether anything was left out.
    const found = await fetchStep(frontier, (maxNodes + 1) * 4);
    const next: string[] = [];
    for (const { node, relation } of found) {
      if (!nodes.has(node.id)) {
        if (nodes.size >= maxNodes) {
          truncated = true;
          continue;
        }
        nodes.set(node.id, { entity: node, distance });
        next.push(node.id);
      }
      if (nodes.has(relation.van) && nodes.has(relation.naar)) relations.set(relationId(relation), relation);
    }
    if (found.length >= (maxNodes + 1) * 4) truncated = true;
    frontier = next;
  }
  return { center, nodes: [...nodes.values()], relations: [...relations.values()], truncated };
}
