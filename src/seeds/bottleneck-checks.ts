import { bottleneckKinds, bottleneckStatuses, scales, defaultBottleneckStatus } from '../graph/model.js';
import { normalizeWhitespace } from './provenance.js';
import type { SeedNode } from './seed-schema.js';

/** The properties of a knelpunt that take a word of a controlled vocabulary (graph/model.ts). */
const vocabularies: Readonly<Record<string, readonly string[]>> = {
  soort: bottleneckKinds,
  schaal: scales,
  status: bottleneckStatuses,
};

/**
 * What is wrong with a knelpunt's own properties (empty when nothing is): `soort`, `schaal` and
 * `status` (main value and variants) come from their vocabularies; a knelpunt states its status, and
 * a status other than `onbekend` rests on `statusGrond`, words that stand in one of its quotes, so the
 * status can be checked against the text; `eventueel` and `voorbeeld` are true when given.
 */
export function bottleneckProblems(node: SeedNode): string[] {
  const properties = node.eigenschappen ?? {};
  const problems: string[] = [];
  for (const [property, words] of Object.entries(vocabularies)) {
    const values = [
      ...(property in properties ? [properties[property]] : []),
      ...(node.varianten ?? []).filter(({ eigenschap }) => eigenschap === property).map(({ waarde }) => waarde),
    ];
    for (const value of values) {
      if (!words.includes(String(value)))
        problems.push(`${property} must be one of ${words.join(', ')}, got ${JSON.stringify(value)}`);
    }
  }
  if (properties.status === undefined) {
    problems.push(`a knelpunt states its status (${defaultBottleneckStatus} when no text says anything about it)`);
  } else if (properties.status !== defaultBottleneckStatus) {
    const ground = properties.statusGrond;
    const quotes = node.bronnen.map(({ citaat }) => normalizeWhitespace(citaat));
    if (typeof ground !== 'string') {
      problems.push(`status ${String(properties.status)} needs statusGrond, the words of the text it rests on`);
    } else if (!quotes.some((quote) => quote.includes(normalizeWhitespace(ground)))) {
      problems.push(`statusGrond "${ground}" is not in any of the knelpunt's quotes`);
    }
  }
  for (const flag of ['eventueel', 'voorbeeld']) {
    if (flag in properties && properties[flag] !== true) problems.push(`${flag} is true when given`);
  }
  return problems;
}
