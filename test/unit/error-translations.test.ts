import { describe, expect, it } from 'vitest';
import { dutchMessage, translateMessage } from '../../src/error-translations.js';

describe('translateMessage', () => {
  it.each([
    [
      'Variable "$id" of required type "ID!" was not provided.',
      'De variabele $id (type ID!) is verplicht, maar ontbreekt in "variables".',
    ],
    [
      'Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"',
      'De variabele $n heeft een ongeldige waarde: een Int is een geheel getal, niet "x".',
    ],
    [
      'Variable "$invoer" got invalid value { onderwerp: 5 } at "invoer.onderwerp"; String cannot represent a non string value: 5',
      'De variabele $invoer heeft een ongeldige waarde bij "invoer.onderwerp": een String is tekst, niet 5.',
    ],
    ['Unknown operation named "Q".', 'Het document heeft geen operatie met de naam Q (operationName).'],
    ['Syntax Error: Expected Name, found <EOF>.', 'Syntaxfout: verwacht Name, gevonden <EOF>.'],
    ['Query depth limit of 10 exceeded, found 12.', 'De query is 12 niveaus diep; er mogen er hoogstens 10 zijn.'],
  ])('%s', (english, dutch) => {
    expect(translateMessage(english)).toBe(dutch);
  });

  it('keeps graphql-js suggestions, in Dutch', () => {
    expect(translateMessage('Cannot query field "opgavn" on type "Query". Did you mean "opgave" or "opgaven"?')).toBe(
      'Het veld "opgavn" bestaat niet op type Query. Bedoelde je "opgave" of "opgaven"?',
    );
  });

  it('leaves a message it does not know as it is', () => {
    expect(translateMessage('PersistedQueryNotFound')).toBe('PersistedQueryNotFound');
  });
});

describe('dutchMessage', () => {
  it('puts a Dutch prefix, chosen by the code, before a message without a translation', () => {
    expect(dutchMessage('Something new.', 'BAD_REQUEST')).toBe('Het verzoek is niet te verwerken: Something new.');
  });

  it('leaves the persisted-query messages that Apollo Client recognises as they are', () => {
    expect(dutchMessage('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND')).toBe('PersistedQueryNotFound');
  });
});
