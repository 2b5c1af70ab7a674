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
