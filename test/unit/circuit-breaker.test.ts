import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CircuitBreaker, type CircuitState } from '../../src/neo4j/circuit-breaker.js';

class Outage extends Error {}
class Refused extends Error {}

// Probes and their answers run on simulated time, which a busy machine cannot stretch.
beforeEach(() => {
  vi.useFakeTimers();
});
const breakers: CircuitBreaker[] = [];
afterEach(() => {
  breakers.splice(0).forEach((breaker) => breaker.stop());
  vi.useRealTimers();
});

/** A breaker whose probe answers as `dependency.up` says, probing every 20 ms. */
function breakerFor(dependency: { up: boolean; answersAfterMs?: number }) {
  const changes: CircuitState[] = [];
  const breaker = new CircuitBreaker({
    probe: async () => {
      await new Promise((resolve) => setTimeout(resolve, dependency.answersAfterMs ?? 0));
      if (!dependency.up) throw new Outage('connection refused');
    },
    isOutage: (error) => error instanceof Outage,
    outageError: () => new Outage('the dependency is away'),
    probeIntervalMs: 20,
    probeTimeoutMs: 100,
    onChange: (state) => changes.push(state),
  });
  breakers.push(breaker);
  return { breaker, changes };
}

const never = () => new Promise<never>(() => undefined);
const elapse = (ms: number) => vi.advanceTimersByTimeAsync(ms);
/** Long enough for the next probe (every 20 ms) to start and get its answer. */
const nextProbe = () => elapse(25);

describe('the circuit breaker', () => {
  it('passes work and its failures through while closed', async () => {
    const { breaker } = breakerFor({ up: true });
    expect(await breaker.run(async () => 42)).toBe(42);
    await expect(breaker.run(async () => Promise.reject(new Refused('bad input')))).rejects.toThrow('bad input');
    expect(breaker.state).toBe('closed');
  });

  it('opens on an outage error from work, then fails work at once without running it', async () => {
    const { breaker, changes } = breakerFor({ up: false, answersAfterMs: 1_000 });
    await expect(breaker.run(async () => Promise.reject(new Outage('lost connection')))).rejects.toThrow(
      'lost connection',
    );
    expect(breaker.state).toBe('open');
    let ran = false;
    await expect(
      breaker.run(async () => {
        ran = true;
      }),
    ).rejects.toThrow('the dependency is away');
    expect(ran).toBe(false);
    expect(changes).toEqual(['open']);
  });

  it('refuses, while open, work that runs outside it (whose failures must not open it)', async () => {
    const { breaker } = breakerFor({ up: true });
    expect(() => breaker.refuseWhileOpen()).not.toThrow();
    await expect(breaker.run(async () => Promise.reject(new Outage('lost connection')))).rejects.toThrow();
    expect(() => breaker.refuseWhileOpen()).toThrow('the dependency is away');
  });

  it('opens when the probe finds the dependency away, and fails work in flight at once', async () => {
    const dependency = { up: true };
    const { breaker } = breakerFor(dependency);
    let aborted = false;
    const inFlight = breaker.run((outage) => {
      outage.addEventListener('abort', () => (aborted = true));
      return never();
    });
    // Awaited only after the probe, so the expectation is attached before the work fails.
    const failed = expect(inFlight).rejects.toThrow('the dependency is away');
    dependency.up = false;
    await nextProbe();
    await failed;
    expect(aborted).toBe(true);
    expect(breaker.state).toBe('open');
  });

  it('closes by itself once the probe gets an answer again', async () => {
    const dependency = { up: false };
    const { breaker, changes } = breakerFor(dependency);
    await nextProbe();
    expect(breaker.state).toBe('open');
    dependency.up = true;
    await nextProbe();
    expect(breaker.state).toBe('closed');
    expect(await breaker.run(async () => 'again')).toBe('again');
    expect(changes).toEqual(['open', 'closed']);
  });

  it('stays closed when the probe is only slow, or fails for another reason', async () => {
    const slow = breakerFor({ up: false, answersAfterMs: 500 });
    const refusing = new CircuitBreaker({
      probe: async () => Promise.reject(new Refused('not allowed')),
      isOutage: (error) => error instanceof Outage,
      outageError: () => new Outage('away'),
      probeIntervalMs: 20,
      probeTimeoutMs: 100,
    });
    breakers.push(refusing);
    await elapse(300);
    expect(slow.breaker.state).toBe('closed');
    expect(refusing.state).toBe('closed');
  });
});
