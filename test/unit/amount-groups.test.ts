import { describe, expect, it } from 'vitest';
import { groupAmounts, type AmountGrouping, type AmountReach } from '../../src/graph/amounts.js';
import type { EntityRecord, RelationRecord } from '../../src/graph/entity.js';

const node = (id: string, properties: Record<string, unknown> = {}): EntityRecord => ({
  id,
  label: id.startsWith('bedrag:') ? 'Bedrag' : id.startsWith('opgave:') ? 'Opgave' : 'Instrument',
  properties: { id, naam: id, ...properties },
});
const via = (van: string, naar: string): RelationRecord => ({ type: 'INSTRUMENT_VOOR', van, naar, properties: {} });
const amount = (id: string, waarde: number, properties: Record<string, unknown> = {}) =>
  node(`bedrag:${id}`, { waarde, eenheid: 'euro', soort: 'accres', ...properties });

const fonds = node('instrument:fonds');
const ander = node('instrument:ander');
const klimaat = node('opgave:klimaat', { nummer: 1 });
const wonen = node('opgave:wonen', { nummer: 2 });
const reaching = (...opgaven: EntityRecord[]) => ({
  fund: fonds,
  opgaven: opgaven.map((opgave) => ({ opgave, via: [via(fonds.id, opgave.id)] })),
});

const group = (reaches: AmountReach[], by: AmountGrouping[], only?: string) => groupAmounts(reaches, new Set(by), only);
const summary = (groups: ReturnType<typeof groupAmounts>) =>
  groups.map((g) => [g.opgave?.id ?? null, g.fund?.id ?? null, g.year, g.kind, g.unit, g.total, g.amounts.length]);

describe('groupAmounts', () => {
  it('never adds euros to percentages, nor one kind of amount to another, whatever the grouping', () => {
    const reaches = [
      { amount: amount('a', 10), funds: [reaching()] },
      { amount: amount('b', 5, { eenheid: 'procent', soort: 'ontwikkeling' }), funds: [reaching()] },
      { amount: amount('c', 7, { soort: 'grondslag' }), funds: [reaching()] },
    ];
    expect(summary(group(reaches, []))).toEqual([
      [null, null, null, 'accres', 'euro', 10, 1],
      [null, null, null, 'grondslag', 'euro', 7, 1],
      [null, null, null, 'ontwikkeling', 'procent', 5, 1],
    ]);
  });

  it('sums in whole cents, so decimal amounts add up without drift', () => {
    const reaches = Array.from({ length: 10 }, (_, i) => ({ amount: amount(`d${i}`, 0.1), funds: [reaching()] }));
    expect(group(reaches, [])[0]!.total).toBe(1);
  });

  it('counts an amount for each opgave its fund reaches, with the relations of the way, and once when not grouped by opgave', () => {
    const reaches = [{ amount: amount('a', 10), funds: [reaching(klimaat, wonen)] }];
    const byOpgave = group(reaches, ['opgave']);
    expect(summary(byOpgave)).toEqual([
      ['opgave:klimaat', null, null, 'accres', 'euro', 10, 1],
      ['opgave:wonen', null, null, 'accres', 'euro', 10, 1],
    ]);
    expect(byOpgave[0]!.via).toEqual([via('instrument:fonds', 'opgave:klimaat')]);
    expect(summary(group(reaches, ['fund']))).toEqual([[null, 'instrument:fonds', null, 'accres', 'euro', 10, 1]]);
    expect(summary(group(reaches, ['opgave'], 'opgave:wonen'))).toEqual([
      ['opgave:wonen', null, null, 'accres', 'euro', 10, 1],
    ]);
  });

  it('puts amounts whose fund reaches no opgave in a group without one, after the opgaven; years without a year last', () => {
    const reaches = [
      { amount: amount('zonder', 1, { jaar: 2018 }), funds: [{ fund: ander, opgaven: [] }] },
      { amount: amount('periode', 2), funds: [reaching(klimaat)] },
      { amount: amount('jaar', 3, { jaar: 2019 }), funds: [reaching(klimaat)] },
    ];
    expect(summary(group(reaches, ['opgave', 'fund', 'year']))).toEqual([
      ['opgave:klimaat', 'instrument:fonds', 2019, 'accres', 'euro', 3, 1],
      ['opgave:klimaat', 'instrument:fonds', null, 'accres', 'euro', 2, 1],
      [null, 'instrument:ander', 2018, 'accres', 'euro', 1, 1],
    ]);
  });

  it('keeps the rows of a table apart when grouped by series', () => {
    const reaches = [
      { amount: amount('totaal', 10, { reeks: 'A) totaal', soort: 'uitgaven' }), funds: [reaching()] },
      { amount: amount('deel', 4, { reeks: 'uitgaven deel', soort: 'uitgaven' }), funds: [reaching()] },
    ];
    expect(group(reaches, []).map((g) => g.total)).toEqual([14]);
    expect(group(reaches, ['series']).map((g) => [g.series, g.total])).toEqual([
      ['A) totaal', 10],
      ['uitgaven deel', 4],
    ]);
  });
});
