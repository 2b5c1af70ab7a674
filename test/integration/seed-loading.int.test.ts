import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { loadSeeds, readCheckedSeeds } from '../../src/seeds/load-seeds.js';
import { toRelationRows } from '../../src/seeds/seed-rows.js';
import { connectTestDatabase } from '../support/database.js';

const database = connectTestDatabase();
const logger = createLogger('silent');
afterAll(() => database.close());

/** Every seeded node and relation with all its properties, in a stable order. */
async function seededGraph() {
  const nodes = await database.read(
    'all seeded nodes',
    "MATCH (n:Entiteit) WHERE n.herkomst = 'seed' RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id",
    {},
  );
  const relations = await database.read(
    'all seeded relations',
    "MATCH (a)-[r]->(b) WHERE r.herkomst = 'seed' RETURN a.id AS van, type(r) AS type, b.id AS naar, properties(r) AS properties ORDER BY r.sleutel",
    {},
  );
  return { nodes, relations };
}

describe('loading the seeds', () => {
  it('puts every node and relation of the seed files in the graph', async () => {
    const seeds = await readCheckedSeeds();
    const { nodes, relations } = await seededGraph();
    expect(nodes.map((node) => node.id)).toEqual(seeds.nodes.map(({ record }) => record.id).sort());
    expect(relations).toHaveLength(toRelationRows(seeds.relations.map(({ record }) => record)).length);
  });

  it('gives every node its kind label besides Entiteit, and actors the label Actor', async () => {
    const [minister] = await database.read<{ labels: string[] }>(
      'labels',
      "MATCH (n:Entiteit {id: 'ministerie:bzk'}) RETURN labels(n) AS labels",
      {},
    );
    expect(minister?.labels.sort()).toEqual(['Actor', 'Entiteit', 'Ministerie']);
  });

  it('changes nothing when loaded a second time', async () => {
    const before = await seededGraph();
    const result = await loadSeeds(database, logger, { force: true });
    expect(result.loaded).toBe(true);
    expect(await seededGraph()).toEqual(before);
  });

  it('skips the work when the database already holds these exact seed files', async () => {
    expect(await loadSeeds(database, logger)).toEqual({ loaded: false, nodes: 0, relations: 0 });
  });
});
