import { normalizeWhitespace } from './provenance.js';
import { relationKey } from './seed-rows.js';
import type { SeedRelation } from './seed-schema.js';

/**
 * A quote should carry the words that make its own relation true. When many relations cite the
 * same quote, it is usually a generic sentence whose list or heading names the items elsewhere
 * (seeds/MODEL.md, "Citaten die meer relaties delen"). At most this many relations may share one
 * main quote (same document, same words) unless each of their sources says why, in `gedeeld`.
 */
export const maxRelationsPerQuote = 3;

/** One main quote that more than `maxRelationsPerQuote` relations cite. */
export interface SharedQuote {
  document: string;
  citaat: string;
  /** The relations citing it (`van TYPE naar`), in file order. */
  relations: string[];
  /** Those whose source does not say why it is shared. */
  unmarked: string[];
}

/** Every main quote that more than `maxRelationsPerQuote` different relations cite, most shared first. */
export function sharedQuotes(relations: readonly SeedRelation[]): SharedQuote[] {
  return [...quoteUses(relations).values()]
    .filter((use) => use.relations.size > maxRelationsPerQuote)
    .map((use) => ({
      document: use.document,
      citaat: use.citaat,
      relations: [...use.relations.values()],
      unmarked: [...use.unmarked.values()],
    }))
    .sort((a, b) => b.relations.length - a.relations.length);
}

/**
 * What is wrong with how the relations share quotes: a quote shared by too many relations where
 * some source does not mark it `gedeeld`, and a `gedeeld` mark on a quote that is not shared by
 * that many (the mark outlived its reason). Empty when all is well.
 */
export function quoteSharingProblems(relations: readonly SeedRelation[]): string[] {
  const problems: string[] = [];
  for (const use of quoteUses(relations).values()) {
    const quote = `"${use.citaat}" (${use.document})`;
    if (use.relations.size > maxRelationsPerQuote && use.unmarked.size > 0) {
      problems.push(
        `${quote} is the quote of ${use.relations.size} relations; give each its own quote or mark every source gedeeld with a reason. Not marked: ${[...use.unmarked.values()].join(', ')}`,
      );
    }
    if (use.relations.size <= maxRelationsPerQuote && use.unmarked.size < use.relations.size) {
      problems.push(
        `${quote} is marked gedeeld but is the quote of only ${use.relations.size} relation(s): ${[...use.relations.values()].join(', ')}`,
      );
    }
  }
  return problems;
}

/** The relations that cite one quote, and those among them whose source is not marked: `van TYPE naar` by the loader's key. */
interface QuoteUse {
  document: string;
  citaat: string;
  relations: Map<string, string>;
  unmarked: Map<string, string>;
}

/** The relations that cite each main quote, keyed by document and whitespace-normalised quote. */
function quoteUses(relations: readonly SeedRelation[]): Map<string, QuoteUse> {
  const uses = new Map<string, QuoteUse>();
  for (const relation of relations) {
    const key = relationKey(relation);
    const name = `${relation.van} ${relation.type} ${relation.naar}`;
    for (const source of relation.bronnen) {
      const citaat = normalizeWhitespace(source.citaat);
      const quoteKey = `${source.document}\n${citaat}`;
      let use = uses.get(quoteKey);
      if (!use) {
        use = { document: source.document, citaat, relations: new Map(), unmarked: new Map() };
        uses.set(quoteKey, use);
      }
      use.relations.set(key, name);
      if (source.gedeeld === undefined) use.unmarked.set(key, name);
    }
  }
  return uses;
}
