/**
 * Words of the controlled vocabularies are stored in lower case with hyphens (`in-behandeling`); the
 * SDL's enums hold them in upper case with underscores (`IN_BEHANDELING`).
 */

/** The GraphQL enum value that stands for a stored word: `wet-en-regelgeving` → `WET_EN_REGELGEVING`. */
export function enumValueOf(word: string): string {
  return word.toUpperCase().replaceAll('-', '_');
}

/** The stored word an enum value stands for: `WET_EN_REGELGEVING` → `wet-en-regelgeving`. */
export function wordOf(value: string): string {
  return value.toLowerCase().replaceAll('_', '-');
}

/** Stored words that say too little alone, with the phrase a reader expects (`deels` of a milestone's status). */
const phrases: Record<string, string> = { deels: 'deels bereikt' };

/**
 * A stored word as a reader of a memo reads it: `in-behandeling` → `in behandeling`, `deels` → `deels
 * bereikt`. Every text the service writes for people (the progress report) prints vocabulary words through
 * this one function.
 */
export function readableWord(word: string): string {
  return phrases[word] ?? word.replaceAll('-', ' ');
}
