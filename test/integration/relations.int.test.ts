import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedSpec } from '../../src/read-model/fields.js';
import { readModel } from '../../src/read-model/read-model.js';
import { specKey, type RelationSpec } from '../../src/read-model/relation-spec.js';
import { labelCondition, relationPattern } from '../../src/repositories/cypher-fragments.js';
import { connectTestDatabase } from '../support/database.js';
import { postGraphql, startTestService, type RunningService } from '../support/service.js';

const database = connectTestDatabase();
let service: RunningService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(async () => {
  await service.stop();
  await database.close();
});

/** The node of this kind with the most relations of this spec, and those related ids, straight from Cypher. */
async function busiestNode(label: string, spec: RelationSpec) {
  const [row] = await database.read<{ id: string; related: string[] }>(
    `busiest ${label} for ${specKey(spec)}`,
    `MATCH (n:${label})
     MATCH ${relationPattern(spec.direction, spec.types)}
     WHERE ${labelCondition('m', spec.targets)}
     WITH n, collect(DISTINCT m.id) AS related
     RETURN n.id AS id, related ORDER BY size(related) DESC, id LIMIT 1`,
    {},
  );
  return row;
}

/** Every connection field the read model declares with a fixed spec, without its arguments (`verbanden` takes its own). */
const cases = Object.entries(readModel).flatMap(([type, fields]) =>
  Object.entries(fields).flatMap(([field, read]) =>
    read.kind === 'connection' && fixedSpec(read)
      ? [{ coordinate: `${type}.${field}`, type, field, spec: fixedSpec(read)! }]
      : [],
  ),
);

describe('every connection field returns exactly the related nodes in the graph', () => {
  it.each(cases)('$coordinate', async ({ type, field, spec }) => {
    const expected = await busiestNode(type, spec);
    if (!expected) return; // the documents give no such relation for this kind
    const response = await postGraphql(service.baseUrl, {
      query: `query ($id: ID!) { node(id: $id) { ... on ${type} { ${field}(first: 100) { totalCount edges { node { id } relatie { type bronnen { citaat } } } } } } }`,
      variables: { id: expected.id },
    });
    expect(response.body.errors).toBeUndefined();
    const connection = (
      response.body.data?.node as Record<
        string,
        { totalCount: number; edges: Array<{ node: { id: string }; relatie: { type: string; bronnen: unknown[] } }> }
      >
    )[field]!;
    expect(new Set(connection.edges.map((edge) => edge.node.id))).toEqual(new Set(expected.related));
    for (const edge of connection.edges) {
      expect(spec.types).toContain(edge.relatie.type);
      expect(edge.relatie.bronnen.length).toBeGreaterThan(0);
    }
  });
});
