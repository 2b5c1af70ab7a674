/** What `work` gave, and how long it took in milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/**
 * A bound on a duration that a busy machine cannot break: `quietMs`, ample on a quiet machine,
 * plus fifty times `baselineMs`, what a trivial request takes at the moment of the test (timed
 * just before), so the bound stretches as far as the machine is slow right now. What these
 * bounds guard against (waiting out a timeout or retry budget, running work that should have
 * been refused) takes seconds more, whatever the machine.
 */
export function busyMachineBound(quietMs: number, baselineMs: number): number {
  return quietMs + 50 * baselineMs;
}
