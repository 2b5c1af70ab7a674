import { describe, expect, it } from 'vitest';
import { buildSearchQuery, escapeLucene } from '../../src/graph/search-query.js';

describe('buildSearchQuery', () => {
  it('looks for each word as itself, as a word start and, from five letters, with a typo', () => {
    expect(buildSearchQuery('klim')).toBe('(klim^4 OR klim*^2)');
    expect(buildSearchQuery('Chemlot')).toBe('(chemlot^4 OR chemlot*^2 OR chemlot~1)');
    expect(buildSearchQuery('woningbouw')).toBe('(woningbouw^4 OR woningbouw*^2 OR woningbouw~2)');
  });

  it('ORs the words, so more matching words rank higher', () => {
    expect(buildSearchQuery('Food Valley')).toBe('(food^4 OR food*^2) OR (valley^4 OR valley*^2 OR valley~1)');
  });

  it('never passes Lucene syntax through: operators and fields in the text are just words', () => {
    expect(buildSearchQuery('naam:(x) OR * AND "y"~2')).toBe(
      '(naam^4 OR naam*^2) OR (x^4 OR x*^2) OR (or^4 OR or*^2) OR (and^4 OR and*^2) OR (y^4 OR y*^2) OR (2^4 OR 2*^2)',
    );
  });

  it('keeps letters with accents', () => {
    expect(buildSearchQuery('Fryslân')).toBe('(fryslân^4 OR fryslân*^2 OR fryslân~1)');
  });

  it('refuses empty, over-long or letterless text, naming the argument', () => {
    expect(() => buildSearchQuery('   ')).toThrow('tekst: must be 1 to 200 characters, got 0');
    expect(() => buildSearchQuery('x'.repeat(201))).toThrow('tekst: must be 1 to 200 characters, got 201');
    expect(() => buildSearchQuery('*** ???')).toThrow('tekst: must contain at least one letter or digit');
  });
});

describe('escapeLucene', () => {
  it('escapes every character the query parser treats as syntax', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^g"h~i*j?k:l\\m/n&o|p')).toBe(
      'a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^g\\"h\\~i\\*j\\?k\\:l\\\\m\\/n\\&o\\|p',
    );
  });
});
