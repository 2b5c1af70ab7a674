import { describe, expect, it } from 'vitest';
import { dateSpan } from '../../src/graph/dates.js';

describe('dateSpan', () => {
  it.each([
    ['2018-02-14', '2018-02-14', '2018-02-14'],
    ['2018-02', '2018-02-01', '2018-02-28'],
    ['2020-02', '2020-02-01', '2020-02-29'],
    ['2018-Q2', '2018-04-01', '2018-06-30'],
    ['2018-Q4', '2018-10-01', '2018-12-31'],
    ['2018', '2018-01-01', '2018-12-31'],
  ])('%s covers %s to %s', (datum, van, tot) => {
    expect(dateSpan(datum)).toEqual({ van, tot });
  });

  it.each(['gisteren', '2018-13', '2018-02-30', '2018-Q5', '18-02-14', ''])('refuses %j', (datum) => {
    expect(dateSpan(datum)).toBeUndefined();
  });
});
