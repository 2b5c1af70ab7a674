/* Starting, watching and stopping the processes of a benchmark run. */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export type Child = ChildProcessByStdio<null, Readable, Readable>;

export interface Started {
  name: string;
  child: Child;
  pid: number;
  /** Ends the process: SIGTERM, then SIGKILL if it has not exited in time. */
  stop(): Promise<void>;
}

/**
 * Starts `node <script>` and waits until `readyUrl` answers 200. Every line the process writes
 * goes to `onLine`; the last ones are in the error if it exits or does not become ready.
 */
export async function startNode(
  name: string,
  script: string,
  args: string[],
  environment: NodeJS.ProcessEnv,
  readyUrl: string,
  readyTimeoutMs: number,
  onLine: (line: string) => void = () => {},
): Promise<Started> {
  const child = spawn(process.execPath, [script, ...args], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  const recent: string[] = [];
  const keep = (line: string) => {
    recent.push(line);
    if (recent.length > 30) recent.shift();
    onLine(line);
  };
  createInterface({ input: child.stdout }).on('line', keep);
  createInterface({ input: child.stderr }).on('line', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));

  const deadline = Date.now() + readyTimeoutMs;
  while (!(await answers(readyUrl))) {
    if (exited) throw new Error(`${name} exited while starting:\n${recent.join('\n')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready after ${readyTimeoutMs / 1000} s:\n${recent.join('\n')}`);
    }
    await sleep(500);
  }
  return {
    name,
    child,
    pid: child.pid ?? -1,
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exit;
      clearTimeout(killer);
    },
  };
}

/** Runs `node <script>` to its end; fails with its last lines unless it exits with 0. */
export function runNode(
  name: string,
  script: string,
  args: string[],
  environment: NodeJS.ProcessEnv,
  onLine: (line: string) => void,
): Promise<void> {
  const child = spawn(process.execPath, [script, ...args], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  const recent: string[] = [];
  const keep = (line: string) => {
    recent.push(line);
    if (recent.length > 30) recent.shift();
    onLine(line);
  };
  createInterface({ input: child.stdout }).on('line', keep);
  createInterface({ input: child.stderr }).on('line', keep);
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} failed (${code}):\n${recent.join('\n')}`)),
    ),
  );
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resident memory of a process in MB (Linux), or undefined when it cannot be read. */
export function residentMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The pids of a process's children (Linux): the service's Neo4j is a child of the service. */
export function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The parent pid is the second field after the parenthesised command name.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}
