import { describe, expect, it } from 'vitest';
import { sumAmounts } from '../../src/graph/amounts.js';
import type { EntityRecord } from '../../src/graph/entity.js';
import { InputError } from '../../src/graph/input-error.js';
import { countByStatus, isOverdue, latestStatements, overdueItems, progressOf } from '../../src/graph/progress.js';
import { amountProblems, statusStatementProblems } from '../../src/seeds/progress-checks.js';
import type { SeedNode } from '../../src/seeds/seed-schema.js';

const stand = (id: string, status: string, datum: string): EntityRecord => ({
  id,
  label: 'Stand',
  properties: { status, datum, datumVan: datum.length === 4 ? `${datum}-01-01` : datum },
});
const mijlpaal = (id: string, datumTot?: string): EntityRecord => ({
  id,
  label: 'Mijlpaal',
  properties: datumTot ? { datumTot } : {},
});

describe('the progress of a milestone, from its dated statements', () => {
  it('is unknown without statements', () => {
    expect(progressOf([])).toEqual({
      status: 'onbekend',
      asOf: null,
      contradictory: false,
      contradicting: [],
      newest: [],
      count: 0,
    });
  });

  it('follows the newest statement and keeps the older ones as history, in any order given', () => {
    const progress = progressOf([stand('s:2', 'bereikt', '2019-02-14'), stand('s:1', 'gepland', '2018-05-02')]);
    expect(progress).toMatchObject({ status: 'bereikt', asOf: '2019-02-14', contradictory: false, count: 2 });
    expect(progress.newest.map(({ id }) => id)).toEqual(['s:2']);
  });

  it('does not choose when the newest statements disagree: the status is unknown and both are named', () => {
    const progress = progressOf([
      stand('s:1', 'gepland', '2018-05-02'),
      stand('s:2', 'bereikt', '2019-02-14'),
      stand('s:3', 'uitgesteld', '2019-02-14'),
    ]);
    expect(progress.status).toBe('onbekend');
    expect(progress.contradictory).toBe(true);
    expect(progress.contradicting.map(({ id }) => id)).toEqual(['s:2', 's:3']);
  });

  it('flags a later statement that calls planned what an earlier one called reached, but keeps its status', () => {
    const progress = progressOf([stand('s:1', 'bereikt', '2018-05-02'), stand('s:2', 'gepland', '2019-02-14')]);
    expect(progress).toMatchObject({ status: 'gepland', contradictory: true });
    expect(progress.contradicting.map(({ id }) => id)).toEqual(['s:1', 's:2']);
  });

  it('finds no contradiction when several sources agree on the same day', () => {
    const progress = progressOf([stand('s:1', 'bereikt', '2019-02-14'), stand('s:2', 'bereikt', '2019-02-14')]);
    expect(progress).toMatchObject({ status: 'bereikt', contradictory: false, contradicting: [] });
    expect(progress.newest).toHaveLength(2);
  });

  it('counts a stored word outside the vocabulary as unknown', () => {
    expect(progressOf([stand('s:1', 'klaar', '2019-02-14')]).status).toBe('onbekend');
  });
});

describe('overdue milestones and commitments', () => {
  const planned = progressOf([stand('s:1', 'gepland', '2018-05-02')]);
  const reached = progressOf([stand('s:1', 'bereikt', '2018-05-02')]);

  it('are those whose last day lies before the day asked, and not reached or dropped', () => {
    expect(isOverdue(mijlpaal('m:1', '2018-09-30'), planned, '2019-02-14')).toBe(true);
    expect(isOverdue(mijlpaal('m:1', '2018-09-30'), planned, '2018-09-30')).toBe(false);
    expect(isOverdue(mijlpaal('m:1', '2018-09-30'), reached, '2019-02-14')).toBe(false);
    expect(isOverdue(mijlpaal('m:1', '2018-09-30'), progressOf([]), '2019-02-14')).toBe(true);
    expect(isOverdue(mijlpaal('m:1'), planned, '2019-02-14')).toBe(false);
  });

  it('are counted per status in the overview, with the newest statements first', () => {
    const overview = {
      opgave: { id: 'opgave:x', label: 'Opgave' as const, properties: {} },
      asOf: '2019-02-14',
      milestones: [mijlpaal('m:1', '2018-09-30'), mijlpaal('m:2', '2018-06-30'), mijlpaal('m:3', '2030-12-31')],
      commitments: [],
      targets: [],
      openBottlenecks: [],
      reports: [],
      statements: new Map([
        ['m:1', [stand('s:1', 'gepland', '2018-05-02')]],
        ['m:2', [stand('s:2', 'gepland', '2018-05-02'), stand('s:3', 'bereikt', '2019-02-14')]],
      ]),
    };
    expect(countByStatus(overview)).toEqual([
      { status: 'gepland', count: 1 },
      { status: 'bereikt', count: 1 },
      { status: 'onbekend', count: 1 },
    ]);
    expect(overdueItems(overview).map(({ id }) => id)).toEqual(['m:1']);
    expect(latestStatements(overview, 2).map(({ id }) => id)).toEqual(['s:3', 's:1']);
  });
});

describe('sums of amounts', () => {
  const bedrag = (waarde: number, eenheid = 'euro'): EntityRecord => ({
    id: `bedrag:${waarde}`,
    label: 'Bedrag',
    properties: { waarde, eenheid },
  });

  it('add amounts of one unit exactly, also with decimals', () => {
    expect(sumAmounts([bedrag(0.1), bedrag(0.2)], 'soort')).toMatchObject({ total: 0.3, unit: 'euro' });
    expect(sumAmounts([], 'soort')).toEqual({ total: 0, unit: null, amounts: [] });
  });

  it('refuse to add euros and percentages, naming the argument', () => {
    expect(() => sumAmounts([bedrag(1), bedrag(50, 'procent')], 'soort')).toThrow(InputError);
    expect(() => sumAmounts([bedrag(1), bedrag(50, 'procent')], 'soort')).toThrow(
      /verschillende eenheden \(euro en procent\)/,
    );
  });
});

describe('the seed checks of standen and bedragen', () => {
  const source = {
    document: 'document:a',
    regels: [1, 1] as [number, number],
    citaat: 'De programmastart is voorzien voor eind februari.',
  };
  const node = (label: 'Stand' | 'Bedrag', eigenschappen: SeedNode['eigenschappen']): SeedNode => ({
    id: `${label.toLowerCase()}:x`,
    label,
    naam: 'x',
    eigenschappen,
    bronnen: [source],
  });

  it('accept a stand with a status of the vocabulary, a date and words of its quote', () => {
    expect(
      statusStatementProblems(node('Stand', { status: 'gepland', datum: '2018-02-08', statusGrond: 'is voorzien' })),
    ).toEqual([]);
  });

  it('refuse a stand without date, with an unknown status, or whose ground is not in its quotes', () => {
    expect(statusStatementProblems(node('Stand', { status: 'klaar', statusGrond: 'is gedaan' }))).toEqual([
      'status must be one of gepland, bereikt, deels, uitgesteld, vervallen, onbekend, got "klaar"',
      'a stand states the date it speaks as of (datum)',
      'statusGrond "is gedaan" is not in any of the stand\'s quotes',
    ]);
  });

  it('refuse an amount whose value is text, or whose unit or kind is unknown', () => {
    expect(amountProblems(node('Bedrag', { waarde: 5, eenheid: 'euro', soort: 'accres' }))).toEqual([]);
    expect(amountProblems(node('Bedrag', { waarde: '€ 5', eenheid: 'gulden', soort: 'schuld' }))).toHaveLength(3);
  });
});
