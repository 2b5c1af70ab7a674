import { describe, expect, it } from 'vitest';
import { escalationRoute, type Escalation, type RouteStart } from '../../src/graph/escalation-route.js';
import type { EntityRecord, RelationRecord } from '../../src/graph/entity.js';
import type { RelationType } from '../../src/graph/model.js';

const body = (id: string, naam = id): EntityRecord => ({ id, label: 'Overleg', properties: { id, naam } });
const relation = (type: RelationType, van: string, naar: string, sleutel?: string): RelationRecord => ({
  type,
  van,
  naar,
  properties: sleutel ? { sleutel } : {},
});
const escalation = (van: string, naar: string, naam = naar): Escalation => ({
  relation: relation('ESCALEERT_NAAR', van, naar),
  to: body(naar, naam),
});
const steps = (route: ReturnType<typeof escalationRoute>) => route.map(({ step, body: { id } }) => [step, id]);

describe('the route of a knelpunt', () => {
  const perOpgave: RouteStart = {
    body: body('overleg:per-opgave', 'stuurgroep per opgave'),
    via: [relation('KNELPUNT_BIJ', 'knelpunt:k', 'opgave:o'), relation('STUURT', 'overleg:per-opgave', 'opgave:o')],
  };
  const chain = [
    escalation('overleg:per-opgave', 'overleg:ibp', 'stuurgroep IBP+'),
    escalation('overleg:ibp', 'overleg:regietafel', 'regietafel'),
  ];

  it('starts at the bodies that handle it and climbs the escalations one step at a time', () => {
    const route = escalationRoute([perOpgave], chain);
    expect(steps(route)).toEqual([
      [1, 'overleg:per-opgave'],
      [2, 'overleg:ibp'],
      [3, 'overleg:regietafel'],
    ]);
    expect(route[0]!.via).toEqual(perOpgave.via);
    expect(route[2]!.via).toEqual([chain[1]!.relation]);
  });

  it('is empty when it starts nowhere, whatever escalations there are', () => {
    expect(escalationRoute([], chain)).toEqual([]);
  });

  it('ignores escalations that do not leave a body on the route', () => {
    const elsewhere = escalation('overleg:elders', 'overleg:ergens');
    expect(steps(escalationRoute([perOpgave], [elsewhere, ...chain]))).not.toContainEqual([2, 'overleg:ergens']);
  });

  it('puts a body once, at its first step, with every relation that brings it there from the step before', () => {
    const directeuren: RouteStart = {
      body: body('overleg:b', 'b'),
      via: [relation('STUURT', 'overleg:b', 'opgave:o')],
    };
    const regietafel: RouteStart = { body: body('overleg:a', 'a'), via: [relation('STUURT', 'overleg:a', 'opgave:o')] };
    const route = escalationRoute(
      [directeuren, regietafel],
      [
        escalation('overleg:a', 'overleg:ibp'),
        escalation('overleg:b', 'overleg:ibp'),
        escalation('overleg:ibp', 'overleg:a'),
      ],
    );
    expect(steps(route)).toEqual([
      [1, 'overleg:a'],
      [1, 'overleg:b'],
      [2, 'overleg:ibp'],
    ]);
    expect(route[2]!.via.map(({ van }) => van)).toEqual(['overleg:a', 'overleg:b']);
  });

  it('merges two ways into the same starting body, keeping each relation once', () => {
    const viaOtherOpgave: RouteStart = {
      body: perOpgave.body,
      via: [relation('KNELPUNT_BIJ', 'knelpunt:k', 'opgave:p'), relation('STUURT', 'overleg:per-opgave', 'opgave:p')],
    };
    const route = escalationRoute([perOpgave, viaOtherOpgave, perOpgave], chain);
    expect(steps(route)[0]).toEqual([1, 'overleg:per-opgave']);
    expect(route[0]!.via.map(({ naar }) => naar)).toEqual(['opgave:o', 'opgave:o', 'opgave:p', 'opgave:p']);
  });

  it('keeps relations of the same ends and type apart when their keys differ', () => {
    const twice: RouteStart = {
      body: body('overleg:x'),
      via: [
        relation('BEHANDELD_IN', 'knelpunt:k', 'overleg:x', 'a'),
        relation('BEHANDELD_IN', 'knelpunt:k', 'overleg:x', 'b'),
      ],
    };
    expect(escalationRoute([twice], [])[0]!.via).toHaveLength(2);
  });

  it('orders the bodies of a step by name', () => {
    const starts = ['Zeta', 'alfa', 'Beta'].map((naam) => ({
      body: body(`overleg:${naam.toLowerCase()}`, naam),
      via: [],
    }));
    expect(escalationRoute(starts, []).map(({ body: { properties } }) => properties.naam)).toEqual([
      'alfa',
      'Beta',
      'Zeta',
    ]);
  });
});
