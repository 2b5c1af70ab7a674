import { setMaxListeners } from 'node:events';

/**
 * A circuit breaker for the database: once it is known to be away, database work fails at once
 * instead of every request waiting out the driver's connect and retry budget, and a probe every
 * second finds out when it is back, so traffic flows again without anyone's help.
 *
 * Why not opossum: its recovery trial is a live request (one caller waits through the driver's
 * failing connect each time), it trips on an error percentage over a rolling window rather than
 * on the first lost connection, nothing in it closes the circuit from a probe, and its current
 * major needs Node 22. Two states and a probe loop are all we need, and fit in this file.
 */

export type CircuitState = 'closed' | 'open';

export interface CircuitBreakerOptions {
  /** Resolves when the dependency answers; rejects when it does not. */
  probe: () => Promise<unknown>;
  /** Whether an error means the dependency is away (which opens the circuit), not that one request failed. */
  isOutage: (error: unknown) => boolean;
  /** The error work gets while the circuit is open. */
  outageError: () => Error;
  /** Pause between probes, in both states: while closed they notice an outage before requests pile up. */
  probeIntervalMs: number;
  /** A probe without an answer by then changes nothing: slow is not away. */
  probeTimeoutMs: number;
  onChange?: (state: CircuitState, cause?: unknown) => void;
}

export class CircuitBreaker {
  private current: CircuitState = 'closed';
  /** Aborted when the circuit opens, so work in flight fails at once too; renewed when it closes. */
  private outage = newOutageController();
  private timer: NodeJS.Timeout | undefined;
  private pendingProbe: Promise<unknown> | undefined;
  private stopped = false;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.scheduleProbe();
  }

  get state(): CircuitState {
    return this.current;
  }

  /**
   * Runs `work` while the circuit is closed; rejects with the outage error at once while it is
   * open, or as soon as it opens while `work` is in flight. `work` gets a signal that aborts then,
   * to stop its own retries; an outage error from `work` opens the circuit.
   */
  async run<T>(work: (outage: AbortSignal) => Promise<T>): Promise<T> {
    if (this.current === 'open') throw this.options.outageError();
    const signal = this.outage.signal;
    let onOpen = () => {};
    const opened = new Promise<never>((_resolve, reject) => {
      onOpen = () => reject(this.options.outageError());
      signal.addEventListener('abort', onOpen, { once: true });
    });
    const attempt = work(signal);
    try {
      return await Promise.race([attempt, opened]);
    } catch (error) {
      if (this.options.isOutage(error)) this.open(error);
      throw error;
    } finally {
      signal.removeEventListener('abort', onOpen);
      // Work abandoned because the circuit opened settles later (or never); nobody awaits it.
      attempt.catch(() => undefined);
    }
  }

  /**
   * Throws the outage error while the circuit is open, for work that runs outside `run` because
   * its failures must never open the circuit (an analyst's query whose answer broke its connection).
   */
  refuseWhileOpen(): void {
    if (this.current === 'open') throw this.options.outageError();
  }

  /** Stops probing; for shutdown. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private open(cause: unknown): void {
    if (this.current === 'open' || this.stopped) return;
    this.current = 'open';
    this.outage.abort(cause);
    this.options.onChange?.('open', cause);
  }

  private close(): void {
    if (this.current === 'closed') return;
    this.current = 'closed';
    this.outage = newOutageController();
    this.options.onChange?.('closed');
  }

  private scheduleProbe(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.probe(), this.options.probeIntervalMs);
    // Probing alone never keeps a process (a command, a test) alive.
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    // A probe still waiting from last time is awaited again rather than joined by another one.
    this.pendingProbe ??= this.options.probe().finally(() => {
      this.pendingProbe = undefined;
    });
    const outcome = await settleWithin(this.pendingProbe, this.options.probeTimeoutMs);
    if (this.stopped) return;
    if (outcome === 'answered') this.close();
    else if (outcome !== 'no answer' && this.options.isOutage(outcome.error)) this.open(outcome.error);
    this.scheduleProbe();
  }
}

/** Every query in flight listens to this one signal, so many listeners are expected, not a leak. */
function newOutageController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

/** How a promise ended within `timeoutMs`; always handles its rejection. */
function settleWithin(
  promise: Promise<unknown>,
  timeoutMs: number,
): Promise<'answered' | 'no answer' | { error: unknown }> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('no answer'), timeoutMs);
    promise
      .then(
        () => resolve('answered'),
        (error: unknown) => resolve({ error }),
      )
      .finally(() => clearTimeout(timer));
  });
}
