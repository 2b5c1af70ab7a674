import { InputError } from './input-error.js';

const maxLength = 200;
const maxTerms = 12;

/**
 * Turns what a person types into a Lucene query for the Dutch full-text index. Each word
 * counts as an abbreviation, as a word of a name, as itself anywhere (analysed, so "woningen"
 * finds "woning"), as the start of a word
 * ("klim" finds "klimaat") and, from five letters on, with a typo or a missing accent
 * ("Chemlot" finds "Chemelot", "financiele" finds "financiële"). Words are OR-ed, so a hit
 * on more words ranks higher. Lucene's syntax characters are escaped, never interpreted.
 */
export function buildSearchQuery(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > maxLength) {
    throw new InputError('tekst', `moet 1 tot ${maxLength} tekens lang zijn, niet ${trimmed.length}`);
  }
  const words = (trimmed.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, maxTerms);
  if (words.length === 0) throw new InputError('tekst', 'moet minstens één letter of cijfer bevatten');
  return words.map(wordClause).join(' OR ');
}

function wordClause(word: string): string {
  const escaped = escapeLucene(word);
  // An exact abbreviation (REKS, IBP) or name word is what a person most likely means.
  const variants = [`afkorting:${escaped}^30`, `naam:${escaped}^6`, `${escaped}^4`, `${escaped}*^2`];
  if (word.length >= 5) variants.push(`${escaped}~${word.length >= 8 ? 2 : 1}`);
  return `(${variants.join(' OR ')})`;
}

/** Backslash before every character Lucene's query parser treats as syntax. */
export function escapeLucene(word: string): string {
  return word.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, (character) => `\\${character}`);
}
