import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readinessReuseMs, reusedFor } from '../../src/http/health.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A check that answers when told, counting its calls. */
function controlledCheck() {
  const calls: Array<(reachable: boolean) => void> = [];
  const failures: Array<(error: Error) => void> = [];
  const check = () =>
    new Promise<boolean>((resolve, reject) => {
      calls.push(resolve);
      failures.push(reject);
    });
  return { check, calls, failures };
}

describe("the readiness probe's database check", () => {
  it('asks the database once for all probes within a second, and again after it', async () => {
    const { check, calls } = controlledCheck();
    const probe = reusedFor(readinessReuseMs, check);
    const first = probe();
    calls[0]!(true);
    expect(await first).toBe(true);
    vi.advanceTimersByTime(readinessReuseMs - 1);
    expect(await Promise.all(Array.from({ length: 50 }, probe))).toEqual(Array(50).fill(true));
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    const later = probe();
    expect(calls).toHaveLength(2);
    calls[1]!(false);
    expect(await later).toBe(false);
  });

  it('lets probes that come while a check runs share it, and counts the second from its answer', async () => {
    const { check, calls } = controlledCheck();
    const probe = reusedFor(readinessReuseMs, check);
    const waiting = [probe(), probe()];
    vi.advanceTimersByTime(5 * readinessReuseMs);
    waiting.push(probe());
    expect(calls).toHaveLength(1);
    calls[0]!(true);
    expect(await Promise.all(waiting)).toEqual([true, true, true]);
    vi.advanceTimersByTime(readinessReuseMs - 1);
    await probe();
    expect(calls).toHaveLength(1);
  });

  it('does not keep a check that failed', async () => {
    const { check, calls, failures } = controlledCheck();
    const probe = reusedFor(readinessReuseMs, check);
    const failed = probe();
    failures[0]!(new Error('no answer'));
    await expect(failed).rejects.toThrow('no answer');
    void probe();
    expect(calls).toHaveLength(2);
  });
});
