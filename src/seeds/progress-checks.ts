import { amountKinds, progressStatuses } from '../graph/model.js';
import { normalizeWhitespace } from './provenance.js';
import type { SeedNode } from './seed-schema.js';

/**
 * What is wrong with a status statement (`Stand`): it states a status of its vocabulary, the date it
 * speaks as of (`datum`), and the words of the text its status rests on (`statusGrond`), which stand in
 * one of its quotes or their further ranges, so the status can be checked against the text.
 */
export function statusStatementProblems(node: SeedNode): string[] {
  const properties = node.eigenschappen ?? {};
  const problems: string[] = [];
  if (!progressStatuses.includes(properties.status as never)) {
    problems.push(`status must be one of ${progressStatuses.join(', ')}, got ${JSON.stringify(properties.status)}`);
  }
  if (typeof properties.datum !== 'string') problems.push('a stand states the date it speaks as of (datum)');
  const ground = properties.statusGrond;
  const quotes = node.bronnen.flatMap((source) =>
    [source.citaat, ...(source.ook ?? []).map(({ citaat }) => citaat)].map(normalizeWhitespace),
  );
  if (typeof ground !== 'string') problems.push('a stand needs statusGrond, the words of the text its status rests on');
  else if (!quotes.some((quote) => quote.includes(normalizeWhitespace(ground)))) {
    problems.push(`statusGrond "${ground}" is not in any of the stand's quotes`);
  }
  return problems;
}

/** What is wrong with an amount (`Bedrag`): a number as `waarde`, a unit, and a kind of its vocabulary. */
export function amountProblems(node: SeedNode): string[] {
  const properties = node.eigenschappen ?? {};
  const problems: string[] = [];
  if (typeof properties.waarde !== 'number') problems.push(`waarde must be a number, got ${JSON.stringify(properties.waarde)}`);
  if (properties.eenheid !== 'euro' && properties.eenheid !== 'procent') {
    problems.push(`eenheid must be euro or procent, got ${JSON.stringify(properties.eenheid)}`);
  }
  if (!amountKinds.includes(properties.soort as never)) {
    problems.push(`soort must be one of ${amountKinds.join(', ')}, got ${JSON.stringify(properties.soort)}`);
  }
  return problems;
}
