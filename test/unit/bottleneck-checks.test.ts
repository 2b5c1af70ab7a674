import { describe, expect, it } from 'vitest';
import { bottleneckProblems } from '../../src/seeds/bottleneck-checks.js';
import type { SeedNode } from '../../src/seeds/seed-schema.js';

const bron = {
  document: 'document:test',
  regels: [1, 1] as [number, number],
  citaat: 'Het Rijk gaat knelpunten oplossen.',
};
const knelpunt = (eigenschappen: SeedNode['eigenschappen'], varianten: SeedNode['varianten'] = []): SeedNode => ({
  id: 'knelpunt:test',
  label: 'Knelpunt',
  naam: 'test',
  eigenschappen,
  varianten,
  bronnen: [bron],
});

describe('the checks of a knelpunt in the seeds', () => {
  it('accept words of the vocabularies and a status that rests on words of a quote', () => {
    expect(
      bottleneckProblems(
        knelpunt({
          soort: 'wet-en-regelgeving',
          schaal: 'regionaal',
          status: 'in-behandeling',
          statusGrond: 'gaat knelpunten oplossen',
        }),
      ),
    ).toEqual([]);
    expect(bottleneckProblems(knelpunt({ status: 'onbekend', eventueel: true }))).toEqual([]);
  });

  it('refuse a kind, scale or status outside the vocabularies, also in a variant', () => {
    const problems = bottleneckProblems(
      knelpunt({ soort: 'juridisch', schaal: 'provinciaal', status: 'onbekend' }, [
        { eigenschap: 'status', waarde: 'afgerond', bron },
      ]),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^soort must be one of wet-en-regelgeving, .*, got "juridisch"$/),
      expect.stringMatching(/^schaal must be one of landelijk, regionaal, lokaal, got "provinciaal"$/),
      expect.stringMatching(/^status must be one of .*, got "afgerond"$/),
    ]);
  });

  it('want a status, and for a known status the words it rests on, standing in a quote', () => {
    expect(bottleneckProblems(knelpunt({ soort: 'fiscaal' }))).toEqual([
      'a knelpunt states its status (onbekend when no text says anything about it)',
    ]);
    expect(bottleneckProblems(knelpunt({ status: 'opgelost' }))).toEqual([
      'status opgelost needs statusGrond, the words of the text it rests on',
    ]);
    expect(bottleneckProblems(knelpunt({ status: 'opgelost', statusGrond: 'is opgelost' }))).toEqual([
      'statusGrond "is opgelost" is not in any of the knelpunt\'s quotes',
    ]);
  });

  it('take eventueel and voorbeeld only as true', () => {
    expect(bottleneckProblems(knelpunt({ status: 'onbekend', eventueel: false, voorbeeld: 'ja' }))).toEqual([
      'eventueel is true when given',
      'voorbeeld is true when given',
    ]);
  });
});
