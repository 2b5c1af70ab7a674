/* The mixed workload's results as markdown (see mixed.ts), written into its own block of bench/RESULTATEN.md. */
import { mix, percentile, type Kind, type OpenLoopResult } from './mixed.js';
import { contenderNames, type Contender } from './report.js';

export interface MixedContenderResult {
  contender: Contender;
  /** The turns at the fixed rate, together. */
  fixed: OpenLoopResult[];
  /** Highest rate of the step search whose p99 stayed under the bound, or 0. */
  highestRate: number;
  /** Every step tried: rate, p99 and whether it was kept. */
  steps: Array<{ rate: number; p99: number; errors: number; kept: boolean }>;
  serverPid: number;
}

export interface MixedReport {
  heading: string;
  command: string;
  environment: string;
  rate: number;
  p99BoundMs: number;
  neo4jPid: number | undefined;
  results: MixedContenderResult[];
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0));
const ratio = (x: number, y: number) => (Number.isFinite(x / y) && y > 0 ? `${(x / y).toFixed(2)}x` : '–');

interface Totals {
  latencies: number[];
  byKind: Map<Kind, number[]>;
  sent: number;
  errors: number;
  serverCpuMs: number;
  neo4jCpuMs: number;
}

function totals(result: MixedContenderResult, neo4jPid: number | undefined): Totals {
  const byKind = new Map<Kind, number[]>();
  for (const turn of result.fixed)
    for (const [kind, list] of turn.latenciesByKind) byKind.set(kind, [...(byKind.get(kind) ?? []), ...list]);
  for (const list of byKind.values()) list.sort((x, y) => x - y);
  const sum = (pick: (turn: OpenLoopResult) => number) => result.fixed.reduce((total, turn) => total + pick(turn), 0);
  return {
    latencies: result.fixed.flatMap((turn) => turn.latencies).sort((x, y) => x - y),
    byKind,
    sent: sum((turn) => turn.sent),
    errors: sum((turn) => turn.errors),
    serverCpuMs: sum((turn) => turn.cpuMs.get(result.serverPid) ?? Number.NaN),
    neo4jCpuMs: neo4jPid === undefined ? Number.NaN : sum((turn) => turn.cpuMs.get(neo4jPid) ?? Number.NaN),
  };
}

export function renderMixedReport(report: MixedReport): string {
  const all = new Map(report.results.map((result) => [result.contender, totals(result, report.neo4jPid)]));
  const lines = [`### ${report.heading}`, '', `Command: \`${report.command}\``, '', report.environment, ''];
  lines.push(
    `At ${report.rate} requests per second, open loop (latency from the time each request was due):`,
    '',
    '| Contender | p50 ms | p95 ms | p99 ms | errors / requests | CPU ms / request: server | Neo4j | together | highest rate with p99 < ' +
      `${report.p99BoundMs} ms (req/s) |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const result of report.results) {
    const t = all.get(result.contender)!;
    const server = t.serverCpuMs / t.sent;
    const neo4jCpu = t.neo4jCpuMs / t.sent;
    lines.push(
      `| ${contenderNames[result.contender]} | ${ms(percentile(t.latencies, 50))} | ${ms(percentile(t.latencies, 95))} | ` +
        `${ms(percentile(t.latencies, 99))} | ${t.errors} / ${t.sent} | ${server.toFixed(2)} | ${neo4jCpu.toFixed(2)} | ` +
        `${(server + neo4jCpu).toFixed(2)} | ${result.highestRate || '< ' + (result.steps[0]?.rate ?? '?')} |`,
    );
  }
  const ours = all.get('ours')!;
  const cpu = (t: Totals) => (t.serverCpuMs + t.neo4jCpuMs) / t.sent;
  const rateOf = (contender: Contender) => report.results.find((r) => r.contender === contender)!.highestRate;
  lines.push('');
  for (const other of ['library', 'raw'] as const) {
    const t = all.get(other)!;
    lines.push(
      `- IBP Graph / ${contenderNames[other]}: p50 ${ratio(percentile(ours.latencies, 50), percentile(t.latencies, 50))}, ` +
        `p99 ${ratio(percentile(ours.latencies, 99), percentile(t.latencies, 99))}, CPU per request ${ratio(cpu(ours), cpu(t))}, ` +
        `highest rate ${ratio(rateOf('ours'), rateOf(other))}.`,
    );
  }
  lines.push(
    '',
    'Per operation of the mix (p50 / p95 / p99 ms at the fixed rate):',
    '',
    `| Operation | share | ${report.results.map((result) => contenderNames[result.contender]).join(' | ')} |`,
    `|---|---:|${report.results.map(() => '---:').join('|')}|`,
  );
  const total = mix.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [kind, weight] of mix) {
    const cells = report.results.map((result) => {
      const list = all.get(result.contender)!.byKind.get(kind) ?? [];
      return `${ms(percentile(list, 50))} / ${ms(percentile(list, 95))} / ${ms(percentile(list, 99))}`;
    });
    lines.push(`| ${kind} | ${Math.round((100 * weight) / total)}% | ${cells.join(' | ')} |`);
  }
  lines.push('', 'Steps of the rate search (req/s: p99 ms, errors; kept or not):', '');
  for (const result of report.results)
    lines.push(
      `- ${contenderNames[result.contender]}: ` +
        result.steps.map((step) => `${step.rate}: ${ms(step.p99)}, ${step.errors}${step.kept ? '' : ' ✗'}`).join('; '),
    );
  return lines.join('\n');
}
