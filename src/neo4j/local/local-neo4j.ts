import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Logger } from '../../logger.js';
import { isPortFree } from '../../net.js';
import { fromProjectRoot } from '../../paths.js';
import { javaExecutable, requireJava } from './java-tools.js';
import { ensureLauncherBuilt, launcherClasspath, launcherDirectory } from './launcher-build.js';
import { LocalNeo4jError, type LocalNeo4jProblem } from './local-neo4j-error.js';

export interface LocalNeo4jSettings {
  boltPort: number;
  /** Relative paths are taken from the project root. */
  dataDir: string;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  /** Memory one transaction may use, e.g. 128m; unset: a quarter of the heap (see Launcher.java). */
  transactionMemory?: string | undefined;
  /** The JVM's direct memory (-XX:MaxDirectMemorySize), which Bolt encodes answers into; unset: the heap's size. */
  directMemory?: string | undefined;
  /**
   * Threads that read and write Bolt connections (Netty's event loops). Neo4j hands each new connection
   * to the next one in turn and frames every answer on it, so connections that share a thread wait for
   * each other's answers; with more threads than connections, each has its own. Unset: Netty's default,
   * twice the cores.
   */
  boltIoThreads?: number | undefined;
}

export interface LocalNeo4j {
  uri: string;
  version: string;
  pid: number;
  /** Resolves when the JVM has exited, for whatever reason; `expected` when `stop` asked it to. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; expected: boolean }>;
  /** Shuts the database down cleanly; kills it if it does not stop in time. */
  stop(): Promise<void>;
}

const stopTimeoutMs = 30_000;

/**
 * Starts Neo4j Community embedded in a small Java launcher (see `neo4j-launcher/`), with Bolt
 * on 127.0.0.1 only. The launcher exits when its stdin closes, so the JVM never outlives
 * this process, even when this process is killed outright.
 */
export async function startLocalNeo4j(settings: LocalNeo4jSettings, logger: Logger): Promise<LocalNeo4j> {
  requireJava();
  await ensureLauncherBuilt(logger);
  await requirePortFree(settings.boltPort);
  const dataDir = fromProjectRoot(settings.dataDir);
  await mkdir(dataDir, { recursive: true });

  const started = Date.now();
  const child = spawn(javaExecutable(), javaArguments(settings, dataDir), {
    cwd: launcherDirectory,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stderr = lastLines(child, 20);
  child.stderr.on('data', (chunk: Buffer) => logger.debug({ neo4j: chunk.toString().trim() }, 'local neo4j stderr'));

  const { uri, version } = await waitForReady(child, settings, dataDir, stderr);
  logger.info({ uri, version, pid: child.pid, dataDir, startMs: Date.now() - started }, 'local Neo4j is ready');
  let stopping = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; expected: boolean }>((resolve) => {
    child.once('exit', (code, signal) => {
      if (!stopping) logger.error({ code, signal, stderr: stderr() }, 'local Neo4j exited unexpectedly');
      resolve({ code, signal, expected: stopping });
    });
  });
  return {
    uri,
    version,
    pid: child.pid ?? -1,
    exited,
    stop: () => {
      stopping = true;
      return stopChild(child, logger);
    },
  };
}

function javaArguments(settings: LocalNeo4jSettings, dataDir: string): string[] {
  return [
    `-Xmx${settings.heap}`,
    // Bolt encodes each record into direct memory, a huge value about three times over (its buffer
    // grows by copying, then is framed into chunks): 200 MB for a 64 MB string. Past this limit Netty
    // fails the connection that asked; the heap's size is also the JVM's own default.
    `-XX:MaxDirectMemorySize=${settings.directMemory ?? settings.heap}`,
    '-XX:+UseSerialGC',
    // Neo4j's Bolt event loops take Netty's default count. Framing a 64 MB answer took its thread
    // 1.5–2 s, and every connection that shared the thread waited that long.
    ...(settings.boltIoThreads ? [`-Dio.netty.eventLoopThreads=${settings.boltIoThreads}`] : []),
    // Without these Neo4j still starts on Java 17, but its page cache, transaction log and
    // Netty fall back to slower paths (logged only in debug.log).
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    `-Dlauncher.dataDir=${dataDir}`,
    `-Dlauncher.boltPort=${settings.boltPort}`,
    `-Dlauncher.pageCache=${settings.pageCache}`,
    ...(settings.transactionMemory ? [`-Dlauncher.transactionMemory=${settings.transactionMemory}`] : []),
    '-cp',
    launcherClasspath,
    'nl.ibp.launcher.Launcher',
  ];
}

/** Checking before the JVM starts gives a clear message instead of a Netty bind error. */
async function requirePortFree(port: number): Promise<void> {
  if (!(await isPortFree('127.0.0.1', port))) throw portInUse(port);
}

function portInUse(port: number): LocalNeo4jError {
  return new LocalNeo4jError(
    'PORT_IN_USE',
    `Port ${port} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there. ` +
      `Another Neo4j (or an earlier run of this service) may still be running: stop it, ` +
      `or choose another port with NEO4J_LOCAL_BOLT_PORT=${port + 1}.`,
  );
}

function waitForReady(
  child: ChildProcessWithoutNullStreams,
  settings: LocalNeo4jSettings,
  dataDir: string,
  stderr: () => string,
): Promise<{ uri: string; version: string }> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const settle = () => {
      clearTimeout(timer);
      lines.off('line', onLine);
      child.off('error', onError);
      child.off('exit', onExit);
    };
    const fail = (error: LocalNeo4jError) => {
      settle();
      child.kill('SIGKILL');
      reject(error);
    };
    const onLine = (line: string) => {
      const [word, ...rest] = line.trim().split(' ');
      if (word === 'READY') {
        settle();
        resolve({ uri: rest[0] ?? `bolt://127.0.0.1:${settings.boltPort}`, version: rest[1] ?? 'unknown' });
      } else if (word === 'FAILED') {
        const [code = 'START_FAILED', ...message] = rest;
        fail(explainFailure(code, message.join(' '), settings, dataDir));
      }
    };
    const onError = (error: Error) =>
      fail(new LocalNeo4jError('START_FAILED', `Java could not be started: ${error.message}`));
    const onExit = (code: number | null, signal: string | null) =>
      fail(
        new LocalNeo4jError(
          'START_FAILED',
          `The local Neo4j exited before it was ready (${signal ?? `exit code ${code}`}). Last output:\n${stderr()}`,
        ),
      );
    const timer = setTimeout(() => {
      fail(
        new LocalNeo4jError(
          'START_TIMEOUT',
          `The local Neo4j did not become ready within ${settings.startTimeoutMs / 1000} s. ` +
            `Its log is in ${dataDir}/logs; on a slow machine raise NEO4J_LOCAL_START_TIMEOUT_S.`,
        ),
      );
    }, settings.startTimeoutMs);
    lines.on('line', onLine);
    child.once('error', onError);
    child.once('exit', onExit);
  });
}

/** Turns the launcher's failure codes into messages that say what to do. */
function explainFailure(code: string, detail: string, settings: LocalNeo4jSettings, dataDir: string): LocalNeo4jError {
  const problems: Record<string, [LocalNeo4jProblem, string]> = {
    PORT_IN_USE: ['PORT_IN_USE', portInUse(settings.boltPort).message],
    STORE_LOCKED: [
      'STORE_LOCKED',
      `The database in ${dataDir} is in use by another process (another run of this service?). ` +
        'Stop that process, or give this one its own folder with NEO4J_LOCAL_DATA_DIR.',
    ],
    STORE_UNUSABLE: [
      'STORE_UNUSABLE',
      `The database files in ${dataDir} cannot be opened (${detail}). If the data is expendable, delete that folder ` +
        'and start again (it is recreated and reseeded); otherwise point NEO4J_LOCAL_DATA_DIR elsewhere and keep it for recovery.',
    ],
  };
  const [problem, message] = problems[code] ?? ['START_FAILED', `The local Neo4j failed to start: ${detail}`];
  return new LocalNeo4jError(problem, message);
}

/** Keeps the last lines of the child's stderr for error messages. */
function lastLines(child: ChildProcessWithoutNullStreams, count: number): () => string {
  const kept: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    kept.push(...chunk.toString().split('\n').filter(Boolean));
    kept.splice(0, Math.max(0, kept.length - count));
  });
  return () => kept.join('\n');
}

function stopChild(child: ChildProcessWithoutNullStreams, logger: Logger): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => {
      logger.warn('local Neo4j did not stop in time; killing it');
      child.kill('SIGKILL');
    }, stopTimeoutMs);
    child.once('exit', () => {
      clearTimeout(killer);
      logger.info('local Neo4j stopped');
      resolve();
    });
    // Closing stdin is the launcher's signal to shut down cleanly.
    child.stdin.end();
  });
}
