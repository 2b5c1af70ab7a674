import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fromProjectRoot } from '../../src/paths.js';

/** One JSON log line of the service. */
export type LogLine = Record<string, unknown> & { msg?: string };

export interface ServiceProcess {
  child: ChildProcessWithoutNullStreams;
  logs: LogLine[];
  /** Resolves with the first log line for which `match` holds; rejects if the process exits first. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Time a test that starts a process of the service, or a JVM, may take: on a busy machine
 * (a second test run, several JVMs at once) one start alone can take a minute or more.
 */
export const processTestTimeoutMs = 240_000;

/**
 * Runs the built service (`dist/main.js`, as `npm start` does; `npm test` builds it first),
 * or another built entry point such as the seed command,
 * as a separate process, to test what only a real process shows: start-up errors, signals,
 * and that the JVM goes when the service goes.
 */
export function spawnService(environment: NodeJS.ProcessEnv, entry = 'main.js', args: string[] = []): ServiceProcess {
  const child = spawn(process.execPath, [fromProjectRoot('dist', entry), ...args], {
    cwd: fromProjectRoot(),
    // No warm-up unless a test asks for it: it only adds time to every start.
    env: { ...process.env, NEO4J_URI: '', LOG_LEVEL: 'info', WARM_UP: 'false', ...environment },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  const waiters = new Set<() => void>();
  const collect = (line: string) => {
    try {
      logs.push(JSON.parse(line) as LogLine);
    } catch {
      logs.push({ msg: line });
    }
    for (const check of waiters) check();
  };
  createInterface({ input: child.stdout }).on('line', collect);
  createInterface({ input: child.stderr }).on('line', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const waitForLog = (match: (line: LogLine) => boolean, timeoutMs = 180_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const check = () => {
        const found = logs.find(match);
        if (found) {
          cleanup();
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `no matching log line within ${timeoutMs} ms; got:\n${logs.map((l) => JSON.stringify(l)).join('\n')}`,
          ),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      void exited.then(() => {
        setImmediate(() => {
          if (!waiters.has(check)) return;
          cleanup();
          reject(new Error(`the service exited first; its output:\n${logs.map((l) => JSON.stringify(l)).join('\n')}`));
        });
      });
      waiters.add(check);
      check();
    });

  return { child, logs, waitForLog, exited };
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until the process is gone; false if it is still there after the timeout. */
export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !isAlive(pid);
}
