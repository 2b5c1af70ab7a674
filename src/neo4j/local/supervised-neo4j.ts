import type { Logger } from '../../logger.js';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jSettings } from './local-neo4j.js';

/**
 * `running`: the database runs. `restarting`: it exited unexpectedly and is being started again.
 * `failed`: it kept exiting, and the service gave up on it. `stopped`: the service stopped it.
 */
export type LocalDatabaseState = 'running' | 'restarting' | 'failed' | 'stopped';

/** The local database under supervision: restarted when its JVM dies, on the same port and data. */
export interface SupervisedNeo4j {
  uri: string;
  version: string;
  readonly state: LocalDatabaseState;
  /** The JVM's process id; undefined while none runs. */
  readonly pid: number | undefined;
  /** Stops the database and any restart under way. */
  stop(): Promise<void>;
}

export interface SupervisionSettings {
  /** Restarts in a row before giving up; 0 never restarts. */
  maxRestarts: number;
  /** Pause before the first restart; it doubles with each restart in a row, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A database that ran this long before it died is restarted as if for the first time. */
  stableAfterMs?: number;
  /** Starts one JVM; `startLocalNeo4j` unless a test gives another. */
  start?: (settings: LocalNeo4jSettings, logger: Logger) => Promise<LocalNeo4j>;
}

/**
 * Starts the local database and keeps it running: when its JVM exits without being asked to (a
 * crash, the OOM killer, a `kill -9`), it is started again after a pause that doubles with every
 * restart in a row, up to `maxRestarts`; then the service gives up and says so (`state`, which
 * /healthz reports). Neo4j replays its transaction log on the way up, so nothing acknowledged is
 * lost. The first start's failure is thrown, as before: a database that never ran is a
 * configuration problem, not a crash.
 */
export async function superviseLocalNeo4j(
  settings: LocalNeo4jSettings,
  logger: Logger,
  supervision: SupervisionSettings,
): Promise<SupervisedNeo4j> {
  const start = supervision.start ?? startLocalNeo4j;
  return new Supervisor(await start(settings, logger), settings, logger, { ...supervision, start });
}

class Supervisor implements SupervisedNeo4j {
  readonly uri: string;
  readonly version: string;
  private current: LocalNeo4j | undefined;
  private currentState: LocalDatabaseState = 'running';
  private startedAt = Date.now();
  private restartsInARow = 0;
  private timer: NodeJS.Timeout | undefined;
  private starting: Promise<void> | undefined;

  constructor(
    first: LocalNeo4j,
    private readonly settings: LocalNeo4jSettings,
    private readonly logger: Logger,
    private readonly supervision: SupervisionSettings & Required<Pick<SupervisionSettings, 'start'>>,
  ) {
    this.uri = first.uri;
    this.version = first.version;
    this.watch(first);
  }

  get state(): LocalDatabaseState {
    return this.currentState;
  }

  get pid(): number | undefined {
    return this.current?.pid;
  }

  async stop(): Promise<void> {
    this.currentState = 'stopped';
    clearTimeout(this.timer);
    await this.starting;
    await this.current?.stop();
  }

  private stopped(): boolean {
    return this.currentState === 'stopped';
  }

  private watch(instance: LocalNeo4j): void {
    this.current = instance;
    this.startedAt = Date.now();
    void instance.exited.then(({ expected }) => {
      if (expected || this.current !== instance || this.stopped()) return;
      this.current = undefined;
      if (Date.now() - this.startedAt >= (this.supervision.stableAfterMs ?? 5 * 60_000)) this.restartsInARow = 0;
      this.scheduleRestart();
    });
  }

  private scheduleRestart(): void {
    if (this.restartsInARow >= this.supervision.maxRestarts) {
      this.currentState = 'failed';
      this.logger.fatal(
        { restarts: this.restartsInARow },
        'local Neo4j keeps exiting; no more restarts: the service stays up without a database (see /healthz)',
      );
      return;
    }
    this.currentState = 'restarting';
    const backoffMs = this.supervision.backoffMs ?? 1_000;
    const delayMs = Math.min(backoffMs * 2 ** this.restartsInARow, this.supervision.maxBackoffMs ?? 30_000);
    this.restartsInARow += 1;
    this.logger.warn({ attempt: this.restartsInARow, delayMs }, 'restarting local Neo4j');
    this.timer = setTimeout(() => {
      this.starting = this.restart().finally(() => (this.starting = undefined));
    }, delayMs);
  }

  private async restart(): Promise<void> {
    if (this.stopped()) return;
    try {
      const instance = await this.supervision.start(this.settings, this.logger);
      // stop() may have been called while the JVM started.
      if (this.stopped()) {
        await instance.stop();
        return;
      }
      this.watch(instance);
      this.currentState = 'running';
      this.logger.info({ pid: instance.pid, attempt: this.restartsInARow }, 'local Neo4j restarted');
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      this.logger.error({ problem, attempt: this.restartsInARow }, 'local Neo4j could not be restarted');
      this.scheduleRestart();
    }
  }
}
