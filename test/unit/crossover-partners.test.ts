import { describe, expect, it } from 'vitest';
import { crossoverPartners, type CrossoverMember } from '../../src/graph/crossover-partners.js';

const kern = (opgave: string): CrossoverMember => ({ opgave, rol: 'kern' });
const verbonden = (opgave: string): CrossoverMember => ({ opgave, rol: 'verbonden' });

describe('the partners of a crossover', () => {
  it('pair the kern of a star with each opgave linked to it, and no linked opgaven with each other', () => {
    const star = [kern('opgave:sociaal-domein'), verbonden('opgave:wonen'), verbonden('opgave:schulden')];
    expect(crossoverPartners(star)).toEqual([
      ['opgave:schulden', 'opgave:sociaal-domein'],
      ['opgave:sociaal-domein', 'opgave:wonen'],
    ]);
  });

  it('pair every two opgaven of a crossover without a kern', () => {
    const onderling = [verbonden('opgave:c'), verbonden('opgave:a'), verbonden('opgave:b')];
    expect(crossoverPartners(onderling)).toEqual([
      ['opgave:a', 'opgave:b'],
      ['opgave:a', 'opgave:c'],
      ['opgave:b', 'opgave:c'],
    ]);
  });

  it('give one pair for two opgaven, with or without a kern', () => {
    expect(crossoverPartners([kern('opgave:b'), verbonden('opgave:a')])).toEqual([['opgave:a', 'opgave:b']]);
    expect(crossoverPartners([verbonden('opgave:b'), verbonden('opgave:a')])).toEqual([['opgave:a', 'opgave:b']]);
  });

  it('name each pair once, even when an opgave is listed twice', () => {
    const twice = [kern('opgave:a'), verbonden('opgave:b'), verbonden('opgave:b'), kern('opgave:a')];
    expect(crossoverPartners(twice)).toEqual([['opgave:a', 'opgave:b']]);
  });

  it('give no pairs for fewer than two opgaven', () => {
    expect(crossoverPartners([])).toEqual([]);
    expect(crossoverPartners([kern('opgave:a')])).toEqual([]);
  });

  it('refuse a crossover with two kerns, naming them', () => {
    expect(() => crossoverPartners([kern('opgave:a'), kern('opgave:b'), verbonden('opgave:c')])).toThrow(
      'a crossover has at most one kern, got 2: opgave:a, opgave:b',
    );
  });
});
