import { describe, expect, it } from 'vitest';
import { refuseDeepNesting } from '../../src/graph/cypher-nesting.js';
import { TooLargeError } from '../../src/graph/too-large-error.js';

/** The refusal of `query` at a nesting limit of 32: its message, or undefined when it passes. */
function refusalOf(query: string): string | undefined {
  try {
    refuseDeepNesting(query, 32);
    return undefined;
  } catch (error) {
    if (!(error instanceof TooLargeError)) throw error;
    expect(error.extensions).toEqual({ code: 'TOO_LARGE', argument: 'query' });
    return error.message;
  }
}

describe('refuseDeepNesting refuses before it runs', () => {
  it('the list of the reliability probe, nested 10,000 deep by reduce', () => {
    expect(refusalOf('RETURN reduce(a = [], i IN range(1, 10000) | [a]) AS a')).toMatch(
      /^query: reduce\(a = \.\.\.\) zet a bij elke stap in een nieuwe lijst of map.*hoogstens 32 niveaus/,
    );
  });

  it.each([
    ['a map', 'RETURN reduce(m = {}, i IN range(1, 10000) | {binnen: m}) AS m'],
    ['a list with other elements', 'RETURN reduce(a = [], i IN range(1, 10000) | [i, a]) AS a'],
    ['a list comprehension', 'RETURN reduce(a = [], i IN range(1, 10000) | [x IN [1] | a]) AS a'],
    ['a COLLECT subquery', 'RETURN reduce(a = [], i IN range(1, 10000) | COLLECT { RETURN a }) AS a'],
    ['a backquoted accumulator', 'RETURN reduce(`acc` = [], i IN range(1, 10000) | [`acc`]) AS a'],
    ['a reduce inside another expression', 'RETURN size([reduce(a = [], i IN range(1, 99) | a + [[a]])]) AS n'],
    ['the second of two reduces', 'RETURN reduce(s = 0, i IN [1] | s + i), reduce(b = [], i IN range(1, 99) | [b])'],
  ])('a reduce that wraps its accumulator in %s', (_name, query) => {
    expect(refusalOf(query)).toMatch(/zet \S+ bij elke stap in een nieuwe lijst of map/);
  });

  it('lists and maps written deeper than the limit', () => {
    const deep = `RETURN ${'['.repeat(40)}1${']'.repeat(40)} AS x`;
    expect(refusalOf(deep)).toBe(
      'query: de lijsten en maps in deze query zijn 40 niveaus diep genest; een antwoord mag hoogstens 32 niveaus diep zijn',
    );
  });
});

describe('refuseDeepNesting lets pass', () => {
  it.each([
    ['a sum', 'RETURN reduce(s = 0, x IN [1, 2, 3] | s + x) AS som'],
    ['a growing flat list', 'RETURN reduce(acc = [], x IN range(1, 10) | acc + [x * 2]) AS xs'],
    ['a list of pairs', 'RETURN reduce(acc = [], x IN range(1, 10) | acc + [[x, size(acc)]]) AS paren'],
    ['a membership test', 'RETURN reduce(acc = [], x IN [1, 1, 2] | CASE WHEN x IN acc THEN acc ELSE acc + [x] END)'],
    ['a filter over the accumulator', 'RETURN reduce(acc = [], x IN [1, 2] | [y IN acc WHERE y <> x] + [x]) AS xs'],
    ['an element of the accumulator', 'RETURN reduce(acc = [0], x IN [1, 2] | [acc[-1] + x]) AS laatste'],
    ['a property of the accumulator', 'RETURN reduce(t = {som: 0}, x IN [1, 2] | {som: t.som + x}) AS totaal'],
    ['a key named like the accumulator', 'RETURN reduce(a = 0, x IN [1, 2] | a + size([{a: x}])) AS n'],
    ['a joined text', "RETURN reduce(s = '', w IN ['a', 'b'] | s + CASE WHEN s = '' THEN '' ELSE ' ' END + w) AS t"],
    ['brackets inside a string', `RETURN '${'['.repeat(50)}' AS tekst`],
    ['a pattern with relations', 'MATCH (a)-[r:SPEELT_IN]->(b) RETURN [x IN [r] | {type: type(x)}] AS xs LIMIT 1'],
  ])('%s', (_name, query) => {
    expect(refusalOf(query)).toBeUndefined();
  });
});
