import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relations, specKey, type RelationSpec } from '../../src/graph/relation-specs.js';
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

/** Which GraphQL types each group of connection fields belongs to. */
const typesOfGroup: Record<keyof typeof relations, string[]> = {
  opgave: ['Opgave'],
  thema: ['Thema'],
  actor: ['Ministerie', 'Koepel', 'Provincie', 'Gemeente', 'Organisatie', 'Overleg', 'Persoon'],
  regio: ['Regio'],
  instrument: ['Instrument'],
  crossover: ['Crossover'],
  document: ['Document'],
  mijlpaal: ['Mijlpaal'],
};

/** Fields a GraphQL type really has (the actor group's fields are spread over its kinds). */
async function fieldsOf(type: string): Promise<Set<string>> {
  const response = await postGraphql(service.baseUrl, { query: `{ __type(name: "${type}") { fields { name } } }` });
  const fields = (response.body.data?.__type as { fields: Array<{ name: string }> }).fields;
  return new Set(fields.map((field) => field.name));
}

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

const cases = Object.entries(relations).flatMap(([group, fields]) =>
  typesOfGroup[group as keyof typeof relations].flatMap((type) =>
    Object.entries(fields).map(([field, spec]) => ({ type, field, spec: spec as RelationSpec })),
  ),
);

describe('every connection field returns exactly the related nodes in the graph', () => {
  it.each(cases)('$type.$field', async ({ type, field, spec }) => {
    if (!(await fieldsOf(type)).has(field)) return; // an actor-group field this kind does not offer
    const expected = await busiestNode(type, spec);
    if (!expected) return; // the documents give no such relation for this kind
    const response = await postGraphql(service.baseUrl, {
      query: `query ($id: ID!) { node(id: $id) { ... on ${type} { ${field}(first: 100) { totalCount edges { node { id } relatie { type bronnen { citaat } } } } } } }`,
      variables: { id: expected.id },
    });
    expect(response.body.errors).toBeUndefined();
    const connection = (response.body.data?.node as Record<string, { totalCount: number; edges: Array<{ node: { id: string }; relatie: { type: string; bronnen: unknown[] } }> }>)[field]!;
    expect(new Set(connection.edges.map((edge) => edge.node.id))).toEqual(new Set(expected.related));
    for (const edge of connection.edges) {
      expect(spec.types).toContain(edge.relatie.type);
      expect(edge.relatie.bronnen.length).toBeGreaterThan(0);
    }
  });
});
