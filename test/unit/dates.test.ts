import { describe, expect, it } from 'vitest';
import { datePrecision, dateSpan } from '../../src/graph/dates.js';

describe('dateSpan', () => {
  it.each([
    ['2018-02-14', '2018-02-14', '2018-02-14'],
    ['2018-02', '2018-02-01', '2018-02-28'],
    ['2020-02', '2020-02-01', '2020-02-29'],
    ['2018-02-begin', '2018-02-01', '2018-02-10'],
    ['2018-02-medio', '2018-02-11', '2018-02-20'],
    ['2018-02-eind', '2018-02-21', '2018-02-28'],
    ['2017-11-eind', '2017-11-21', '2017-11-30'],
    ['2018-Q2', '2018-04-01', '2018-06-30'],
    ['2018-Q4', '2018-10-01', '2018-12-31'],
    ['2018', '2018-01-01', '2018-12-31'],
  ])('%s covers %s to %s', (datum, van, tot) => {
    expect(dateSpan(datum)).toEqual({ van, tot });
  });

  it.each(['gisteren', '2018-13', '2018-02-30', '2018-Q5', '18-02-14', '2018-13-eind', '2018-02-laat', ''])(
    'refuses %j',
    (datum) => {
      expect(dateSpan(datum)).toBeUndefined();
    },
  );
});

describe('datePrecision', () => {
  it.each([
    ['2018-02-14', 'dag'],
    ['2018-02-eind', 'maanddeel'],
    ['2018-02', 'maand'],
    ['2018-Q2', 'kwartaal'],
    ['2018', 'jaar'],
  ])('of %s is %s', (datum, precision) => {
    expect(datePrecision(datum)).toBe(precision);
  });

  it('is undefined for what is not a date', () => {
    expect(datePrecision('2018-02-30')).toBeUndefined();
    expect(datePrecision('eind februari')).toBeUndefined();
  });
});
