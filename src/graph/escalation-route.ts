import type { EntityRecord, RelationRecord } from './entity.js';

/**
 * The route of a knelpunt (bottleneck) along bodies: where it starts, and where each body puts what
 * it cannot settle on the agenda next (`ESCALEERT_NAAR`). The repository reads the starts and the
 * escalations reachable from them; `escalationRoute` orders them into steps.
 */

/** A body where a knelpunt starts, with the relations that bring it there. */
export interface RouteStart {
  body: EntityRecord;
  /** `BEHANDELD_IN` from the knelpunt, or `KNELPUNT_BIJ` to an opgave with the `STUURT` of this body. */
  via: readonly RelationRecord[];
}

/** An `ESCALEERT_NAAR` relation and the body it leads to. */
export interface Escalation {
  relation: RelationRecord;
  to: EntityRecord;
}

/** A body on the route, its step (1 for where the knelpunt starts) and the relations that bring it there. */
export interface RouteStep {
  step: number;
  body: EntityRecord;
  via: RelationRecord[];
}

/**
 * The route in steps: step 1 holds every body where the knelpunt starts; step n + 1 every body that a
 * body of step n escalates to and that is not on the route yet, with those escalations as `via`. A
 * body appears once, at its first step, so a cycle of escalations ends the route. Within a step,
 * bodies go by name.
 */
export function escalationRoute(starts: readonly RouteStart[], escalations: readonly Escalation[]): RouteStep[] {
  const placed = new Map<string, RouteStep>();
  let current = byName(merge(starts.map(({ body, via }) => ({ step: 1, body, via: [...via] }))));
  while (current.length > 0) {
    for (const step of current) placed.set(step.body.id, step);
    const next = escalations
      .filter(({ relation, to }) => !placed.has(to.id) && current.some((step) => step.body.id === relation.van))
      .map(({ relation, to }) => ({ step: current[0]!.step + 1, body: to, via: [relation] }));
    current = byName(merge(next));
  }
  return [...placed.values()];
}

/** One step per body, with the relations of all its entries and none twice. */
function merge(steps: readonly RouteStep[]): RouteStep[] {
  const merged = new Map<string, RouteStep>();
  for (const step of steps) {
    const existing = merged.get(step.body.id);
    if (!existing) merged.set(step.body.id, { ...step, via: unique(step.via) });
    else existing.via = unique([...existing.via, ...step.via]);
  }
  return [...merged.values()];
}

function unique(relations: readonly RelationRecord[]): RelationRecord[] {
  const seen = new Map<string, RelationRecord>();
  for (const relation of relations) seen.set(relationIdentity(relation), relation);
  return [...seen.values()];
}

/** Seeded relations of the same ends and type differ by their key (`sleutel`): properties that differ. */
function relationIdentity(relation: RelationRecord): string {
  return [relation.type, relation.van, relation.naar, String(relation.properties.sleutel ?? '')].join('>');
}

function byName(steps: RouteStep[]): RouteStep[] {
  const name = (step: RouteStep) => String(step.body.properties.naam ?? step.body.id).toLowerCase();
  return steps.sort((a, b) => name(a).localeCompare(name(b)) || a.body.id.localeCompare(b.body.id));
}
