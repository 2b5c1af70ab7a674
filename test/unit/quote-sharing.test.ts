import { beforeAll, describe, expect, it } from 'vitest';
import { maxRelationsPerQuote, quoteSharingProblems, sharedQuotes } from '../../src/seeds/quote-sharing.js';
import { readSeedFiles, type SeedData } from '../../src/seeds/seed-files.js';
import type { SeedRelation } from '../../src/seeds/seed-schema.js';

/*
 * seeds/MODEL.md, "Citaten die meer relaties delen": a main quote is the quote of at most three
 * relations, unless every source that cites it says why it is shared (`gedeeld`).
 */

const generic = 'Een algemene zin die geen van de partijen noemt.';
const relation = (naar: string, citaat = generic, gedeeld?: string, eigenschappen?: Record<string, string>) =>
  ({
    van: 'instrument:x',
    type: 'BETROKKEN_BIJ',
    naar,
    ...(eigenschappen && { eigenschappen }),
    bronnen: [{ document: 'document:a', regels: [1, 1], citaat, ...(gedeeld && { gedeeld }) }],
  }) as SeedRelation;
const relations = (count: number, gedeeld?: string) =>
  Array.from({ length: count }, (_, index) => relation(`organisatie:o${index + 1}`, generic, gedeeld));

describe('counting the relations that share a quote', () => {
  it('allows three relations to share a quote', () => {
    expect(maxRelationsPerQuote).toBe(3);
    expect(sharedQuotes(relations(3))).toEqual([]);
    expect(quoteSharingProblems(relations(3))).toEqual([]);
  });

  it('reports a fourth relation with the same quote, naming every unmarked relation', () => {
    expect(sharedQuotes(relations(4))).toEqual([
      {
        document: 'document:a',
        citaat: generic,
        relations: [1, 2, 3, 4].map((n) => `instrument:x BETROKKEN_BIJ organisatie:o${n}`),
        unmarked: [1, 2, 3, 4].map((n) => `instrument:x BETROKKEN_BIJ organisatie:o${n}`),
      },
    ]);
    const [problem, ...more] = quoteSharingProblems(relations(4));
    expect(more).toEqual([]);
    expect(problem).toBe(
      `"${generic}" (document:a) is the quote of 4 relations; give each its own quote or mark every source gedeeld with a reason. ` +
        `Not marked: ${[1, 2, 3, 4].map((n) => `instrument:x BETROKKEN_BIJ organisatie:o${n}`).join(', ')}`,
    );
  });

  it('counts quotes equal once whitespace is collapsed as the same quote, and other documents apart', () => {
    const spaced = relations(3).concat(relation('organisatie:o4', generic.replace(' ', '  \n')));
    expect(sharedQuotes(spaced)).toHaveLength(1);
    const elsewhere = relations(3).concat({
      ...relation('organisatie:o4'),
      bronnen: [{ document: 'document:b', regels: [1, 1], citaat: generic }],
    });
    expect(sharedQuotes(elsewhere)).toEqual([]);
  });

  it('counts one relation once, however many of its records or sources cite the quote', () => {
    const repeated = [...relations(3), relation('organisatie:o1'), relation('organisatie:o2')];
    expect(sharedQuotes(repeated)).toEqual([]);
  });

  it('counts relations with the same ends but different properties as different relations', () => {
    const claims = [
      ...relations(2),
      relation('organisatie:o3', generic, undefined, { rol: 'partner' }),
      relation('organisatie:o3', generic, undefined, { rol: 'opsteller' }),
    ];
    expect(sharedQuotes(claims)[0]?.relations).toHaveLength(4);
  });

  it('accepts a widely shared quote when every source that cites it says why', () => {
    const marked = relations(6, 'de opsomming zelf is het feit');
    expect(sharedQuotes(marked)[0]?.unmarked).toEqual([]);
    expect(quoteSharingProblems(marked)).toEqual([]);
  });

  it('refuses the group when one source leaves the reason out', () => {
    const partly = [...relations(5, 'de opsomming zelf is het feit'), relation('organisatie:o6')];
    expect(quoteSharingProblems(partly)).toEqual([
      expect.stringMatching(/Not marked: instrument:x BETROKKEN_BIJ organisatie:o6$/),
    ]);
  });

  it('reports a mark on a quote that no more than three relations share', () => {
    expect(quoteSharingProblems(relations(3, 'de opsomming zelf is het feit'))).toEqual([
      expect.stringMatching(
        /^"Een algemene zin.*" \(document:a\) is marked gedeeld but is the quote of only 3 relation\(s\)/,
      ),
    ]);
  });

  it('looks only at the main quote: further ranges (a shared heading) may repeat', () => {
    const withHeading = relations(5).map((item, index) => ({
      ...item,
      bronnen: [
        {
          document: 'document:a',
          regels: [index + 2, index + 2],
          citaat: `Partij ${index + 1} doet mee.`,
          ook: [{ regels: [1, 1], citaat: generic }],
        },
      ],
    })) as SeedRelation[];
    expect(sharedQuotes(withHeading)).toEqual([]);
  });
});

describe('the quotes of the seeded relations', () => {
  let seeds: SeedData;
  beforeAll(async () => {
    seeds = await readSeedFiles();
  });

  it('share a main quote among at most three relations, unless every source marks it gedeeld with a reason', () => {
    expect(quoteSharingProblems(seeds.relations.map(({ record }) => record))).toEqual([]);
  });
});
