import { variantsOf } from './entity.js';
import { InputError } from './input-error.js';
import type { NodeLabel } from './model.js';
import type { SourceRecord } from './sources.js';

/**
 * The kinds of node that carry a sourced date (`datum`, with variants where the texts disagree): each
 * answers `datums` (the read model and the resolvers take this list).
 */
export const datedKinds = ['Mijlpaal', 'Toezegging', 'Stand', 'Instrument'] as const satisfies readonly NodeLabel[];

/**
 * The dated kinds whose lists take a date window (`vanaf`, `tot`) that looks at every date of a node: a
 * root list (`mijlpalen`) or a connection below a node (`standen`). Their edges, in every list of them,
 * say which date fell in it (`gevondenDatum`), and only connections to these kinds may take a window.
 */
export const windowedKinds = [
  'Mijlpaal',
  'Toezegging',
  'Stand',
  'Instrument',
] as const satisfies readonly (typeof datedKinds)[number][];

/** The first and the last day a date covers, as ISO dates (`2018-04-01`). */
export interface DateSpan {
  van: string;
  tot: string;
}

/** How precise a date in the documents is. */
export type DatePrecision = 'dag' | 'maanddeel' | 'maand' | 'kwartaal' | 'jaar';

/** The part of a month a text names ("begin", "medio", "eind" februari), and its days. */
const monthParts = { begin: [1, 10], medio: [11, 20], eind: [21, 31] } as const;
type MonthPart = keyof typeof monthParts;

const datePattern = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}|begin|medio|eind))?|Q([1-4])))?$/;

/**
 * Dates in the documents are as precise as the text: a day (`2018-06-30`), a part of a month
 * (`2018-02-eind` for "eind februari": days 21 to the last; `begin` 1–10, `medio` 11–20), a month
 * (`2018-06`), a quarter (`2018-Q2`) or a year (`2018`). Each covers a span of days, so a
 * milestone "in 2018" lies in a window on 2018-03-01..2018-04-30 as much as one on 2018-03-15
 * does. Returns undefined for anything else.
 */
export function dateSpan(datum: string): DateSpan | undefined {
  const match = datePattern.exec(datum);
  if (!match) return undefined;
  const [, year, month, day, quarter] = match;
  if (month) {
    const m = Number(month);
    if (m < 1 || m > 12) return undefined;
    const last = lastDayOfMonth(Number(year), m);
    if (day && day in monthParts) {
      const [first, end] = monthParts[day as MonthPart];
      return { van: `${year}-${month}-${pad(first)}`, tot: `${year}-${month}-${pad(Math.min(end, last))}` };
    }
    if (day) return isValidDay(datum) ? { van: datum, tot: datum } : undefined;
    return { van: `${year}-${month}-01`, tot: `${year}-${month}-${pad(last)}` };
  }
  if (quarter) {
    const first = (Number(quarter) - 1) * 3 + 1;
    const last = first + 2;
    return { van: `${year}-${pad(first)}-01`, tot: `${year}-${pad(last)}-${pad(lastDayOfMonth(Number(year), last))}` };
  }
  return { van: `${year}-01-01`, tot: `${year}-12-31` };
}

/** A window of ISO days a dated list keeps nodes in: from the first day of `vanaf` to the last of `tot`. */
export interface DateWindow {
  from?: string;
  to?: string;
}

/**
 * The window that the arguments `vanaf` and `tot` of a dated list ask for (either may be left out), so
 * a node whose date lies partly inside counts; undefined when neither is given. A value that is no date
 * is refused, naming its argument.
 */
export function dateWindowOf(args: Readonly<Record<string, unknown>>): DateWindow | undefined {
  const from = windowEnd(args, 'vanaf')?.van;
  const to = windowEnd(args, 'tot')?.tot;
  if (from === undefined && to === undefined) return undefined;
  return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

function windowEnd(args: Readonly<Record<string, unknown>>, argument: 'vanaf' | 'tot'): DateSpan | undefined {
  const value = args[argument];
  if (value === null || value === undefined) return undefined;
  const span = typeof value === 'string' ? dateSpan(value) : undefined;
  if (!span)
    throw new InputError(
      argument,
      `"${String(value).slice(0, 40)}" is geen datum zoals 2018-06-30, 2018-06-eind, 2018-06, 2018-Q2 of 2018`,
    );
  return span;
}

/** How precise a date is, or undefined when it is not one (see `dateSpan`). */
export function datePrecision(datum: string): DatePrecision | undefined {
  const match = dateSpan(datum) && datePattern.exec(datum);
  if (!match) return undefined;
  const [, , month, day, quarter] = match;
  if (day) return day in monthParts ? 'maanddeel' : 'dag';
  if (month) return 'maand';
  return quarter ? 'kwartaal' : 'jaar';
}

function isValidDay(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A date the documents give a node: the main value or one that disagrees, with the days it covers. */
export interface SourcedDate extends DateSpan {
  waarde: string;
  precisie: DatePrecision;
  /** Whether it is the main value (`datum`); otherwise a variant from another document. */
  hoofdwaarde: boolean;
  /** Where a variant is stated; the node's own sources carry the main value. */
  bron: SourceRecord | null;
}

/** Every date of a node (`datum`, then the `datum` variants), those that are dates at all. */
export function sourcedDates(properties: Record<string, unknown>): SourcedDate[] {
  const main =
    typeof properties.datum === 'string' ? [{ waarde: properties.datum, hoofdwaarde: true, bron: null }] : [];
  const variants = variantsOf(properties)
    .filter(({ eigenschap }) => eigenschap === 'datum')
    .map(({ waarde, bron }) => ({ waarde, hoofdwaarde: false, bron }));
  return [...main, ...variants].flatMap((date) => {
    const span = dateSpan(date.waarde);
    const precisie = datePrecision(date.waarde);
    return span && precisie ? [{ ...date, ...span, precisie }] : [];
  });
}
