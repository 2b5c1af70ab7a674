import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withDeadline } from '../../src/neo4j/deadline.js';
import { DatabaseError } from '../../src/neo4j/errors.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('withDeadline', () => {
  it('gives what the work gives, in time', async () => {
    const onExpiry = vi.fn();
    await expect(withDeadline(Promise.resolve(42), 1_000, onExpiry)).resolves.toBe(42);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onExpiry).not.toHaveBeenCalled();
  });

  it('passes the work’s own failure on', async () => {
    await expect(withDeadline(Promise.reject(new Error('refused')), 1_000)).rejects.toThrow('refused');
  });

  it('fails with TIMEOUT at the deadline, whatever the work does, and lets it drop what it holds', async () => {
    const onExpiry = vi.fn();
    const attempt = withDeadline(new Promise<never>(() => undefined), 1_000, onExpiry);
    const failure = expect(attempt).rejects.toSatisfy(
      (error) => error instanceof DatabaseError && error.kind === 'TIMEOUT' && /within 1000 ms/.test(error.message),
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(onExpiry).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await failure;
    expect(onExpiry).toHaveBeenCalledWith(expect.objectContaining({ kind: 'TIMEOUT' }));
  });
});
