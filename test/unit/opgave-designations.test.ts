import { describe, expect, it } from 'vitest';
import { hasDesignations, namesOpgave } from '../../src/graph/opgave-designations.js';

describe('naming an opgave', () => {
  it('counts a designation standing as words of its own, whatever the case', () => {
    expect(namesOpgave("zie ook 'goed openbaar bestuur'", 'opgave:goed-openbaar-bestuur')).toBe(true);
    expect(namesOpgave('Samen aan de slag voor klimaat gaat over', 'opgave:klimaat')).toBe(true);
    expect(namesOpgave('leefbaarheid, klimaat en/of breedband', 'opgave:klimaat')).toBe(true);
    expect(namesOpgave('Passende Financiële Verhoudingen', 'opgave:financiele-verhoudingen')).toBe(true);
  });

  it('does not count a designation inside a compound, closed or hyphenated', () => {
    // 003 r. 479 names three themes of the climate opgave, not the opgave.
    expect(namesOpgave('De energietransitie, klimaatadaptatie en circulaire economie', 'opgave:klimaat')).toBe(false);
    expect(namesOpgave('De opgaven binnen klimaat- en energie', 'opgave:klimaat')).toBe(false);
    expect(namesOpgave('een klimaat-neutrale regio', 'opgave:klimaat')).toBe(false);
    expect(namesOpgave('de woonwijk', 'opgave:wonen')).toBe(false);
    expect(namesOpgave('arbeidsmigratie', 'opgave:migratie')).toBe(false);
  });

  it('knows the ten opgaven of the programme and names no other', () => {
    expect(hasDesignations('opgave:schulden')).toBe(true);
    expect(hasDesignations('opgave:bestaat-niet')).toBe(false);
    expect(namesOpgave('klimaat', 'opgave:bestaat-niet')).toBe(false);
  });
});
