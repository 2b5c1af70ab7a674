import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AnswerBudget, measure } from '../../src/neo4j/answer-budget.js';
import { AnswerTooLarge } from '../../src/neo4j/errors.js';

/** A list nested `depth` levels deep around `inner`. */
const nested = (depth: number, inner: unknown = 1): unknown =>
  Array.from({ length: depth }).reduce<unknown>((value) => [value], inner);

describe('measure', () => {
  it('counts a value roughly as its JSON', () => {
    const value = { naam: 'Klimaat', cijfers: [1, 2, 3], actief: true, leeg: null };
    const json = JSON.stringify(value).length;
    const { bytes } = measure(value, 32);
    expect(bytes).toBeGreaterThan(json * 0.5);
    expect(bytes).toBeLessThan(json * 2);
  });

  it('counts a string by its length, whatever it holds', () => {
    expect(measure('x'.repeat(1_000_000), 32).bytes).toBeGreaterThanOrEqual(1_000_000);
  });

  it('counts nodes and relations with their properties, labels and ids', () => {
    const node = new neo4j.types.Node(1, ['Opgave'], { naam: 'x'.repeat(500) }, '4:abc:1');
    expect(measure(node, 32).bytes).toBeGreaterThan(500);
  });

  it('tells a value nested past the limit, and stops walking there', () => {
    expect(measure(nested(32), 32).tooDeep).toBe(false);
    expect(measure(nested(33), 32).tooDeep).toBe(true);
    // Far deeper than a recursive walk could go without overflowing the stack.
    expect(measure(nested(100_000), 32).tooDeep).toBe(true);
  });

  it('counts maps as levels too', () => {
    const maps = Array.from({ length: 10 }).reduce<unknown>((value) => ({ binnen: value }), 1);
    expect(measure(maps, 10).tooDeep).toBe(false);
    expect(measure(maps, 9).tooDeep).toBe(true);
  });
});

describe('AnswerBudget', () => {
  it('counts records together, and throws TOO_LARGE (bytes) at the first past the limit', () => {
    const budget = new AnswerBudget({ maxBytes: 1_000, maxDepth: 32 });
    budget.addRecord(['x'.repeat(400)]);
    budget.addRecord(['x'.repeat(400)]);
    expect(() => budget.addRecord(['x'.repeat(400)])).toThrow(
      expect.objectContaining({ kind: 'TOO_LARGE', limit: 'bytes', maximum: 1_000 }),
    );
  });

  it('throws TOO_LARGE (depth) for a value nested past the limit, however small', () => {
    const budget = new AnswerBudget({ maxBytes: 1_000_000, maxDepth: 5 });
    expect(() => budget.addRecord([nested(6)])).toThrow(
      expect.objectContaining({ kind: 'TOO_LARGE', limit: 'depth', maximum: 5 }),
    );
  });

  it('counts bytes read elsewhere against the same limit', () => {
    const budget = new AnswerBudget({ maxBytes: 100, maxDepth: 5 });
    budget.addBytes(60);
    expect(budget.bytes).toBe(60);
    expect(() => budget.addBytes(60)).toThrow(AnswerTooLarge);
  });
});
