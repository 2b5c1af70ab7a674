import { describe, expect, it } from 'vitest';
import { adamicAdarWeight, rankCandidates, type NeighbourLink } from '../../src/graph/crossover-candidates.js';
import type { EntityRecord, RelationRecord } from '../../src/graph/entity.js';
import type { NodeLabel } from '../../src/graph/model.js';

const node = (id: string, label: NodeLabel): EntityRecord => ({ id, label, properties: { id, naam: id } });
const relation = (van: string, naar: string, type: RelationRecord['type'] = 'BETROKKEN_BIJ'): RelationRecord => ({
  type,
  van,
  naar,
  properties: {},
});
/** opgave — neighbour, directly. */
const direct = (opgave: string, neighbour: EntityRecord, degree: number): NeighbourLink => ({
  opgave,
  neighbour,
  degree,
  via: [relation(opgave, neighbour.id, 'SPEELT_IN')],
});
/** opgave ← theme — neighbour. */
const throughTheme = (opgave: string, theme: string, neighbour: EntityRecord, degree: number): NeighbourLink => ({
  opgave,
  neighbour,
  degree,
  via: [relation(theme, opgave, 'THEMA_VAN'), relation(neighbour.id, theme, 'INSTRUMENT_VOOR')],
});

/** opgave → area ← knelpunt. */
const throughArea = (opgave: string, area: string, knelpunt: EntityRecord, degree: number): NeighbourLink => ({
  opgave,
  neighbour: knelpunt,
  degree,
  via: [relation(opgave, area, 'SPEELT_IN'), relation(knelpunt.id, area, 'KNELPUNT_BIJ')],
});

const smallRegion = node('regio:klein', 'Regio');
const ministry = node('ministerie:overal', 'Ministerie');
const none = { declared: new Map<string, string[]>(), includeDeclared: false, limit: 10 };

describe('Adamic-Adar weight', () => {
  it('weighs a rare neighbour more than a hub', () => {
    expect(adamicAdarWeight(3)).toBeGreaterThan(adamicAdarWeight(40));
    expect(adamicAdarWeight(Math.E ** 2)).toBeCloseTo(0.5);
  });
});

describe('rankCandidates', () => {
  it('ranks a pair sharing a small region above a pair sharing only a busy ministry', () => {
    const ranked = rankCandidates(
      [
        direct('opgave:a', smallRegion, 3),
        direct('opgave:b', smallRegion, 3),
        direct('opgave:c', ministry, 40),
        direct('opgave:d', ministry, 40),
      ],
      none,
    );
    expect(ranked.map((candidate) => candidate.opgaven)).toEqual([
      ['opgave:a', 'opgave:b'],
      ['opgave:c', 'opgave:d'],
    ]);
    expect(ranked[0]?.evidence[0]).toMatchObject({ shared: smallRegion, degree: 3, weight: adamicAdarWeight(3) });
  });

  it('adds up every shared neighbour and lists the heaviest evidence first', () => {
    const [candidate] = rankCandidates(
      [
        direct('opgave:a', smallRegion, 3),
        direct('opgave:b', smallRegion, 3),
        direct('opgave:a', ministry, 40),
        direct('opgave:b', ministry, 40),
      ],
      none,
    );
    expect(candidate?.score).toBeCloseTo(adamicAdarWeight(3) + adamicAdarWeight(40));
    expect(candidate?.evidence.map((evidence) => evidence.shared.id)).toEqual(['regio:klein', 'ministerie:overal']);
  });

  it('leaves out pairs with a declared crossover unless asked, and then marks them', () => {
    const links = [direct('opgave:a', smallRegion, 3), direct('opgave:b', smallRegion, 3)];
    const declared = new Map([['opgave:a|opgave:b', ['crossover:ab']]]);
    expect(rankCandidates(links, { ...none, declared })).toEqual([]);
    expect(rankCandidates(links, { ...none, declared, includeDeclared: true })[0]?.declared).toEqual(['crossover:ab']);
  });

  it('keeps only pairs with the chosen opgave, or pairs that both reach into the area', () => {
    const links = [
      direct('opgave:a', smallRegion, 3),
      direct('opgave:b', smallRegion, 3),
      direct('opgave:b', ministry, 40),
      direct('opgave:c', ministry, 40),
    ];
    expect(rankCandidates(links, { ...none, opgave: 'opgave:c' }).map((c) => c.opgaven)).toEqual([
      ['opgave:b', 'opgave:c'],
    ]);
    expect(rankCandidates(links, { ...none, area: new Set(['regio:klein']) }).map((c) => c.opgaven)).toEqual([
      ['opgave:a', 'opgave:b'],
    ]);
  });

  it('does not count twice what hangs off a theme both opgaven share', () => {
    const theme = node('thema:gedeeld', 'Thema');
    const instrument = node('instrument:aan-thema', 'Instrument');
    const [candidate] = rankCandidates(
      [
        { opgave: 'opgave:a', neighbour: theme, degree: 3, via: [relation('thema:gedeeld', 'opgave:a', 'THEMA_VAN')] },
        { opgave: 'opgave:b', neighbour: theme, degree: 3, via: [relation('thema:gedeeld', 'opgave:b', 'THEMA_VAN')] },
        throughTheme('opgave:a', 'thema:gedeeld', instrument, 1),
        throughTheme('opgave:b', 'thema:gedeeld', instrument, 1),
      ],
      none,
    );
    expect(candidate?.evidence.map((evidence) => evidence.shared.id)).toEqual(['thema:gedeeld']);
  });

  it('counts a knelpunt two opgaven reach through two different areas, but not one of an area both play in', () => {
    const joining = node('knelpunt:in-twee-gebieden', 'Knelpunt');
    const local = node('knelpunt:in-een-gebied', 'Knelpunt');
    const area = node('regio:gedeeld', 'Regio');
    const [candidate] = rankCandidates(
      [
        throughArea('opgave:a', 'regio:noord', joining, 2),
        throughArea('opgave:b', 'regio:zuid', joining, 2),
        direct('opgave:a', area, 3),
        direct('opgave:b', area, 3),
        throughArea('opgave:a', 'regio:gedeeld', local, 1),
        throughArea('opgave:b', 'regio:gedeeld', local, 1),
      ],
      none,
    );
    expect(candidate?.evidence.map((evidence) => evidence.shared.id)).toEqual([
      'knelpunt:in-twee-gebieden',
      'regio:gedeeld',
    ]);
    expect(candidate?.score).toBeCloseTo(adamicAdarWeight(2) + adamicAdarWeight(3), 12);
  });

  it('counts a knelpunt one opgave concerns directly and the other reaches through an area', () => {
    const knelpunt = node('knelpunt:bij-opgave-en-gebied', 'Knelpunt');
    const [candidate] = rankCandidates(
      [direct('opgave:a', knelpunt, 2), throughArea('opgave:b', 'regio:zuid', knelpunt, 2)],
      none,
    );
    expect(candidate?.opgaven).toEqual(['opgave:a', 'opgave:b']);
    expect(candidate?.evidence[0]?.links.map((link) => link.via.length)).toEqual([1, 2]);
  });

  it('returns at most `limit` candidates', () => {
    const links = ['a', 'b', 'c', 'd'].map((letter) => direct(`opgave:${letter}`, smallRegion, 5));
    expect(rankCandidates(links, { ...none, limit: 2 })).toHaveLength(2);
  });
});
