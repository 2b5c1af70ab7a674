/* Load on one endpoint with autocannon: latencies, throughput, errors and memory. */
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { cpuMsOf } from './mixed.js';
import { residentMb } from './processes.js';

export interface LoadSettings {
  url: string;
  body: string;
  connections: number;
  durationSeconds: number;
  /** Processes whose resident memory is sampled during the run. */
  pids: number[];
}

/** What one stretch of load produced; stretches of the same contender add up (see `combine`). */
export interface Sample {
  latencies: number[];
  requests: number;
  seconds: number;
  errors: number;
  peakMb: Map<number, number>;
  /** CPU milliseconds used per watched pid during the stretch (/proc/<pid>/stat). */
  cpuMs: Map<number, number>;
  load: number;
}

export interface Measurement {
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  requests: number;
  /** Failed connections, timeouts, non-2xx answers and answers that carry GraphQL errors. */
  errors: number;
  /** Highest resident memory seen per pid, in MB. */
  peakMb: Map<number, number>;
  /** CPU milliseconds used per watched pid, all stretches together. */
  cpuMs: Map<number, number>;
  /** Mean of the 1-minute load average at the start of each stretch. */
  load: number;
}

/** A response slower than this counts as an error (autocannon's timeout), not as a latency. */
const timeoutSeconds = 30;
const memorySampleMs = 250;

export async function measure(settings: LoadSettings): Promise<Sample> {
  const load = loadavg()[0] ?? 0;
  const latencies: number[] = [];
  const peakMb = new Map<number, number>();
  const sample = () => {
    for (const pid of settings.pids) {
      const mb = residentMb(pid);
      if (mb !== undefined) peakMb.set(pid, Math.max(peakMb.get(pid) ?? 0, mb));
    }
  };
  sample();
  const cpuBefore = new Map(settings.pids.map((pid) => [pid, cpuMsOf(pid)]));
  const sampler = setInterval(sample, memorySampleMs);
  try {
    const url = new URL(settings.url);
    let failedAnswers = 0;
    const options: autocannon.Options = {
      url: url.origin,
      connections: settings.connections,
      duration: settings.durationSeconds,
      timeout: timeoutSeconds,
      requests: [
        {
          method: 'POST',
          path: url.pathname,
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: settings.body,
          // GraphQL answers errors with status 200; an error's message cannot hold this unescaped.
          onResponse: (status: number, body: string) => {
            if (status >= 300 || body.includes('"errors":[')) failedAnswers += 1;
          },
        },
      ],
    };
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(options, (error: unknown, done: autocannon.Result) =>
        error ? reject(error) : resolve(done),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });
    return {
      latencies,
      requests: result.requests.total,
      seconds: result.duration,
      errors: result.errors + failedAnswers,
      peakMb,
      cpuMs: new Map(settings.pids.map((pid) => [pid, cpuMsOf(pid) - (cpuBefore.get(pid) ?? 0)])),
      load,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** The stretches of one contender as one measurement: percentiles over all their requests. */
export function combine(samples: readonly Sample[]): Measurement {
  const latencies = samples.flatMap((sample) => sample.latencies).sort((x, y) => x - y);
  const requests = samples.reduce((total, sample) => total + sample.requests, 0);
  const seconds = samples.reduce((total, sample) => total + sample.seconds, 0);
  const peakMb = new Map<number, number>();
  for (const sample of samples)
    for (const [pid, mb] of sample.peakMb) peakMb.set(pid, Math.max(peakMb.get(pid) ?? 0, mb));
  const cpuMs = new Map<number, number>();
  for (const sample of samples) for (const [pid, ms] of sample.cpuMs) cpuMs.set(pid, (cpuMs.get(pid) ?? 0) + ms);
  return {
    cpuMs,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requestsPerSecond: seconds > 0 ? requests / seconds : 0,
    requests,
    errors: samples.reduce((total, sample) => total + sample.errors, 0),
    peakMb,
    load: samples.reduce((total, sample) => total + sample.load, 0) / Math.max(samples.length, 1),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
