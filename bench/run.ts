/*
 * npm run bench: the same operations against this service, the Neo4j GraphQL Library and raw
 * Cypher, all three on one throwaway Neo4j (started by the service, as `npm start` does), one
 * after the other with autocannon; the results go to bench/RESULTATEN.md. See `--help`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { combine, measure, type Sample } from './load.js';
import { drawSequence, kept, mix, openLoop, percentile, prepare, questionPool } from './mixed.js';
import { renderMixedReport, type MixedContenderResult } from './mixed-report.js';
import { operations, type Graph, type Operation } from './operations.js';
import { freePort } from '../src/net.js';
import { childPids, runNode, sleep, startNode, type Started } from './processes.js';
import {
  contenderNames,
  renderReport,
  writeReport,
  type Contender,
  type ContenderResult,
  type OperationResult,
} from './report.js';

const usage = `npm run bench -- [options]

  --knopen N         0: the seeded graph (default); N: a synthetic graph of N nodes made with
                     npm run generate (about 2 minutes for 100000). Repeat for several graphs.
  --duur S           seconds of load per operation and contender (default 60)
  --verbindingen C   concurrent connections (default 50)
  --opwarmen S       seconds of unmeasured load per contender before each operation (default 15)
  --rondes R         the contenders take turns in R rounds of duur/R seconds each (default 3)
  --operaties A,B    only these operations (regioprofiel, opgave, zoek, kandidaten, pad)
  --map DIR          keep the synthetic graph's database in DIR and reuse it when it exists
  --uit FILE         results file (default bench/RESULTATEN.md)
  --gemengd W        the mixed workload too (ja, default), not (nee), or only it (alleen)
  --tempo R          the mixed workload's fixed rate, requests per second (default 100)
  --stap S           seconds per step of the search for the highest rate with p99 under 250 ms (default 5)

  GRAPHQL_COMPILED=false npm run bench ... measures the service on graphql-js instead of compiled by
  graphql-jit (the default); its tables are written to blocks of their own (marked graphql-js).
`;

/** The compiled files: this one is dist/bench/bench/run.js. */
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fromRoot = (...segments: string[]) => resolve(projectRoot, ...segments);
const neo4jMemory = { NEO4J_LOCAL_HEAP: '2g', NEO4J_LOCAL_PAGECACHE: '1g' };
const startTimeoutMs = 15 * 60_000;
const contenderOrder: readonly Contender[] = ['ours', 'library', 'raw'];

interface Options {
  graphs: number[];
  durationSeconds: number;
  connections: number;
  warmupSeconds: number;
  rounds: number;
  only: Set<string> | undefined;
  keepDir: string | undefined;
  out: string;
  mixed: 'ja' | 'nee' | 'alleen';
  mixedRate: number;
  stepSeconds: number;
}

function parseOptions(argv: string[]): Options | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      knopen: { type: 'string', multiple: true },
      duur: { type: 'string' },
      verbindingen: { type: 'string' },
      opwarmen: { type: 'string' },
      rondes: { type: 'string' },
      operaties: { type: 'string' },
      map: { type: 'string' },
      uit: { type: 'string' },
      gemengd: { type: 'string' },
      tempo: { type: 'string' },
      stap: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return undefined;
  const count = (name: string, value: string | undefined, fallback: number, min: number) => {
    const parsed = Number(value ?? fallback);
    if (!Number.isInteger(parsed) || parsed < min)
      throw new Error(`--${name} must be a whole number of at least ${min}, got ${value}`);
    return parsed;
  };
  return {
    graphs: (values.knopen ?? ['0']).map((value) => count('knopen', value, 0, 0)),
    durationSeconds: count('duur', values.duur, 60, 1),
    connections: count('verbindingen', values.verbindingen, 50, 1),
    warmupSeconds: count('opwarmen', values.opwarmen, 15, 0),
    rounds: count('rondes', values.rondes, 3, 1),
    only: values.operaties ? new Set(values.operaties.split(',').map((name) => name.trim())) : undefined,
    keepDir: values.map ? fromRoot(values.map) : undefined,
    out: fromRoot(values.uit ?? 'bench/RESULTATEN.md'),
    mixed: mixedChoice(values.gemengd ?? 'ja'),
    mixedRate: count('tempo', values.tempo, 100, 1),
    stepSeconds: count('stap', values.stap, 5, 1),
  };
}

function mixedChoice(value: string): Options['mixed'] {
  if (value === 'ja' || value === 'nee' || value === 'alleen') return value;
  throw new Error(`--gemengd must be ja, nee or alleen, got ${value}`);
}

/** Database round trips per operation name, from the service's operation log lines. */
class OperationLog {
  private readonly byName = new Map<string, { requests: number; roundTrips: number }>();
  neo4jVersion = 'unknown';

  read(line: string): void {
    if (line.includes('local Neo4j is ready'))
      this.neo4jVersion = String(JSON.parse(line).version ?? this.neo4jVersion);
    if (!line.includes('graphql operation')) return;
    const entry = JSON.parse(line) as { operationName: string | null; roundTrips: number };
    const name = entry.operationName ?? 'anoniem';
    const tally = this.byName.get(name) ?? { requests: 0, roundTrips: 0 };
    tally.requests += 1;
    tally.roundTrips += entry.roundTrips;
    this.byName.set(name, tally);
  }

  perRequest(name: string): number | undefined {
    const tally = this.byName.get(name);
    return tally && tally.requests > 0 ? tally.roundTrips / tally.requests : undefined;
  }

  clear(): void {
    this.byName.clear();
  }
}

interface Contenders {
  ours: Started;
  library: Started;
  raw: Started;
  ports: Record<Contender, number>;
  boltUri: string;
  log: OperationLog;
  neo4jPid: number | undefined;
}

/** Everything a run started, so that an interrupted run stops it too. */
const running = new Set<Started>();

async function stopAll(): Promise<void> {
  await Promise.all([...running].map((started) => started.stop()));
  running.clear();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAll().finally(() => process.exit(130)));
}

async function startContenders(dataDir: string): Promise<Contenders> {
  const [boltPort, ours, library, raw] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const log = new OperationLog();
  const service = await startNode(
    'the service',
    fromRoot('dist/main.js'),
    [],
    {
      ...process.env,
      ...neo4jMemory,
      NEO4J_URI: '',
      NEO4J_LOCAL_DATA_DIR: dataDir,
      NEO4J_LOCAL_BOLT_PORT: String(boltPort),
      PORT: String(ours),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_COST_PER_MINUTE: '0',
      AUTH_ANONYMOUS_READ: 'true',
    },
    `http://127.0.0.1:${ours}/readyz`,
    startTimeoutMs,
    (line) => log.read(line),
  );
  running.add(service);
  const serverEnvironment = (port: number) => ({
    ...process.env,
    NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
    PORT: String(port),
  });
  const others = await Promise.all([
    startNode(
      'the Neo4j GraphQL Library',
      fromRoot('dist/bench/bench/neo4j-graphql-server.js'),
      [],
      serverEnvironment(library),
      `http://127.0.0.1:${library}/healthz`,
      startTimeoutMs,
    ),
    startNode(
      'the raw Cypher server',
      fromRoot('dist/bench/bench/raw-cypher-server.js'),
      [],
      serverEnvironment(raw),
      `http://127.0.0.1:${raw}/healthz`,
      startTimeoutMs,
    ),
  ]);
  for (const started of others) running.add(started);
  return {
    ours: service,
    library: others[0],
    raw: others[1],
    ports: { ours, library, raw },
    boltUri: `bolt://127.0.0.1:${boltPort}`,
    log,
    neo4jPid: childPids(service.pid)[0],
  };
}

function request(contenders: Contenders, contender: Contender, operation: Operation): { url: string; body: string } {
  const port = contenders.ports[contender];
  if (contender === 'raw')
    return {
      url: `http://127.0.0.1:${port}/${operation.raw.statement}`,
      body: JSON.stringify(operation.raw.parameters),
    };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    body: JSON.stringify(contender === 'ours' ? operation.ours : operation.library),
  };
}

/** One request, summarised for the equivalence check (or the error it gave), and its time. */
async function answer(
  contenders: Contenders,
  contender: Contender,
  operation: Operation,
): Promise<{ summary: string; ms: number }> {
  const { url, body } = request(contenders, contender, operation);
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const ms = Math.round(performance.now() - started);
  const parsed = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (parsed.errors?.length) return { summary: `error: ${parsed.errors[0]?.message}`, ms };
  return {
    summary:
      contender === 'raw'
        ? operation.summarize.raw(parsed.data as unknown[])
        : operation.summarize[contender](parsed.data),
    ms,
  };
}

async function clearCounts(contenders: Contenders): Promise<void> {
  contenders.log.clear();
  for (const contender of ['library', 'raw'] as const) {
    await fetch(`http://127.0.0.1:${contenders.ports[contender]}/tellingen/wissen`, { method: 'POST' });
  }
}

async function roundTrips(
  contenders: Contenders,
  contender: Contender,
  operation: Operation,
): Promise<number | undefined> {
  if (contender === 'ours') return contenders.log.perRequest(operation.ours.operationName);
  const counts = (await (await fetch(`http://127.0.0.1:${contenders.ports[contender]}/tellingen`)).json()) as Record<
    string,
    { requests: number; queries: number }
  >;
  const entry = counts[contender === 'raw' ? operation.raw.statement : operation.library.operationName];
  return entry && entry.requests > 0 ? entry.queries / entry.requests : undefined;
}

async function runGraph(knopen: number, options: Options, command: string): Promise<void> {
  const graph: Graph = knopen === 0 ? 'seed' : 'synthetisch';
  const keep = graph === 'synthetisch' ? options.keepDir : undefined;
  const dataDir = keep ?? (await mkdtemp(join(tmpdir(), 'ibp-graph-bench-')));
  try {
    if (graph === 'synthetisch' && !(keep && existsSync(join(keep, 'data')))) {
      process.stdout.write(`generating ${knopen} nodes into ${dataDir}\n`);
      const boltPort = await freePort();
      await runNode(
        'npm run generate',
        fromRoot('dist/commands/generate.js'),
        ['--knopen', String(knopen)],
        {
          ...process.env,
          ...neo4jMemory,
          NEO4J_URI: '',
          NEO4J_LOCAL_DATA_DIR: dataDir,
          NEO4J_LOCAL_BOLT_PORT: String(boltPort),
          LOG_LEVEL: 'info',
        },
        (line) => line.includes('"phase"') && process.stdout.write(`  ${line.slice(0, 160)}\n`),
      );
    }
    process.stdout.write(`starting the three servers on ${dataDir}\n`);
    const started = await startContenders(dataDir);
    const selected =
      options.mixed === 'alleen'
        ? []
        : operations(graph).filter((operation) => !options.only || options.only.has(operation.key));
    const loadAtStart = loadavg()[0] ?? 0;
    const results: OperationResult[] = [];
    let neo4jPeakMb = 0;
    for (const operation of selected) {
      const answers = new Map<Contender, { summary: string; ms: number }>();
      for (const contender of contenderOrder) answers.set(contender, await answer(started, contender, operation));
      for (const contender of contenderOrder) {
        const { url, body } = request(started, contender, operation);
        if (options.warmupSeconds > 0)
          await measure({
            url,
            body,
            connections: options.connections,
            durationSeconds: options.warmupSeconds,
            pids: [],
          });
      }
      await clearCounts(started);
      // The contenders take turns, so that the machine's other work weighs on each alike.
      const samples = new Map<Contender, Sample[]>(contenderOrder.map((contender) => [contender, []]));
      const slice = Math.max(1, Math.round(options.durationSeconds / options.rounds));
      for (let round = 1; round <= options.rounds; round++) {
        for (const contender of contenderOrder) {
          const { url, body } = request(started, contender, operation);
          const pid = started[contender].pid;
          process.stdout.write(
            `${operation.key}: ${contenderNames[contender]}, round ${round}/${options.rounds}, ${slice} s x ${options.connections} connections\n`,
          );
          samples.get(contender)!.push(
            await measure({
              url,
              body,
              connections: options.connections,
              durationSeconds: slice,
              pids: started.neo4jPid ? [pid, started.neo4jPid] : [pid],
            }),
          );
        }
      }
      const measured: ContenderResult[] = [];
      for (const contender of contenderOrder) {
        const measurement = combine(samples.get(contender)!);
        const pid = started[contender].pid;
        if (started.neo4jPid) neo4jPeakMb = Math.max(neo4jPeakMb, measurement.peakMb.get(started.neo4jPid) ?? 0);
        const result: ContenderResult = {
          contender,
          measurement,
          roundTrips: await roundTrips(started, contender, operation),
          memoryMb: measurement.peakMb.get(pid),
          answer: answers.get(contender)!.summary,
          firstAnswerMs: answers.get(contender)!.ms,
        };
        process.stdout.write(
          `  ${contenderNames[contender]}: p50 ${measurement.p50.toFixed(1)} ms, p95 ${measurement.p95.toFixed(1)} ms, p99 ${measurement.p99.toFixed(1)} ms, ` +
            `${measurement.requestsPerSecond.toFixed(1)} req/s, ${measurement.errors} errors, round trips ${result.roundTrips?.toFixed(2) ?? '?'}\n`,
        );
        measured.push(result);
      }
      results.push({ operation, results: measured });
    }
    const graphName =
      graph === 'seed'
        ? 'Seeded graph (the five documents: about 500 nodes, 900 relations)'
        : `Synthetic graph: ${knopen.toLocaleString('en')} nodes and ${(knopen * 10).toLocaleString('en')} relations (npm run generate), with the seeds`;
    const heading = `${graphName}${executionNote}`;
    const key = `${knopen === 0 ? 'seed' : String(knopen)}${compiled ? '' : '-graphql-js'}`;
    if (results.length > 0) {
      const environment =
        `${machine(started, loadAtStart)} ` +
        `${options.durationSeconds} s × ${options.connections} connections per operation and contender, in ${options.rounds} turns of ` +
        `${Math.max(1, Math.round(options.durationSeconds / options.rounds))} s taken in the order IBP Graph, @neo4j/graphql, raw Cypher, after ${options.warmupSeconds} s of unmeasured load for each.`;
      writeReport(
        options.out,
        key,
        renderReport({
          key: String(knopen),
          heading,
          command,
          environment,
          neo4jPeakMb: neo4jPeakMb || undefined,
          neo4jPid: started.neo4jPid,
          pids: { ours: started.ours.pid, library: started.library.pid, raw: started.raw.pid },
          operations: results,
        }),
      );
      process.stdout.write(`written to ${options.out}\n`);
    }
    if (options.mixed !== 'nee') {
      const report = await runMixed(started, graph, options, command, `Mixed workload: ${heading}`);
      writeReport(options.out, `gemengd-${key}`, report);
      process.stdout.write(`mixed workload written to ${options.out}\n`);
    }
  } finally {
    await stopAll();
    if (!keep) await rm(dataDir, { recursive: true, force: true });
  }
}

/** Whether the service runs compiled (the default; GRAPHQL_COMPILED=false for graphql-js), as the tables say. */
const compiled = process.env.GRAPHQL_COMPILED !== 'false';
const executionNote = compiled ? '' : '; IBP Graph on graphql-js (GRAPHQL_COMPILED=false)';

/** Date, commit, versions, machine and load, for the line under a table. */
function machine(started: Contenders, loadAtStart: number): string {
  const cpu = cpus();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot }).toString().trim();
  } catch {
    // Not a git checkout.
  }
  return (
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; commit ${commit}; Node ${process.version}; Neo4j ${started.log.neo4jVersion} embedded ` +
    `(heap ${neo4jMemory.NEO4J_LOCAL_HEAP}, page cache ${neo4jMemory.NEO4J_LOCAL_PAGECACHE}); ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ` +
    `shared with the load generator and with other work (1-minute load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end).`
  );
}

const p99BoundMs = 250;
const highestStepRate = 1600;

/**
 * The mixed workload (mixed.ts): the contenders take turns at the fixed rate on the same
 * sequence, then each searches the highest rate whose p99 stays under the bound: doubling from
 * 25 req/s while it holds, then one step halfway back.
 */
async function runMixed(
  started: Contenders,
  graph: Graph,
  options: Options,
  command: string,
  heading: string,
): Promise<string> {
  const loadAtStart = loadavg()[0] ?? 0;
  const pool = await questionPool(started.boltUri, graph === 'seed' ? undefined : 1000);
  process.stdout.write(
    `mixed workload: ${pool.regios.length} regions, ${pool.opgaven.length} opgaven, ${pool.actoren.length} actors\n`,
  );
  const slice = Math.max(1, Math.round(options.durationSeconds / options.rounds));
  const perTurn = options.mixedRate * slice;
  const sequence = drawSequence(pool, Math.max(perTurn * options.rounds, highestStepRate * options.stepSeconds));
  const prepared = new Map(
    contenderOrder.map((contender) => [contender, prepare(sequence, contender, started.ports.raw)] as const),
  );
  const watch = (contender: Contender) =>
    started.neo4jPid ? [started[contender].pid, started.neo4jPid] : [started[contender].pid];
  // Unmeasured: every contender answers a turn's worth once, so that none meets the mix cold.
  for (const contender of contenderOrder)
    await openLoop(started.ports[contender], prepared.get(contender)!.slice(0, perTurn), options.mixedRate, []);
  const results = new Map<Contender, MixedContenderResult>(
    contenderOrder.map((contender) => [
      contender,
      { contender, fixed: [], highestRate: 0, steps: [], serverPid: started[contender].pid },
    ]),
  );
  for (let round = 0; round < options.rounds; round++) {
    for (const contender of contenderOrder) {
      process.stdout.write(
        `mixed: ${contenderNames[contender]}, round ${round + 1}/${options.rounds}, ${options.mixedRate} req/s\n`,
      );
      const turn = prepared.get(contender)!.slice(round * perTurn, (round + 1) * perTurn);
      results
        .get(contender)!
        .fixed.push(await openLoop(started.ports[contender], turn, options.mixedRate, watch(contender)));
    }
  }
  for (const contender of contenderOrder) {
    const result = results.get(contender)!;
    const step = async (rate: number) => {
      const outcome = await openLoop(
        started.ports[contender],
        prepared.get(contender)!.slice(0, rate * options.stepSeconds),
        rate,
        [],
      );
      const p99 = percentile(
        [...outcome.latencies].sort((x, y) => x - y),
        99,
      );
      const ok = kept(outcome, p99BoundMs);
      result.steps.push({ rate, p99, errors: outcome.errors, kept: ok });
      process.stdout.write(`mixed: ${contenderNames[contender]} at ${rate} req/s: p99 ${p99.toFixed(0)} ms\n`);
      // A server left with a queue would weigh on the next step.
      await sleep(2_000);
      return ok;
    };
    let rate = 25;
    while (rate <= highestStepRate && (await step(rate))) {
      result.highestRate = rate;
      rate *= 2;
    }
    if (result.highestRate > 0 && rate <= highestStepRate) {
      const between = Math.round((result.highestRate + rate) / 2);
      if (await step(between)) result.highestRate = between;
    }
  }
  const environment =
    `${machine(started, loadAtStart)} ` +
    `${options.rounds} turns of ${slice} s at ${options.mixedRate} req/s per contender (taken in the order IBP Graph, @neo4j/graphql, raw Cypher, ` +
    `after one unmeasured turn each), then the rate search in steps of ${options.stepSeconds} s. ` +
    `Ids drawn per request from ${pool.regios.length} regions, ${pool.opgaven.length} opgaven and ${pool.actoren.length} actors; ` +
    `the mix: ${mix.map(([kind, weight]) => `${kind} ${weight}`).join(', ')} (weights).`;
  return renderMixedReport({
    heading,
    command,
    environment,
    rate: options.mixedRate,
    p99BoundMs,
    neo4jPid: started.neo4jPid,
    results: [...results.values()],
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  if (!options) {
    process.stdout.write(usage);
    return;
  }
  const command = ['npm run bench --', ...argv].join(' ');
  for (const knopen of options.graphs) await runGraph(knopen, options, command);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
