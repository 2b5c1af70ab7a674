import { InputError } from './input-error.js';
import type { EntityRecord, RelationRecord } from './entity.js';

/** A sum of amounts, with the amounts that count in it. */
export interface AmountSum {
  total: number;
  unit: string | null;
  amounts: EntityRecord[];
}

/**
 * Adds up amounts of one unit. Amounts in euro and in per cent are never added together: the caller
 * gets an input error naming the argument that chose them.
 */
export function sumAmounts(amounts: readonly EntityRecord[], argument: string): AmountSum {
  const units = new Set(amounts.map((amount) => String(amount.properties.eenheid)));
  if (units.size > 1) {
    throw new InputError(
      argument,
      `de gekozen bedragen hebben verschillende eenheden (${[...units].sort().join(' en ')}); kies soorten van één eenheid`,
    );
  }
  // Summed in whole cents, so that many decimal amounts add up without drift.
  const cents = amounts.reduce((sum, amount) => sum + Math.round(Number(amount.properties.waarde) * 100), 0);
  return { total: cents / 100, unit: units.size === 1 ? [...units][0]! : null, amounts: [...amounts] };
}

/** An amount as `bedragTotalen` reads it: with its funds, and the opgaven each fund reaches and how. */
export interface AmountReach {
  amount: EntityRecord;
  funds: Array<{
    fund: EntityRecord;
    /** The opgaven the fund reaches along the relations the graph states (see amountsWithReach). */
    opgaven: Array<{ opgave: EntityRecord; via: RelationRecord[] }>;
  }>;
}

/** What `bedragTotalen` may group by, beside unit and kind, which always group. */
export type AmountGrouping = 'opgave' | 'fund' | 'year' | 'series';

/** One group of amounts with its sum: one unit, one kind, and where grouped one opgave, fund, year or series. */
export interface AmountGroup {
  opgave: EntityRecord | null;
  fund: EntityRecord | null;
  year: number | null;
  series: string | null;
  kind: string | null;
  unit: string;
  total: number;
  amounts: EntityRecord[];
  /** The relations by which the group's funds reach its opgave, each once. */
  via: RelationRecord[];
}

/**
 * Groups amounts and sums each group in whole cents. Unit and kind always group, so euros are never
 * added to percentages, nor an accres to a grondslag. Grouped by opgave, an amount counts for every
 * opgave its fund reaches (only `onlyOpgave` when given), or in a group without opgave when it reaches
 * none; grouped by fund, for each of its funds. Otherwise each amount counts once. Groups come by
 * opgave (`nummer`), fund name, year, kind, series and unit, those without an opgave or year last.
 */
export function groupAmounts(
  reaches: readonly AmountReach[],
  grouping: ReadonlySet<AmountGrouping>,
  onlyOpgave?: string,
): AmountGroup[] {
  const groups = new Map<string, AmountGroup>();
  for (const { amount, funds } of reaches) {
    const fundChoices = grouping.has('fund') ? funds.map(({ fund }) => fund) : [null];
    for (const fund of fundChoices.length > 0 ? fundChoices : [null]) {
      const reachable = funds.filter((candidate) => fund === null || candidate.fund.id === fund.id);
      const opgaven = new Map<string, { opgave: EntityRecord; via: RelationRecord[] }>();
      for (const { opgave, via } of reachable.flatMap((candidate) => candidate.opgaven)) {
        if (onlyOpgave !== undefined && opgave.id !== onlyOpgave) continue;
        const found = opgaven.get(opgave.id) ?? { opgave, via: [] };
        found.via.push(...via);
        opgaven.set(opgave.id, found);
      }
      const opgaveChoices = grouping.has('opgave') ? (opgaven.size > 0 ? [...opgaven.values()] : [null]) : [null];
      for (const reached of opgaveChoices) {
        const key = {
          opgave: reached?.opgave ?? null,
          fund,
          year: grouping.has('year') ? numberProperty(amount, 'jaar') : null,
          series: grouping.has('series') ? textProperty(amount, 'reeks') : null,
          kind: textProperty(amount, 'soort'),
          unit: textProperty(amount, 'eenheid') ?? 'euro',
        };
        const id = JSON.stringify([key.opgave?.id, key.fund?.id, key.year, key.series, key.kind, key.unit]);
        const group = groups.get(id) ?? { ...key, total: 0, amounts: [], via: [] };
        if (!group.amounts.some(({ id: counted }) => counted === amount.id)) group.amounts.push(amount);
        for (const relation of reached?.via ?? [])
          if (!group.via.some((known) => sameRelation(known, relation))) group.via.push(relation);
        groups.set(id, group);
      }
    }
  }
  return [...groups.values()]
    .map((group) => ({
      ...group,
      total:
        group.amounts.reduce((cents, amount) => cents + Math.round(Number(amount.properties.waarde) * 100), 0) / 100,
      amounts: [...group.amounts].sort(byName),
    }))
    .sort(groupOrder);
}

const textProperty = (entity: EntityRecord, name: string): string | null =>
  typeof entity.properties[name] === 'string' ? (entity.properties[name] as string) : null;
const numberProperty = (entity: EntityRecord, name: string): number | null =>
  typeof entity.properties[name] === 'number' ? (entity.properties[name] as number) : null;
const sameRelation = (x: RelationRecord, y: RelationRecord) =>
  x.type === y.type && x.van === y.van && x.naar === y.naar;
const byName = (x: EntityRecord, y: EntityRecord) =>
  String(x.properties.naam ?? x.id).localeCompare(String(y.properties.naam ?? y.id), 'nl') || compare(x.id, y.id);

/** Nulls last; then the natural order of each key. */
function groupOrder(x: AmountGroup, y: AmountGroup): number {
  const opgaveNumber = (group: AmountGroup) =>
    group.opgave ? (numberProperty(group.opgave, 'nummer') ?? Number.MAX_SAFE_INTEGER - 1) : Number.MAX_SAFE_INTEGER;
  return (
    opgaveNumber(x) - opgaveNumber(y) ||
    compare(x.opgave?.id ?? '', y.opgave?.id ?? '') ||
    compareNullsLast(
      x.fund ? String(x.fund.properties.naam ?? x.fund.id) : null,
      y.fund ? String(y.fund.properties.naam ?? y.fund.id) : null,
    ) ||
    (x.year ?? Number.MAX_SAFE_INTEGER) - (y.year ?? Number.MAX_SAFE_INTEGER) ||
    compareNullsLast(x.kind, y.kind) ||
    compareNullsLast(x.series, y.series) ||
    compare(x.unit, y.unit)
  );
}

function compareNullsLast(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x.localeCompare(y, 'nl') || compare(x, y);
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
