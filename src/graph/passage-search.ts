import snowball from 'snowball-stemmers';
import { InputError } from './input-error.js';
import { escapeLucene } from './search-query.js';
import { sourcesOf } from './sources.js';

/**
 * Searching the passages of the texts: the Lucene query for the index with the Dutch analyzer, and
 * the marking of the words found. The index stems ("vakantieparken" finds "vakantiepark"); the
 * marking stems the same way with Snowball's Dutch stemmer, the algorithm of Lucene's analyzer, so
 * the words marked are the forms the index matched.
 */

const maxLength = 200;
const maxTerms = 12;
const stemmer = snowball.newStemmer('dutch');
const wordPattern = /[\p{L}\p{N}]+/gu;

/** The words of a search text, or a Dutch refusal naming `tekst`. */
export function searchWords(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > maxLength) {
    throw new InputError('tekst', `moet 1 tot ${maxLength} tekens lang zijn, niet ${trimmed.length}`);
  }
  const words = (trimmed.toLowerCase().match(wordPattern) ?? []).slice(0, maxTerms);
  if (words.length === 0) throw new InputError('tekst', 'moet minstens één letter of cijfer bevatten');
  return words;
}

/** Each word as itself (analysed: its stem) or as the start of a word; OR-ed, so more words rank higher. */
export function buildPassageQuery(words: readonly string[]): string {
  return words
    .map((word) => {
      const escaped = escapeLucene(word);
      return word.length >= 4 ? `(${escaped}^3 OR ${escaped}*)` : escaped;
    })
    .join(' OR ');
}

/** The text with every word whose stem is a search word's stem, or that starts with a search word, in « ». */
export function markFound(text: string, words: readonly string[]): string {
  const stems = new Set(words.map(stem));
  const prefixes = words.filter((word) => word.length >= 4);
  return text.replace(wordPattern, (word) => {
    const lower = word.toLowerCase();
    const found = stems.has(stem(lower)) || prefixes.some((prefix) => lower.startsWith(prefix));
    return found ? `«${word}»` : word;
  });
}

function stem(word: string): string {
  return stemmer.stem(word.toLowerCase());
}

/** Most facts listed for one passage. */
const maxFactsPerPassage = 25;

/**
 * Those of `facts` with a source that cites lines of the passage's document overlapping the passage
 * (a quote may start before it or run on after it); a source without lines cites none.
 */
export function citingPassage<T extends { properties: Record<string, unknown> }>(
  facts: readonly T[],
  passage: { document: string; regelVan: number; regelTot: number },
): T[] {
  return facts
    .filter((fact) =>
      sourcesOf(fact.properties).some(
        (source) =>
          source.document === passage.document &&
          source.regelVan !== null &&
          source.regelTot !== null &&
          source.regelVan <= passage.regelTot &&
          source.regelTot >= passage.regelVan,
      ),
    )
    .slice(0, maxFactsPerPassage);
}
