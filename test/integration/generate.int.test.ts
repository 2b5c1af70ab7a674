import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import {
  GenerateRefusal,
  loadSyntheticGraph,
  type LoadSyntheticOptions,
} from '../../src/generate/load-synthetic-graph.js';
import { syntheticGraph } from '../../src/generate/synthetic-graph.js';
import { isActorLabel, nodeLabels } from '../../src/graph/model.js';
import { createLogger } from '../../src/logger.js';
import { Database } from '../../src/neo4j/database.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local/local-neo4j.js';
import { applyMigrations } from '../../src/neo4j/migrations.js';
import { freePort } from '../../src/net.js';
import { SyntheticRepository } from '../../src/repositories/synthetic-repository.js';
import { loadSeeds } from '../../src/seeds/load-seeds.js';
import { createServer, type Service } from '../../src/server.js';
import { testDatabaseSettings } from '../support/database.js';

/*
 * These tests write and delete a whole graph, so they run against a Neo4j of their own, not
 * the run's shared test database whose seeded content other tests count.
 */
const logger = createLogger('silent');
const options: LoadSyntheticOptions = {
  knopen: 2_000,
  relatiesPerKnoop: 10,
  seed: 7,
  wissen: false,
  naastSeeds: false,
  batchSize: 1_000,
};
let dataDir: string;
let neo4j: LocalNeo4j;
let database: Database;
let repository: SyntheticRepository;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ibp-graph-generate-neo4j-'));
  neo4j = await startLocalNeo4j(
    { boltPort: await freePort(), dataDir, heap: '512m', pageCache: '64m', startTimeoutMs: 180_000 },
    logger,
  );
  database = Database.connect(testDatabaseSettings(neo4j.uri));
  await applyMigrations(database, logger);
  repository = new SyntheticRepository(database);
  await loadSyntheticGraph(database, logger, options);
});

afterAll(async () => {
  await database?.close();
  await neo4j?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** What the generator makes for these options, counted per kind and per relation type. */
function expectedCounts(graphOptions = options): { nodes: Record<string, number>; relations: Record<string, number> } {
  const nodes: Record<string, number> = {};
  const relations: Record<string, number> = {};
  for (const item of syntheticGraph(graphOptions)) {
    if (item.kind === 'node') nodes[item.row.label] = (nodes[item.row.label] ?? 0) + 1;
    else relations[item.row.type] = (relations[item.row.type] ?? 0) + 1;
  }
  return { nodes, relations };
}

describe('loading a synthetic graph', () => {
  it('stores every generated node under its kind and every relation under its type', async () => {
    const stored = await repository.countSynthetic();
    expect(stored).toEqual(expectedCounts());
    expect(Object.values(stored.nodes).reduce((a, b) => a + b, 0)).toBe(2_000);
    expect(Object.values(stored.relations).reduce((a, b) => a + b, 0)).toBe(20_000);
  });

  it('gives every node the labels Entiteit and its kind, actors also Actor, like the seeds', async () => {
    const rows = await database.read<{ labels: string[]; aantal: number }>(
      'synthetic label sets',
      "MATCH (n) WHERE n.herkomst = 'synthetisch' RETURN labels(n) AS labels, count(*) AS aantal",
      {},
    );
    for (const { labels } of rows) {
      const kind = labels.find((label) => label !== 'Entiteit' && label !== 'Actor')!;
      expect(labels.sort()).toEqual([...(isActorLabel(kind) ? ['Actor'] : []), 'Entiteit', kind].sort());
    }
    // every kind of the model, each with its own set of labels
    expect(rows).toHaveLength(nodeLabels.length);
  });

  it('stores each relation with its sleutel and its sources as parallel lists', async () => {
    const [relation] = await database.read<{ properties: Record<string, unknown> }>(
      'one synthetic relation',
      "MATCH (:Entiteit {id: 'gemeente:synthetisch-1'})-[r:LIGT_IN]->() RETURN properties(r) AS properties",
      {},
    );
    const properties = relation!.properties;
    expect(properties).toMatchObject({
      sleutel: expect.stringMatching(/^gemeente:synthetisch-1>LIGT_IN>provincie:synthetisch-\d+$/),
      herkomst: 'synthetisch',
    });
    // How many sources a relation gets is drawn; the four lists run in parallel, one entry per source.
    const documents = properties.bronDocument as unknown[];
    expect(documents.length).toBeGreaterThan(0);
    expect(properties).toMatchObject({
      bronDocument: documents.map(() => expect.stringMatching(/^document:synthetisch-\d+$/)),
      bronRegelVan: documents.map(() => expect.any(Number)),
      bronRegelTot: documents.map(() => expect.any(Number)),
      bronCitaat: documents.map(() => expect.stringContaining(' ligt in ')),
    });
  });
});

describe('the GraphQL service on a synthetic graph', () => {
  let service: Service;
  let baseUrl: string;
  beforeAll(async () => {
    // Speed is the benchmark's business (npm run bench); on a loaded machine the default traversal
    // limit would turn this test of behaviour into a timing test.
    const config = loadConfig({
      NEO4J_URI: neo4j.uri,
      NODE_ENV: 'test',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_COST_PER_MINUTE: '0',
      NEO4J_TRAVERSAL_TIMEOUT_MS: '60000',
    });
    service = await createServer({ config, database, logger });
    await new Promise<void>((resolve) => service.httpServer.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(service.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(() => service?.apollo.stop());

  async function query(text: string): Promise<Record<string, any>> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  it('lists the ten opgaven and the regions of a province', async () => {
    const data = await query(`{
      opgaven { totalCount edges { node { nummer naam trekkers { totalCount } } } }
      regios(provincie: "provincie:synthetisch-1", first: 3) { totalCount edges { node { id bronnen { citaat document { naam } } } } }
    }`);
    expect(data.opgaven.totalCount).toBe(10);
    expect(data.opgaven.edges.map((edge: any) => edge.node.nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data.regios.totalCount).toBeGreaterThan(0);
    expect(data.regios.edges[0].node.bronnen[0].document.naam).toEqual(expect.any(String));
  });

  it('finds crossover candidates, paths and neighbourhoods', async () => {
    const data = await query(`{
      crossoverKandidaten(first: 3) { opgaven { id } score bewijs { graad } }
      pad(van: "ministerie:synthetisch-1", naar: "regio:synthetisch-1") { lengte stappen { relatie { type } } }
      omgeving(id: "instrument:synthetisch-1", maxKnopen: 50) { knopen { id } afgekapt }
      zoek(tekst: "klimaat", first: 3) { totalCount }
    }`);
    expect(data.crossoverKandidaten).toHaveLength(3);
    expect(data.crossoverKandidaten[0].score).toBeGreaterThan(0);
    expect(data.pad.length).toBeGreaterThan(0);
    expect(data.omgeving.knopen.length).toBeGreaterThan(10);
    expect(data.omgeving.knopen.length).toBeLessThanOrEqual(50);
    expect(data.omgeving.afgekapt).toBe(true);
    expect(data.zoek.totalCount).toBeGreaterThan(0);
  });
});

describe('guarding the database', () => {
  it('refuses to load over synthetic data without wissen, and replaces it with wissen', async () => {
    await expect(loadSyntheticGraph(database, logger, options)).rejects.toThrow(
      /bevat al 2000 synthetische knopen.*--wissen/,
    );
    const other = { ...options, seed: 8, knopen: 1_500, wissen: true };
    const summary = await loadSyntheticGraph(database, logger, other);
    expect(summary).toMatchObject({ removedNodes: 2_000, removedRelations: 20_000, nodes: 1_500, relations: 15_000 });
    expect(await repository.countSynthetic()).toEqual(expectedCounts(other));
  });

  it('refuses a database with the seeded graph unless told to load next to it, and leaves the seeds alone', async () => {
    await loadSeeds(database, logger);
    const seeded = (await repository.originCounts()).seed;
    expect(seeded).toBeGreaterThan(400);
    const replace = { ...options, wissen: true };
    await expect(loadSyntheticGraph(database, logger, replace)).rejects.toThrow(GenerateRefusal);
    await expect(loadSyntheticGraph(database, logger, replace)).rejects.toThrow(
      /IBP-graaf uit de seeds.*NEO4J_LOCAL_DATA_DIR/,
    );
    await loadSyntheticGraph(database, logger, { ...replace, naastSeeds: true });
    expect(await repository.originCounts()).toEqual({ seed: seeded, synthetic: 2_000 });
    // Loading the seeds takes 20 s on a quiet machine and two minutes on a busy one.
  }, 300_000);

  it('with knopen 0 and wissen only removes the synthetic data', async () => {
    const summary = await loadSyntheticGraph(database, logger, {
      ...options,
      knopen: 0,
      wissen: true,
      naastSeeds: true,
    });
    expect(summary).toMatchObject({ removedNodes: 2_000, removedRelations: 20_000, nodes: 0, relations: 0 });
    const origins = await repository.originCounts();
    expect(origins.synthetic).toBe(0);
    expect(origins.seed).toBeGreaterThan(400);
  });
});
