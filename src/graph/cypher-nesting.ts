import { tokenize, type Token } from './cypher-guard.js';
import { TooLargeError } from './too-large-error.js';

/**
 * Refuses, with TOO_LARGE on `query`, an analyst's query whose text shows that its answer would
 * nest deeper than `maxDepth`: lists and maps written that deep, or a `reduce` that wraps its
 * accumulator in a new list or map at every step (`reduce(a = [], i IN range(1, 10000) | [a])`),
 * which nests as deep as the list is long. Neo4j 5.26 never answers a value nested a few thousand
 * levels deep (its Bolt encoder overflows its stack), so this is refused before it runs; what
 * the text does not show, the limits on the answer as it arrives still stop (analyst-queries.ts).
 */
export function refuseDeepNesting(query: string, maxDepth: number): void {
  const tokens = tokenize(query);
  const written = writtenDepth(tokens);
  if (written > maxDepth) {
    throw new TooLargeError(
      `de lijsten en maps in deze query zijn ${written} niveaus diep genest; een antwoord mag hoogstens ${maxDepth} niveaus diep zijn`,
      'query',
    );
  }
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || token.text.toLowerCase() !== 'reduce' || !isSymbol(tokens[index + 1], '(')) return;
    const accumulator = wrappedAccumulator(tokens, index + 1);
    if (accumulator === undefined) return;
    throw new TooLargeError(
      `reduce(${accumulator} = ...) zet ${accumulator} bij elke stap in een nieuwe lijst of map, zodat het antwoord ` +
        `zo diep genest raakt als de lijst lang is; een antwoord mag hoogstens ${maxDepth} niveaus diep zijn ` +
        `(voeg elementen toe met ${accumulator} + [x] in plaats van [${accumulator}, x])`,
      'query',
    );
  });
}

/** The deepest nesting of list and map brackets (`[`, `{`) in the text. */
function writtenDepth(tokens: Token[]): number {
  let depth = 0;
  let deepest = 0;
  for (const token of tokens) {
    if (token.kind !== 'symbol') continue;
    if (token.text === '[' || token.text === '{') deepest = Math.max(deepest, ++depth);
    else if (token.text === ']' || token.text === '}') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/**
 * The accumulator of the `reduce(acc = init, x IN list | body)` whose `(` is at `open`, when its
 * body puts the accumulator itself inside a list or map: as an element, a map value or a
 * comprehension's result. Not when it is iterated (`x IN acc`), indexed (`acc[0]`), read
 * (`acc.total`), projected (`acc {.*}`) or passed to a function (`size(acc)`).
 */
function wrappedAccumulator(tokens: Token[], open: number): string | undefined {
  const name = tokens[open + 1];
  if ((name?.kind !== 'word' && name?.kind !== 'quoted') || !isSymbol(tokens[open + 2], '=')) return undefined;
  const groups: string[] = [];
  let inBody = false;
  for (let index = open + 1; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'symbol' && '([{'.includes(token.text)) groups.push(token.text);
    else if (token.kind === 'symbol' && ')]}'.includes(token.text)) {
      if (groups.length === 0) return undefined; // the reduce's own `)`
      groups.pop();
    } else if (token.kind === 'symbol' && token.text === '|' && groups.length === 0) {
      inBody = true;
    } else if (inBody && token.text === name.text && token.kind === name.kind && isWrapped(tokens, index, groups)) {
      return name.text;
    }
  }
  return undefined;
}

function isWrapped(tokens: Token[], index: number, groups: string[]): boolean {
  const innermost = groups.at(-1);
  if (innermost !== '[' && innermost !== '{') return false;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (previous?.kind === 'word' && previous.text.toUpperCase() === 'IN') return false;
  if (isSymbol(previous, '.')) return false;
  return !['[', '.', '{', ':'].some((symbol) => isSymbol(next, symbol));
}

function isSymbol(token: Token | undefined, symbol: string): boolean {
  return token?.kind === 'symbol' && token.text === symbol;
}
