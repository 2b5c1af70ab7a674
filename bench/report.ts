/* The results as markdown, written into a block of bench/RESULTATEN.md per graph. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Measurement } from './load.js';
import type { Operation } from './operations.js';

export type Contender = 'ours' | 'library' | 'raw';

export const contenderNames: Record<Contender, string> = {
  ours: 'IBP Graph',
  library: '@neo4j/graphql',
  raw: 'raw Cypher',
};

export interface ContenderResult {
  contender: Contender;
  measurement: Measurement;
  /** Database round trips (Cypher statements) per request. */
  roundTrips: number | undefined;
  /** Peak resident memory of the contender's server process, MB. */
  memoryMb: number | undefined;
  /** Summary of its answer before the run, or the error it gave. */
  answer: string;
  /** How long that first answer took, ms. */
  firstAnswerMs: number;
}

export interface OperationResult {
  operation: Operation;
  results: ContenderResult[];
}

export interface RunReport {
  /** Key of the block in the results file, e.g. `seed` or `100000`. */
  key: string;
  heading: string;
  command: string;
  environment: string;
  neo4jPeakMb: number | undefined;
  /** The shared Neo4j's pid, whose CPU each contender's turns are charged with. */
  neo4jPid: number | undefined;
  /** Each contender's server pid. */
  pids: Record<Contender, number>;
  operations: OperationResult[];
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0));
const ratio = (x: number, y: number) => (Number.isFinite(x / y) ? `${(x / y).toFixed(2)}x` : '–');
const mb = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(0));

export function renderReport(report: RunReport): string {
  const lines = [`### ${report.heading}`, '', `Command: \`${report.command}\``, '', report.environment, ''];
  lines.push(
    '| Operation | Contender | p50 ms | p95 ms | p99 ms | req/s | CPU ms / request: server + Neo4j | cold ms | round trips / request | errors / requests | server RSS MB (peak) | load at start |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const { operation, results } of report.operations) {
    for (const { contender, measurement: m, roundTrips, memoryMb, firstAnswerMs } of results) {
      const how = contender === 'library' ? ` (${operation.libraryHow})` : '';
      lines.push(
        `| ${operation.key} | ${contenderNames[contender]}${how} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${m.requestsPerSecond.toFixed(1)} | ` +
          `${cpuCell(m, report.pids[contender], report.neo4jPid)} | ${firstAnswerMs} | ` +
          `${roundTrips === undefined ? '–' : roundTrips.toFixed(roundTrips % 1 === 0 ? 0 : 2)} | ${m.errors} / ${m.requests} | ${mb(memoryMb)} | ${m.load.toFixed(1)} |`,
      );
    }
  }
  lines.push('', `Neo4j (shared by all three, one JVM): ${mb(report.neo4jPeakMb)} MB RSS at its peak.`, '');
  lines.push(
    '| Operation | p50 ours / library | p50 ours / raw | req/s ours / library | req/s ours / raw | CPU / request ours / raw | p50 ≤ 0.8x library | req/s ≥ 1.25x library | CPU ≤ 1.5x raw | no errors (ours) | same answers |',
    '|---|---:|---:|---:|---:|---:|:---:|:---:|:---:|:---:|:---:|',
  );
  for (const { operation, results } of report.operations) {
    const get = (contender: Contender) => results.find((result) => result.contender === contender)!;
    const [ours, library, raw] = [get('ours'), get('library'), get('raw')];
    const answers = new Set(results.map((result) => result.answer));
    const cpu = (result: ContenderResult) =>
      cpuPerRequest(result.measurement, report.pids[result.contender], report.neo4jPid).reduce((x, y) => x + y, 0);
    lines.push(
      `| ${operation.key} | ${ratio(ours.measurement.p50, library.measurement.p50)} | ${ratio(ours.measurement.p50, raw.measurement.p50)} | ` +
        `${ratio(ours.measurement.requestsPerSecond, library.measurement.requestsPerSecond)} | ${ratio(ours.measurement.requestsPerSecond, raw.measurement.requestsPerSecond)} | ` +
        `${ratio(cpu(ours), cpu(raw))} | ${mark(ours.measurement.p50 <= 0.8 * library.measurement.p50)} | ` +
        `${mark(ours.measurement.requestsPerSecond >= 1.25 * library.measurement.requestsPerSecond)} | ${mark(cpu(ours) <= 1.5 * cpu(raw))} | ` +
        `${mark(ours.measurement.errors === 0)} | ${mark(answers.size === 1)} |`,
    );
  }
  lines.push('', 'What each operation asks, and what each contender answered before the run:', '');
  for (const { operation, results } of report.operations) {
    lines.push(`- **${operation.key}**: ${operation.title}.`);
    for (const result of results)
      lines.push(`  ${contenderNames[result.contender]}: ${result.answer} (first answer ${result.firstAnswerMs} ms)`);
  }
  return lines.join('\n');
}

/** CPU per request of the server and of Neo4j during the contender's turns. */
function cpuPerRequest(m: Measurement, pid: number, neo4jPid: number | undefined): [number, number] {
  const server = (m.cpuMs.get(pid) ?? Number.NaN) / m.requests;
  const neo4jMs = neo4jPid === undefined ? Number.NaN : (m.cpuMs.get(neo4jPid) ?? Number.NaN) / m.requests;
  return [server, neo4jMs];
}

function cpuCell(m: Measurement, pid: number, neo4jPid: number | undefined): string {
  const [server, neo4jMs] = cpuPerRequest(m, pid, neo4jPid);
  return `${server.toFixed(2)} + ${neo4jMs.toFixed(2)}`;
}

const mark = (ok: boolean) => (ok ? 'yes' : '**no**');

/** Puts the block between its markers in the results file, replacing an earlier run of the same graph. */
export function writeReport(file: string, key: string, block: string): void {
  const begin = `<!-- resultaten ${key} begin -->`;
  const end = `<!-- resultaten ${key} end -->`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const start = current.indexOf(begin);
  const stop = current.indexOf(end);
  const replaced =
    start >= 0 && stop > start
      ? `${current.slice(0, start)}${begin}\n${block}\n${current.slice(stop)}`
      : `${current.trimEnd()}\n\n${begin}\n${block}\n${end}\n`;
  writeFileSync(file, replaced);
}
