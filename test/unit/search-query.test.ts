import { describe, expect, it } from 'vitest';
import { buildSearchQuery, escapeLucene } from '../../src/graph/search-query.js';

describe('buildSearchQuery', () => {
  const clause = (word: string, fuzzy = '') =>
    `(afkorting:${word}^30 OR naam:${word}^6 OR ${word}^4 OR ${word}*^2${fuzzy ? ` OR ${word}~${fuzzy}` : ''})`;

  it('looks for each word as abbreviation, name word, itself, word start and, from five letters, with a typo', () => {
    expect(buildSearchQuery('klim')).toBe(clause('klim'));
    expect(buildSearchQuery('Chemlot')).toBe(clause('chemlot', '1'));
    expect(buildSearchQuery('woningbouw')).toBe(clause('woningbouw', '2'));
  });

  it('ORs the words, so more matching words rank higher', () => {
    expect(buildSearchQuery('Food Valley')).toBe(`${clause('food')} OR ${clause('valley', '1')}`);
  });

  it('never passes Lucene syntax through: operators and fields in the text are just words', () => {
    expect(buildSearchQuery('naam:(x) OR * AND "y"~2')).toBe(
      ['naam', 'x', 'or', 'and', 'y', '2'].map((word) => clause(word)).join(' OR '),
    );
  });

  it('keeps letters with accents', () => {
    expect(buildSearchQuery('Fryslân')).toBe(clause('fryslân', '1'));
  });

  it('refuses empty, over-long or letterless text, naming the argument', () => {
    expect(() => buildSearchQuery('   ')).toThrow('tekst: moet 1 tot 200 tekens lang zijn, niet 0');
    expect(() => buildSearchQuery('x'.repeat(201))).toThrow('tekst: moet 1 tot 200 tekens lang zijn, niet 201');
    expect(() => buildSearchQuery('*** ???')).toThrow('tekst: moet minstens één letter of cijfer bevatten');
  });
});

describe('escapeLucene', () => {
  it('escapes every character the query parser treats as syntax', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^g"h~i*j?k:l\\m/n&o|p')).toBe(
      'a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^g\\"h\\~i\\*j\\?k\\:l\\\\m\\/n\\&o\\|p',
    );
  });
});
