import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logger.js';
import type { LocalNeo4j } from '../../src/neo4j/local/local-neo4j.js';
import { superviseLocalNeo4j, type SupervisionSettings } from '../../src/neo4j/local/supervised-neo4j.js';

// Restarts and their pauses run on simulated time, which a busy machine cannot stretch.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const settings = { boltPort: 7999, dataDir: '/tmp/none', heap: '64m', pageCache: '8m', startTimeoutMs: 1_000 };
const logger = createLogger('silent');

/** JVMs that a test can kill, started by a fake `start` that fails while `failing` says so. */
function fakeJvms() {
  const started: Array<LocalNeo4j & { kill(): void }> = [];
  const control = { failing: false, starts: 0 };
  const start = async (): Promise<LocalNeo4j> => {
    control.starts += 1;
    if (control.failing) throw new Error('port in use');
    let exit: (outcome: { code: null; signal: NodeJS.Signals; expected: boolean }) => void = () => undefined;
    const exited = new Promise<{ code: null; signal: NodeJS.Signals; expected: boolean }>(
      (resolve) => (exit = resolve),
    );
    const jvm = {
      uri: 'bolt://127.0.0.1:7999',
      version: '5.26.30',
      pid: 1000 + started.length,
      exited,
      stop: vi.fn(async () => exit({ code: null, signal: 'SIGTERM', expected: true })),
      kill: () => exit({ code: null, signal: 'SIGKILL', expected: false }),
    };
    started.push(jvm);
    return jvm;
  };
  return { started, control, start };
}

const supervise = (jvms: ReturnType<typeof fakeJvms>, supervision: Partial<SupervisionSettings> = {}) =>
  superviseLocalNeo4j(settings, logger, { maxRestarts: 3, backoffMs: 100, start: jvms.start, ...supervision });

describe('the supervised local database', () => {
  it('starts a new JVM after the first dies, after a pause, and runs again', async () => {
    const jvms = fakeJvms();
    const database = await supervise(jvms);
    expect(database).toMatchObject({ state: 'running', pid: 1000 });

    jvms.started[0]!.kill();
    await vi.advanceTimersByTimeAsync(0);
    expect(database).toMatchObject({ state: 'restarting', pid: undefined });
    await vi.advanceTimersByTimeAsync(99);
    expect(jvms.control.starts).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(database).toMatchObject({ state: 'running', pid: 1001 });
    expect(database.uri).toBe('bolt://127.0.0.1:7999');
  });

  it('doubles the pause with every restart in a row, and gives up after the last one', async () => {
    const jvms = fakeJvms();
    const database = await supervise(jvms);
    jvms.control.failing = true;
    jvms.started[0]!.kill();
    // Pauses of 100, 200 and 400 ms, each followed by a failed start.
    for (const pause of [100, 200, 400]) {
      const before = jvms.control.starts;
      await vi.advanceTimersByTimeAsync(pause - 1);
      expect(jvms.control.starts).toBe(before);
      await vi.advanceTimersByTimeAsync(1);
      expect(jvms.control.starts).toBe(before + 1);
    }
    expect(database.state).toBe('failed');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(jvms.control.starts).toBe(4);
  });

  it('counts restarts afresh once a JVM has run for a while', async () => {
    const jvms = fakeJvms();
    const database = await supervise(jvms, { maxRestarts: 1, stableAfterMs: 10_000 });
    jvms.started[0]!.kill();
    await vi.advanceTimersByTimeAsync(100);
    expect(database.state).toBe('running');
    await vi.advanceTimersByTimeAsync(10_000);
    jvms.started[1]!.kill();
    await vi.advanceTimersByTimeAsync(100);
    expect(database).toMatchObject({ state: 'running', pid: 1002 });
  });

  it('does not restart a JVM it stopped, nor start one after being stopped during a pause', async () => {
    const jvms = fakeJvms();
    const database = await supervise(jvms);
    jvms.started[0]!.kill();
    await vi.advanceTimersByTimeAsync(10);
    await database.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(jvms.control.starts).toBe(1);
    expect(database.state).toBe('stopped');

    const again = fakeJvms();
    const running = await supervise(again);
    await running.stop();
    expect(again.started[0]!.stop).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(again.control.starts).toBe(1);
  });

  it('never restarts when no restarts are allowed', async () => {
    const jvms = fakeJvms();
    const database = await supervise(jvms, { maxRestarts: 0 });
    jvms.started[0]!.kill();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(database.state).toBe('failed');
    expect(jvms.control.starts).toBe(1);
  });
});
