import { describe, expect, it } from 'vitest';
import { buildPassageQuery, markFound, searchWords } from '../../src/graph/passage-search.js';

describe('searching the passages', () => {
  it('takes the words of the search text, lower-cased', () => {
    expect(searchWords('  Vakantieparken en (REKS)! ')).toEqual(['vakantieparken', 'en', 'reks']);
  });

  it('refuses an empty, too long or wordless search text, naming tekst', () => {
    expect(() => searchWords('  ')).toThrow(/^tekst: moet 1 tot 200 tekens/);
    expect(() => searchWords('x'.repeat(201))).toThrow(/^tekst:/);
    expect(() => searchWords('?!')).toThrow(/^tekst: moet minstens één letter/);
  });

  it('escapes what Lucene would read as syntax', () => {
    expect(buildPassageQuery(['a-b'])).toBe('a\\-b');
    expect(buildPassageQuery(['klimaat', 'en'])).toBe('(klimaat^3 OR klimaat*) OR en');
  });

  it('marks every form of a search word, as the Dutch stemmer sees them', () => {
    expect(markFound('De aanpak van het vakantiepark en vakantieparken.', ['vakantieparken'])).toBe(
      'De aanpak van het «vakantiepark» en «vakantieparken».',
    );
    expect(markFound('Woningen en een woning', ['woning'])).toBe('«Woningen» en een «woning»');
  });

  it('marks words that start with a search word of four letters or more', () => {
    expect(markFound('klimaatadaptatie en klimaat', ['kli'])).toBe('klimaatadaptatie en klimaat');
    expect(markFound('klimaatadaptatie en klimaat', ['klim'])).toBe('«klimaatadaptatie» en «klimaat»');
  });
});
