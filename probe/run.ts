/**
 * `npm run probe`: loads the seeds into a throwaway embedded Neo4j (a temporary folder and free
 * ports) with generous query timeouts, then starts the built service on it with the default ones and
 * re-runs the December 2026 probe's attempts (the D1–D11 reproductions and hostile analyst queries),
 * then a load test: 20 readers alone, and beside an analyst running each bomb, and last kills the
 * database's JVM (D5) and waits for the service to recover by itself. Prints attempts, refused,
 * leaked and harmed, and the readers' errors and p99 per run; exits 1 when anything leaked or
 * harmed, a reader failed, or a reader's p99 beside a bomb passed twice the quiet run's.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childPids, runNode, sleep, startNode, type Started } from '../bench/processes.js';
import { freePort } from '../src/net.js';
import { attempts, bombs, type Verdict } from './attempts.js';
import { Client, codeOf } from './client.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const readers = 20;
const runSeconds = Number(process.env.PROBE_RUN_SECONDS ?? 20);
/** The issue's target: readers' p99 beside an analyst's bomb within twice the quiet run's. */
const maxP99Ratio = 2;
/** A mid-size public read: who leads each opgave, and ten regions each. */
const readerQuery =
  '{ opgaven { edges { node { nummer naam trekkers { edges { node { naam } relatie { rol } } } regios(first: 10) { edges { node { naam } } } } } } }';

let service: Started | undefined;
let dataDir: string | undefined;

async function main(): Promise<void> {
  dataDir = await mkdtemp(join(tmpdir(), 'ibp-probe-'));
  const [port, boltPort] = await Promise.all([freePort(), freePort()]);
  const client = new Client(`http://127.0.0.1:${port}`);
  const database = {
    NEO4J_URI: '',
    NEO4J_LOCAL_DATA_DIR: dataDir,
    NEO4J_LOCAL_BOLT_PORT: String(boltPort),
    NEO4J_LOCAL_START_TIMEOUT_S: '900',
    LOG_LEVEL: 'warn',
  };
  process.stdout.write(`loading the seeds into ${dataDir} (a first start builds the database: minutes)\n`);
  // Loading the seeds on a busy machine can take longer than the default 10 s per query; the
  // service probed below runs on the defaults.
  await runNode(
    'loading the seeds',
    join(projectRoot, 'dist/commands/seed.js'),
    [],
    { ...process.env, ...database, NEO4J_QUERY_TIMEOUT_MS: '120000' },
    () => {},
  );
  process.stdout.write('starting the service on the default timeouts\n');
  service = await startNode(
    'the service',
    join(projectRoot, 'dist/main.js'),
    [],
    {
      ...process.env,
      ...database,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      RATE_LIMIT_PER_MINUTE: '0',
      AUTH_ANONYMOUS_READ: 'true',
      AUTH_JWT_SECRET: client.jwtSecret,
    },
    `${client.baseUrl}/readyz`,
    15 * 60_000,
  );
  const tokens = {
    analyst: await client.jwt({ rol: 'analist', sub: 'probe-analist' }, 6 * 3600),
    liaison: await client.jwt({ rol: 'liaison', sub: 'probe-liaison' }, 6 * 3600),
  };
  const countBefore = await nodeCount(client, tokens.analyst);

  const tally: Record<Verdict, number> = { refused: 0, leaked: 0, harmed: 0 };
  process.stdout.write(`\n${'defect'.padEnd(8)} ${'verdict'.padEnd(8)} attempt: detail\n`);
  for (const attempt of attempts) {
    let { verdict, detail } = await attempt.run(client, tokens);
    if (!(await ready(client)))
      [verdict, detail] = ['harmed', `${detail}; the service was not ready within 60 s after`];
    tally[verdict] += 1;
    process.stdout.write(`${attempt.defect.padEnd(8)} ${verdict.padEnd(8)} ${attempt.name}: ${detail}\n`);
  }
  // The probe's own liaison recorded one crossover and its audit entry (D8); anything else is a write that got through.
  const written = (await nodeCount(client, tokens.analyst)) - countBefore - 2;
  if (written !== 0) {
    tally.harmed += 1;
    process.stdout.write(`harmed: the graph changed by ${written} nodes beyond the probe's own recording\n`);
  }

  process.stdout.write(`\nload: ${readers} anonymous readers, ${runSeconds} s per run\n`);
  const quiet = await readersFor(client);
  process.stdout.write(`${'quiet'.padEnd(36)} ${summary(quiet)}\n`);
  const loaded: Array<[string, Reading]> = [];
  for (const [name, query] of Object.entries(bombs)) {
    const reading = await readersFor(client, async (stop) => {
      let runs = 0;
      const codes = new Map<string, number>();
      while (!stop()) {
        const answer = await client.cypher(query, tokens.analyst, 180_000);
        const code = codeOf(answer) ?? (answer.failure ? 'no answer' : 'ok');
        codes.set(code, (codes.get(code) ?? 0) + 1);
        runs += 1;
      }
      return `${runs} runs: ${[...codes].map(([code, n]) => `${n} ${code}`).join(', ')}`;
    });
    loaded.push([name, reading]);
    process.stdout.write(`${name.padEnd(36)} ${summary(reading, quiet)}\n`);
  }

  const d5 = await killDatabase(client);
  if (d5.verdict === 'harmed') tally.harmed += 1;
  else tally.refused += 1;
  process.stdout.write(`\nD5       ${d5.verdict.padEnd(8)} the database's JVM killed: ${d5.detail}\n`);

  const total = attempts.length + 1;
  const readerErrors = loaded.reduce((sum, [, reading]) => sum + reading.errors, 0);
  const worstRatio = Math.max(...loaded.map(([, reading]) => reading.p99 / Math.max(quiet.p99, 1)));
  process.stdout.write(
    `\nattempts ${total}, refused ${tally.refused}, leaked ${tally.leaked}, harmed ${tally.harmed}; ` +
      `readers' errors under the bombs ${readerErrors}, worst p99 ${worstRatio.toFixed(2)}x the quiet run ` +
      `(target at most ${maxP99Ratio}x)\n`,
  );
  if (tally.leaked + tally.harmed + readerErrors > 0 || worstRatio > maxP99Ratio) process.exitCode = 1;
}

interface Reading {
  requests: number;
  errors: number;
  p50: number;
  p99: number;
  analyst?: string;
}

/** 20 readers for `runSeconds`, while `beside` (an analyst) runs until they stop. */
async function readersFor(client: Client, beside?: (stop: () => boolean) => Promise<string>): Promise<Reading> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + runSeconds * 1000;
  const stop = () => Date.now() > end;
  const reader = async () => {
    while (!stop()) {
      const answer = await client.graphql(readerQuery, {}, undefined, 60_000);
      latencies.push(answer.ms);
      if (answer.status !== 200 || answer.body?.errors) errors += 1;
    }
  };
  const [analyst] = await Promise.all([beside?.(stop), ...Array.from({ length: readers }, reader)]);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { requests: latencies.length, errors, p50: at(0.5), p99: at(0.99), analyst };
}

function summary(reading: Reading, quiet?: Reading): string {
  const ratio = quiet ? ` (${(reading.p99 / Math.max(quiet.p99, 1)).toFixed(2)}x quiet)` : '';
  return (
    `${reading.requests} reads, ${reading.errors} errors, p50 ${reading.p50} ms, p99 ${reading.p99} ms${ratio}` +
    (reading.analyst ? `; analyst: ${reading.analyst}` : '')
  );
}

/** D5: kill -9 the embedded database's JVM; the service must answer reads again by itself. */
async function killDatabase(client: Client): Promise<{ verdict: Verdict; detail: string }> {
  const [java] = childPids(service!.pid);
  if (!java) return { verdict: 'harmed', detail: 'no database process found' };
  const killed = Date.now();
  process.kill(java, 'SIGKILL');
  const deadline = killed + 5 * 60_000;
  while (Date.now() < deadline) {
    await sleep(1_000);
    const answer = await client.graphql('{ opgaven { totalCount } }', {}, undefined, 30_000);
    if (answer.status === 200 && !answer.body?.errors) {
      return { verdict: 'refused', detail: `reads answered again after ${Math.round((Date.now() - killed) / 1000)} s` };
    }
  }
  return { verdict: 'harmed', detail: 'reads still failed after 5 minutes' };
}

/** Whether /readyz answers 200 within a minute. */
async function ready(client: Client): Promise<boolean> {
  for (let tries = 0; tries < 60; tries++) {
    if ((await client.send('/readyz', {}, 10_000)).status === 200) return true;
    await sleep(1_000);
  }
  return false;
}

async function nodeCount(client: Client, analyst: string): Promise<number> {
  const answer = await client.cypher('MATCH (n) RETURN count(n) AS n', analyst);
  return Number((answer.body?.data as { cypher: { rijen: Array<{ n: number }> } }).cypher.rijen[0]!.n);
}

async function cleanUp(): Promise<void> {
  await service?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => void cleanUp());
