/** The first and the last day a date covers, as ISO dates (`2018-04-01`). */
export interface DateSpan {
  van: string;
  tot: string;
}

/**
 * Dates in the documents are as precise as the text: a day (`2018-06-30`), a month
 * (`2018-06`), a quarter (`2018-Q2`) or a year (`2018`). Each covers a span of days, so a
 * milestone "in 2018" lies in a window on 2018-03-01..2018-04-30 as much as one on 2018-03-15
 * does. Returns undefined for anything else.
 */
export function dateSpan(datum: string): DateSpan | undefined {
  const match = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])))?$/.exec(datum);
  if (!match) return undefined;
  const [, year, month, day, quarter] = match;
  if (day) return isValidDay(datum) ? { van: datum, tot: datum } : undefined;
  if (month) {
    const m = Number(month);
    if (m < 1 || m > 12) return undefined;
    return { van: `${year}-${month}-01`, tot: `${year}-${month}-${lastDayOfMonth(Number(year), m)}` };
  }
  if (quarter) {
    const first = (Number(quarter) - 1) * 3 + 1;
    const last = first + 2;
    return { van: `${year}-${pad(first)}-01`, tot: `${year}-${pad(last)}-${lastDayOfMonth(Number(year), last)}` };
  }
  return { van: `${year}-01-01`, tot: `${year}-12-31` };
}

function isValidDay(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

function lastDayOfMonth(year: number, month: number): string {
  return pad(new Date(Date.UTC(year, month, 0)).getUTCDate());
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
