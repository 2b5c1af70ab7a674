/*
 * The mixed workload: what users send, rather than one question repeated. Every request draws its
 * ids from the graph (every region, opgave and actor of the seeded graph; a thousand of each at
 * random on a synthetic one) and its operation from a weighted mix; all three contenders get the
 * same sequence, sent open-loop (at fixed times, whether earlier answers came or not) so that
 * latencies include the waiting a slow server causes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import neo4j from 'neo4j-driver';
import { operationsFor, type Question, type RawStatement } from './operations.js';
import { sleep } from './processes.js';

/** Where ids are drawn from. */
export interface QuestionPool {
  regios: string[];
  opgaven: string[];
  actoren: string[];
}

/** Words a liaison searches for. */
const searchTexts = [
  'klimaat',
  'wonen',
  'energie',
  'water',
  'landschap',
  'migratie',
  'zorg',
  'jeugd',
  'bestuur',
  'platteland',
  'mobiliteit',
  'armoede',
];

/** The mix: front-ends' region–opgave links most, liaisons' exploration and search, analysts' paths and candidates least. */
export const mix: ReadonlyArray<readonly [Kind, number]> = [
  ['regioprofiel', 40],
  ['opgave', 20],
  ['zoek', 20],
  ['pad', 8],
  ['kandidaten', 7],
  ['schrijven', 5],
];

export type Kind = RawStatement | 'schrijven';

/** One request of the sequence, ready to send to one contender. */
export interface Prepared {
  kind: Kind;
  path: string;
  body: string;
}

const actorLabels = [
  'Ministerie',
  'Koepel',
  'Provincie',
  'Gemeente',
  'Waterschap',
  'Organisatie',
  'Overleg',
  'Persoon',
];

/** Every region, opgave and actor, or `sample` of each at random. */
export async function questionPool(boltUri: string, sample: number | undefined): Promise<QuestionPool> {
  const driver = neo4j.driver(boltUri);
  try {
    const ids = async (where: string) => {
      const limit = sample === undefined ? '' : `WITH n ORDER BY rand() LIMIT ${sample}`;
      const { records } = await driver.executeQuery(
        `MATCH (n:Entiteit) WHERE ${where} ${limit} RETURN n.id AS id ORDER BY id`,
        {},
        { routing: neo4j.routing.READ },
      );
      return records.map((record) => String(record.get('id')));
    };
    return {
      regios: await ids('n:Regio'),
      opgaven: await ids('n:Opgave'),
      actoren: await ids(actorLabels.map((label) => `n:${label}`).join(' OR ')),
    };
  } finally {
    await driver.close();
  }
}

/** A small seeded generator (mulberry32), so that every run and every contender get the same sequence. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Drawn {
  kind: Kind;
  question: Question;
}

/** `count` requests drawn from the pool and the mix. */
export function drawSequence(pool: QuestionPool, count: number, seed = 16): Drawn[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const total = mix.reduce((sum, [, weight]) => sum + weight, 0);
  const kindOf = () => {
    let at = next() * total;
    for (const [kind, weight] of mix) if ((at -= weight) < 0) return kind;
    return mix[0]![0];
  };
  return Array.from({ length: count }, () => {
    const kind = kindOf();
    const opgave = pick(pool.opgaven);
    return {
      kind,
      question: {
        regio: pick(pool.regios),
        opgave,
        van: pick(pool.actoren),
        naar: pick(pool.regios),
        tekst: pick(searchTexts),
        // Analysts ask for the candidates of one opgave more often than for all pairs.
        kandidatenVan: next() < 0.75 ? opgave : null,
      },
    };
  });
}

/**
 * The sequence as one contender gets it. A write is the same Cypher statement for all three,
 * through the raw server (`schrijven`: a counter on the region no answer reads): the service's own
 * mutations need a recorded node, its version and sources, which the other two do not have. Every
 * write moves the graph version on, so the service's candidates are recomputed after it.
 */
export function prepare(
  sequence: readonly Drawn[],
  contender: 'ours' | 'library' | 'raw',
  rawPort: number,
): Prepared[] {
  return sequence.map(({ kind, question }) => {
    if (kind === 'schrijven')
      return { kind, path: `${rawPort}/schrijven`, body: JSON.stringify({ id: question.regio }) };
    const operation = operationsFor(question).find((candidate) => candidate.key === kind)!;
    if (contender === 'raw')
      return { kind, path: `${rawPort}/${operation.raw.statement}`, body: JSON.stringify(operation.raw.parameters) };
    return {
      kind,
      path: 'graphql',
      body: JSON.stringify(contender === 'ours' ? operation.ours : operation.library),
    };
  });
}

export interface OpenLoopResult {
  latencies: number[];
  /** Per kind of request. */
  latenciesByKind: Map<Kind, number[]>;
  sent: number;
  errors: number;
  seconds: number;
  /** CPU milliseconds spent per watched pid during the run. */
  cpuMs: Map<number, number>;
}

/** A response slower than this counts as an error. */
const timeoutMs = 30_000;

/**
 * Sends `requests` at `rate` per second, each at its own time whatever became of the earlier ones
 * (open loop), to `port` (or to the port a request's path names). Latency counts from the time a
 * request was due, so that a generator falling behind does not hide the server's slowness.
 */
export async function openLoop(
  port: number,
  requests: readonly Prepared[],
  rate: number,
  watch: number[],
): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const latencies: number[] = [];
  const latenciesByKind = new Map<Kind, number[]>();
  let errors = 0;
  const cpuBefore = new Map(watch.map((pid) => [pid, cpuMsOf(pid)]));
  const interval = 1000 / rate;
  const started = performance.now() + 20;
  const pending: Promise<void>[] = [];
  for (let index = 0; index < requests.length; index++) {
    const due = started + index * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const prepared = requests[index]!;
    pending.push(
      send(agent, port, prepared).then((ok) => {
        const ms = performance.now() - due;
        if (!ok) errors += 1;
        latencies.push(ms);
        const list = latenciesByKind.get(prepared.kind) ?? [];
        list.push(ms);
        latenciesByKind.set(prepared.kind, list);
      }),
    );
  }
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const cpuMs = new Map(watch.map((pid) => [pid, cpuMsOf(pid) - (cpuBefore.get(pid) ?? 0)]));
  return { latencies, latenciesByKind, sent: requests.length, errors, seconds, cpuMs };
}

/** One POST; true when it answered 2xx without GraphQL errors. */
function send(agent: Agent, port: number, prepared: Prepared): Promise<boolean> {
  const [target, path] = /^\d+\//.test(prepared.path)
    ? [Number(prepared.path.split('/')[0]), `/${prepared.path.split('/').slice(1).join('/')}`]
    : [port, `/${prepared.path}`];
  return new Promise((resolve) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: target,
        path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          resolve(status < 300 && !Buffer.concat(chunks).toString('utf8').includes('"errors":['));
        });
        response.on('error', () => resolve(false));
      },
    );
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
    request.end(prepared.body);
  });
}

let ticksPerSecond: number | undefined;

/** CPU time (user and system) a process has used so far, in ms, from /proc/<pid>/stat (Linux). */
export function cpuMsOf(pid: number): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state is the 3rd field, utime the 14th, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return Number.NaN;
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Whether a rate was kept: p99 under the bound and (almost) no errors. */
export function kept(result: OpenLoopResult, p99BoundMs: number): boolean {
  const sorted = [...result.latencies].sort((x, y) => x - y);
  return percentile(sorted, 99) < p99BoundMs && result.errors <= result.sent * 0.01;
}
