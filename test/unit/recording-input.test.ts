import { describe, expect, it } from 'vitest';
import {
  crossoverInput,
  documentInput,
  fieldName,
  idempotencyKey,
  parseInput,
  sourceInput,
} from '../../src/recording/recording-input.js';
import { difference, recordedSourceProperties, sameName } from '../../src/recording/recorded-facts.js';
import { sourcesOf } from '../../src/graph/sources.js';

const source = { document: 'document:ibp-programmastart', regelVan: 253, regelTot: 253, citaat: 'inburgering' };
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: Record<string, unknown> };
    return { message, code: extensions.code, argument: extensions.argument };
  }
  throw new Error('expected a refusal');
};

describe('mutation input', () => {
  it('names the field of the first problem, list positions included', () => {
    expect(fieldName('invoer', ['bronnen', 0, 'citaat'])).toBe('invoer.bronnen[0].citaat');
    expect(
      refusal(() =>
        parseInput(
          crossoverInput,
          { onderwerp: 'Iets', opgaven: ['opgave:a', 'Opgave A'], bronnen: [source] },
          'invoer',
        ),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'invoer.opgaven[1]',
      message: 'invoer.opgaven[1]: is geen id van IBP Graph; een id ziet eruit als opgave:klimaat',
    });
  });

  it('trims text and collapses its whitespace before measuring it', () => {
    const parsed = parseInput(
      crossoverInput,
      { onderwerp: '  Wonen \n en   zorg ', opgaven: ['opgave:a', 'opgave:b'], bronnen: [source] },
      'invoer',
    );
    expect(parsed.onderwerp).toBe('Wonen en zorg');
    expect(
      refusal(() =>
        parseInput(
          crossoverInput,
          { onderwerp: '   ab   ', opgaven: ['opgave:a', 'opgave:b'], bronnen: [source] },
          'invoer',
        ),
      ).argument,
    ).toBe('invoer.onderwerp');
  });

  it('wants both lines of a source or neither, in order', () => {
    expect(refusal(() => parseInput(sourceInput, { ...source, regelTot: undefined }, 'bron')).argument).toBe(
      'bron.regelTot',
    );
    expect(refusal(() => parseInput(sourceInput, { ...source, regelVan: 9, regelTot: 3 }, 'bron')).message).toBe(
      'bron.regelTot: mag niet voor regelVan liggen',
    );
    expect(
      parseInput(sourceInput, { document: 'document:x', citaat: 'een citaat', vindplaats: 'p. 4' }, 'bron'),
    ).toMatchObject({ vindplaats: 'p. 4' });
  });

  it('accepts only web addresses and real dates for a new source', () => {
    expect(
      refusal(() => parseInput(documentInput, { naam: 'Brief', url: 'javascript:alert(1)' }, 'invoer')).argument,
    ).toBe('invoer.url');
    expect(
      refusal(() => parseInput(documentInput, { naam: 'Brief', url: 'file:///etc/passwd' }, 'invoer')).argument,
    ).toBe('invoer.url');
    expect(refusal(() => parseInput(documentInput, { naam: 'Brief', datum: '2019-13-45' }, 'invoer')).argument).toBe(
      'invoer.datum',
    );
    expect(
      parseInput(documentInput, { naam: 'Brief', url: 'https://example.org/a', datum: '2019-06-14' }, 'invoer'),
    ).toMatchObject({ datum: '2019-06-14' });
  });

  it('takes idempotency keys of 8 to 100 plain characters', () => {
    expect(idempotencyKey.safeParse('abc-123_XYZ').success).toBe(true);
    expect(idempotencyKey.safeParse('short').success).toBe(false);
    expect(idempotencyKey.safeParse('with spaces in it').success).toBe(false);
    expect(idempotencyKey.safeParse('x'.repeat(101)).success).toBe(false);
  });
});

describe('recorded facts', () => {
  it('treats names as the same regardless of case, accents, punctuation and spacing', () => {
    expect(sameName('Klimaatadaptatie en wonen', 'klimaatadaptatie  en Wonen!')).toBe(true);
    expect(sameName('Zuidoost-Drenthe', 'zuidoost drenthe')).toBe(true);
    expect(sameName('Financiële verhoudingen', 'financiele verhoudingen')).toBe(true);
    expect(sameName('Wonen', 'Wonen en zorg')).toBe(false);
  });

  it('stores a source without lines as line 0, and reads it back as no lines', () => {
    const stored = recordedSourceProperties([
      { document: 'document:brief', citaat: 'een zin', vindplaats: 'p. 2', regelVan: null, regelTot: null },
    ]);
    expect(stored).toEqual({
      bronDocument: ['document:brief'],
      bronRegelVan: [0],
      bronRegelTot: [0],
      bronCitaat: ['een zin'],
      bronVindplaats: ['p. 2'],
    });
    expect(sourcesOf(stored)).toEqual([
      { document: 'document:brief', regelVan: null, regelTot: null, citaat: 'een zin', vindplaats: 'p. 2' },
    ]);
  });

  it('splits an old and a new list into what goes and what comes', () => {
    expect(difference(['a', 'b', 'c'], ['c', 'd'])).toEqual({ removed: ['a', 'b'], added: ['d'] });
  });
});
