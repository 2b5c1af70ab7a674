import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { Database } from '../../src/neo4j/database.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local/local-neo4j.js';
import { applyMigrations } from '../../src/neo4j/migrations.js';
import { freePort } from '../../src/net.js';
import { loadSeeds } from '../../src/seeds/load-seeds.js';
import { testDatabaseSettings } from '../support/database.js';
import { isAlive } from '../support/service-process.js';
import { postGraphql, startTestService, type RunningService } from '../support/service.js';
import { testJwtSecret, tokenFor } from '../support/tokens.js';

/** A Neo4j of this test's own, killed outright while liaisons are writing. */
const logger = createLogger('silent');
let dataDir: string;
let neo4j: LocalNeo4j | undefined;
let service: RunningService | undefined;
let database: Database | undefined;

const startNeo4j = async () =>
  startLocalNeo4j(
    { boltPort: await freePort(), dataDir, heap: '384m', pageCache: '32m', startTimeoutMs: 180_000 },
    logger,
  );

afterAll(async () => {
  await service?.stop().catch(() => undefined);
  await database?.close();
  await neo4j?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const recordCrossover = `mutation ($invoer: CrossoverInvoer!, $sleutel: String) {
  crossoverVastleggen(invoer: $invoer, idempotentieSleutel: $sleutel) { wijziging { id } knooppunt { id } } }`;

describe('when the database is killed (SIGKILL) right after acknowledged writes', () => {
  it('has every acknowledged write after a restart, and no half-written one', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ibp-graph-durability-'));
    neo4j = await startNeo4j();
    const setup = Database.connect(testDatabaseSettings(neo4j.uri));
    await applyMigrations(setup, logger);
    await loadSeeds(setup, logger);
    await setup.close();
    service = await startTestService({ NEO4J_URI: neo4j.uri, AUTH_JWT_SECRET: testJwtSecret });
    const token = await tokenFor('liaison', 'anna');

    // Writers keep writing; each write the service acknowledged (200 with data) is remembered.
    const acknowledged: Array<{ crossover: string; change: string }> = [];
    let stop = false;
    const writer = async (writerId: number) => {
      for (let round = 0; !stop; round += 1) {
        const response = await postGraphql(
          service!.baseUrl,
          {
            query: recordCrossover,
            variables: {
              sleutel: `schrijver-${writerId}-ronde-${round}`,
              invoer: {
                onderwerp: `Duurzaamheidstest ${writerId}-${round}`,
                opgaven: ['opgave:klimaat', 'opgave:wonen'],
                bronnen: [
                  {
                    document: 'document:ibp-programmastart',
                    regelVan: 253,
                    regelTot: 253,
                    citaat: "overlap tussen 'samen aan de slag voor het klimaat' en 'toekomstbestendig wonen'",
                  },
                ],
              },
            },
          },
          { authorization: `Bearer ${token}` },
        ).catch(() => undefined);
        const result = response?.body.data?.crossoverVastleggen as
          { wijziging: { id: string }; knooppunt: { id: string } } | undefined;
        if (!stop && result) acknowledged.push({ crossover: result.knooppunt.id, change: result.wijziging.id });
        if (!result) {
          if (!stop) throw new Error(`a write failed before the kill: ${JSON.stringify(response?.body)}`);
          return;
        }
      }
    };
    let writing = 4;
    const writers = [1, 2, 3, 4].map((id) => writer(id).finally(() => (writing -= 1)));
    while (acknowledged.length < 30 && writing > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(acknowledged.length, 'writes acknowledged before the kill').toBeGreaterThanOrEqual(30);

    const killed = neo4j.pid;
    const acknowledgedAtKill = [...acknowledged];
    process.kill(killed, 'SIGKILL');
    stop = true;
    await Promise.all(writers);
    while (isAlive(killed)) await new Promise((resolve) => setTimeout(resolve, 50));
    await service.stop().catch(() => undefined);
    service = undefined;
    neo4j = undefined;

    neo4j = await startNeo4j();
    database = Database.connect(testDatabaseSettings(neo4j.uri));
    const rows = await database.read<{ crossover: string; changes: string[] }>(
      'recorded crossovers and their changes',
      `MATCH (c:Crossover {herkomst: 'api'})
       OPTIONAL MATCH (w:Wijziging) WHERE w.onderwerp = c.id
       RETURN c.id AS crossover, collect(w.id) AS changes`,
      {},
    );
    const stored = new Map(rows.map((row) => [row.crossover, row.changes]));
    for (const write of acknowledgedAtKill) {
      expect(stored.get(write.crossover), write.crossover).toEqual([write.change]);
    }
    // All or nothing, also for the writes in flight when the database died.
    for (const [crossover, changes] of stored) expect(changes, crossover).toHaveLength(1);
    const [orphans] = await database.read<{ count: number }>(
      'audit entries without their crossover',
      `MATCH (w:Wijziging {mutatie: 'crossoverVastleggen'}) WHERE NOT EXISTS { MATCH (:Crossover {id: w.onderwerp}) }
       RETURN count(w) AS count`,
      {},
    );
    expect(orphans?.count).toBe(0);
  }, 300_000);
});
