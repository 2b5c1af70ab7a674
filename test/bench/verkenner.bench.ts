/*
 * How fast the explorer at /verkenner draws, in headless Chromium against a Neo4j of its own
 * (a temporary folder and a free port, like the tests): the seeded opgaven map, then the same
 * service with a synthetic graph next to the seeds, grown in the page to a few thousand nodes
 * by expanding neighbourhoods. It prints the timings and asserts only that the work was done:
 * speed on a shared machine varies too much for a pass/fail line. Run it with
 *
 *   npx vitest run --config test/bench/vitest.config.ts
 *
 * VERKENNER_BENCH_KNOPEN sets the size of the synthetic graph (default 3000).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadSyntheticGraph } from '../../src/generate/load-synthetic-graph.js';
import { createLogger } from '../../src/logger.js';
import { Database } from '../../src/neo4j/database.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local/local-neo4j.js';
import { applyMigrations } from '../../src/neo4j/migrations.js';
import { freePort } from '../../src/net.js';
import { loadSeeds } from '../../src/seeds/load-seeds.js';
import { createServer, type Service } from '../../src/server.js';
import { launchChromium } from '../support/browser.js';
import { testDatabaseSettings } from '../support/database.js';
import '../support/verkenner-page.js';

const logger = createLogger('silent');
const syntheticNodes = Number(process.env.VERKENNER_BENCH_KNOPEN ?? 3000);
const runs = 5;
let dataDir: string;
let neo4j: LocalNeo4j;
let database: Database;
let service: Service;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ibp-graph-bench-neo4j-'));
  neo4j = await startLocalNeo4j(
    { boltPort: await freePort(), dataDir, heap: '1g', pageCache: '256m', startTimeoutMs: 180_000 },
    logger,
  );
  database = Database.connect(testDatabaseSettings(neo4j.uri));
  await applyMigrations(database, logger);
  await loadSeeds(database, logger);
  const config = loadConfig({
    NEO4J_URI: neo4j.uri,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_COST_PER_MINUTE: '0',
    // The candidates' traversal gets a minute, as in the tests: on a busy machine the five seconds of
    // production cut it off, and a run would measure nothing.
    NEO4J_TRAVERSAL_TIMEOUT_MS: '60000',
  });
  service = await createServer({ config, database: Database.connect(testDatabaseSettings(neo4j.uri)), logger });
  await new Promise<void>((resolve) => service.httpServer.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(service.httpServer.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await service?.apollo.stop();
  await database?.close();
  await neo4j?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Where the time of one page load went, in ms since navigation began. */
interface LoadTiming {
  /** The scripts loaded and the explorer started. */
  scripts: number;
  /** The opgaven and crossovers arrived. */
  gegevens: number;
  /** The map drawn: the page's own figure for "rendered". */
  kaart: number;
  /** The candidate crossovers drawn as well. */
  kandidaten: number;
}

/** A laptop-sized page; reduced motion, so timings do not include the 350 ms camera moves. */
function newContext(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
}

async function load(page: Page, reload = false): Promise<LoadTiming> {
  if (reload) await page.reload();
  else await page.goto(`${baseUrl}/verkenner`);
  const drawn = await page.evaluate(() => globalThis.verkenner.ready);
  expect(drawn?.kandidaten, (await page.getByTestId('status').textContent())!).toBeGreaterThan(0);
  const marks = await page.evaluate(() => ({
    scripts: performance.getEntriesByName('verkenner:start')[0]!.startTime,
    gegevens: performance.getEntriesByName('verkenner:gegevens')[0]!.startTime,
  }));
  return {
    scripts: Math.round(marks.scripts),
    gegevens: Math.round(marks.gegevens),
    kaart: drawn!.kaart,
    kandidaten: drawn!.kandidaten!,
  };
}

/** The first load after the service started, then fresh loads (empty cache), then reloads. */
async function measureLoads(): Promise<Record<string, LoadTiming[]>> {
  const first = await newContext();
  const eerste = [await load(await first.newPage())];
  await first.close();
  const leeg: LoadTiming[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await newContext();
    leeg.push(await load(await context.newPage()));
    await context.close();
  }
  const context = await newContext();
  const page = await context.newPage();
  await load(page);
  const herladen: LoadTiming[] = [];
  for (let run = 0; run < runs; run += 1) herladen.push(await load(page, true));
  await context.close();
  return { eerste, leeg, herladen };
}

/** Fails with `what` when `work` takes longer than a minute, so a step that never ends is named. */
function within<T>(what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish within a minute`)), 60_000)),
  );
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function summarise(loads: Record<string, LoadTiming[]>): Record<string, string> {
  const spread = (values: number[]) => `${median(values)} (${Math.min(...values)}-${Math.max(...values)})`;
  return Object.fromEntries(
    Object.entries(loads).map(([name, timings]) => {
      const column = (key: keyof LoadTiming) => spread(timings.map((timing) => timing[key]));
      return [
        name,
        `scripts ${column('scripts')}, data ${column('gegevens')}, map drawn ${column('kaart')}, candidates ${column('kandidaten')}`,
      ];
    }),
  );
}

/** Which drawn nodes to expand first: the hubs of the synthetic graph, which have the most neighbours. */
const expandOrder = ['Koepel', 'Ministerie', 'Provincie', 'Opgave', 'Instrument', 'Regio', 'Overleg', 'Organisatie'];

describe('the explorer at scale', () => {
  it('draws the seeded opgaven map', async () => {
    const loads = await measureLoads();
    console.log(`seeded graph, ${runs} runs each:`, summarise(loads));
  });

  it(`stays usable with a synthetic graph of ${syntheticNodes} nodes next to the seeds`, async () => {
    const started = performance.now();
    await loadSyntheticGraph(database, logger, {
      knopen: syntheticNodes,
      relatiesPerKnoop: 10,
      seed: 1,
      wissen: false,
      naastSeeds: true,
      batchSize: 10_000,
    });
    console.log(`synthetic graph of ${syntheticNodes} nodes loaded in ${Math.round(performance.now() - started)} ms`);
    console.log('opgaven map with the synthetic graph:', summarise(await measureLoads()));

    const context = await newContext();
    const page = await context.newPage();
    await load(page);
    const expansions: Array<{ id: string; ms: number; knopen: number }> = [];
    const expanded = new Set<string>();
    while (expansions.length < 150) {
      const next = await page.evaluate(
        ([order, done]) => {
          const candidates = globalThis.verkenner.cy
            .nodes()
            .filter((node) => order.includes(node.data('soort')) && !done.includes(node.id()));
          const rank = (id: string, soort: string) =>
            order.indexOf(soort) * 1e6 + Number(/synthetisch-(\d+)$/.exec(id)?.[1] ?? 5e5);
          return candidates.sort((a, b) => rank(a.id(), a.data('soort')) - rank(b.id(), b.data('soort')))[0]?.id();
        },
        [expandOrder, [...expanded]] as const,
      );
      if (!next) break;
      expanded.add(next);
      const ms = await page.evaluate(async (id) => {
        const before = performance.now();
        await globalThis.verkenner.expand(id);
        return Math.round(performance.now() - before);
      }, next);
      const knopen = await page.evaluate(() => globalThis.verkenner.cy.nodes().length);
      expansions.push({ id: next, ms, knopen });
      // Later expansions mostly find nodes already drawn; four in five is "a few thousand" enough.
      if (knopen >= 0.8 * syntheticNodes) break;
    }
    const drawn = expansions.at(-1)!.knopen;
    expect(drawn).toBeGreaterThan(syntheticNodes / 2);
    const quarter = (part: number) =>
      expansions.slice(Math.floor((expansions.length * part) / 4), Math.floor((expansions.length * (part + 1)) / 4));
    console.log(
      `${expansions.length} expansions to ${drawn} nodes; ms per expansion by quarter (median, max):`,
      [0, 1, 2, 3].map((part) => {
        const times = quarter(part).map((expansion) => expansion.ms);
        return times.length ? `${median(times)}, ${Math.max(...times)} (to ${quarter(part).at(-1)!.knopen} nodes)` : '';
      }),
    );

    const edges = await page.evaluate(() => globalThis.verkenner.cy.edges().length);
    const fit = await within(
      'fitting everything in view',
      page.evaluate(async () => {
        const { cy, nextFrame } = globalThis.verkenner;
        cy.zoom(cy.zoom() * 2);
        await nextFrame();
        const before = performance.now();
        cy.fit(undefined, 30);
        await nextFrame();
        return Math.round(performance.now() - before);
      }),
    );
    const panZoom = await within(
      'panning and zooming',
      page.evaluate(() => globalThis.verkenner.measurePanZoom(20)),
    );
    // A click on a node in the middle of the drawing at zoom 1, timed until the selection is drawn.
    const target = await page.evaluate(() => {
      const { cy } = globalThis.verkenner;
      const node = cy.nodes()[Math.floor(cy.nodes().length / 2)]!;
      cy.zoom(1);
      cy.center(node);
      return { id: node.id(), ...node.renderedPosition() };
    });
    // Wrapped in an object: evaluateHandle would otherwise wait for the promise, that is for the click.
    const selection = await page.evaluateHandle(() => ({ drawn: globalThis.verkenner.selectionDrawn() }));
    const graph = (await page.getByTestId('graaf').boundingBox())!;
    const clickedAt = await page.evaluate(() => performance.now());
    await page.mouse.click(graph.x + target.x, graph.y + target.y);
    const selectedAt = await within(
      `selecting ${target.id} by a click`,
      selection.evaluate((pending) => pending.drawn),
    );
    const selectMs = Math.round(selectedAt - clickedAt);
    console.log(`with ${drawn} nodes and ${edges} edges drawn:`, { fitMs: fit, ...panZoom, selectMs });
    await page.screenshot({ path: 'test-results/verkenner-bench-synthetisch.png' });

    const inPage = await newContext();
    const synthetic = await inPage.newPage();
    await load(synthetic);
    const made = await within(
      '3000 nodes made in the page',
      synthetic.evaluate(() => globalThis.verkenner.addSynthetic(3000)),
    );
    console.log(
      '3000 nodes made in the page (addSynthetic):',
      made,
      await within(
        'panning and zooming them',
        synthetic.evaluate(() => globalThis.verkenner.measurePanZoom(20)),
      ),
    );
    await inPage.close();
    await context.close();
  });
});
