import { badUserInput } from '../errors.js';
import type { EntityRecord, RelationRecord } from '../graph/entity.js';
import { checkMemberSources, memberDocuments, membersOf, newMemberSources, requireNamed } from './crossover-members.js';
import type { Outcome, Work } from './recorder.js';
import { crossoverEdit, crossoverInput, parseInput } from './recording-input.js';
import {
  areaKinds,
  checkSources,
  citedDocuments,
  difference,
  editProperties,
  newFactProperties,
  newId,
  newNodeProperties,
  nodeSnapshot,
  recordedSourceProperties,
  relationKey,
  requireNode,
  requireRecordedNode,
  requireVersion,
  sameName,
  storedSources,
  withChanges,
  type SourceInput,
} from './recorded-facts.js';

/**
 * `crossoverVastleggen`: a new crossover, its `VERBINDT` and `BETREFT` relations. Each `VERBINDT` takes its
 * member's own sources (`leden`), or the crossover's; either way one of its quotes must name the opgave.
 */
export async function recordCrossover(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(crossoverInput, invoer, 'invoer');
  const members = membersOf(input);
  const opgaven = members.map((member) => member.opgave);
  const regios = input.regios ?? [];
  const found = await work.store.lockNodes([
    ...opgaven,
    ...regios,
    ...citedDocuments(input.bronnen),
    ...memberDocuments(members),
  ]);
  members.forEach((member) => requireNode(found, member.opgave, member.field, ['Opgave']));
  const kern = input.leden ? members.find((member) => member.kern)?.opgave : requireKern(input.kern, opgaven);
  regios.forEach((id, index) => requireNode(found, id, `invoer.regios[${index}]`, areaKinds));
  await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  await checkMemberSources(members, found, work);
  requireNamed(members.map((member) => ({ ...member, bronnen: member.bronnen ?? input.bronnen })));
  await refuseDuplicate(work, opgaven, input.onderwerp);

  const id = await newId(work, 'crossover', input.onderwerp);
  const properties = newNodeProperties(work, {
    id,
    naam: input.onderwerp,
    beschrijving: input.toelichting,
    bronnen: input.bronnen,
  });
  await work.store.createNode('Crossover', properties);
  const relations = [
    ...members.map((member) =>
      relationOf(work, id, 'VERBINDT', member.opgave, member.bronnen ?? input.bronnen, memberRole(kern, member.opgave)),
    ),
    ...regios.map((regio) => relationOf(work, id, 'BETREFT', regio, input.bronnen)),
  ];
  for (const relation of relations)
    await work.store.createRelation(relation.van, relation.type, relation.naar, relation.properties);
  return {
    soort: 'VASTGELEGD',
    onderwerp: id,
    knooppunten: [id, ...opgaven, ...regios],
    voor: null,
    na: nodeSnapshot('Crossover', properties, relations),
  };
}

/**
 * `crossoverBewerken`: changes topic, explanation, sources, opgaven or regions of a recorded crossover.
 * Every `VERBINDT` that gets sources (new, or replaced) is held to the same rule as on recording.
 */
export async function editCrossover(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(crossoverEdit, invoer, 'invoer');
  const kernGiven = typeof invoer === 'object' && invoer !== null && 'kern' in invoer;
  if (
    !kernGiven &&
    [input.onderwerp, input.toelichting, input.opgaven, input.leden, input.regios, input.bronnen].every(
      (value) => value == null,
    )
  ) {
    throw badUserInput('invoer', 'noemt niets om te wijzigen');
  }
  const given = input.opgaven || input.leden ? membersOf(input) : null;
  const found = await work.store.lockNodes([
    input.id,
    ...(given ?? []).map((member) => member.opgave),
    ...(input.regios ?? []),
    ...citedDocuments(input.bronnen),
    ...memberDocuments(given ?? []),
  ]);
  const crossover = requireRecordedNode(found, input.id, 'invoer.id', ['Crossover']);
  requireVersion(crossover, input.versie, 'invoer.versie');
  (given ?? []).forEach((member) => requireNode(found, member.opgave, member.field, ['Opgave']));
  (input.regios ?? []).forEach((id, index) => requireNode(found, id, `invoer.regios[${index}]`, areaKinds));
  if (input.bronnen) await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  await checkMemberSources(given ?? [], found, work);

  const before = await work.store.recordedRelationsOf(crossover.id);
  const joined = (type: string) => before.filter((relation) => relation.type === type && relation.van === crossover.id);
  const current = joined('VERBINDT').map((relation) => relation.naar);
  const opgaven = given?.map((member) => member.opgave) ?? current;
  const kern = input.leden
    ? given?.find((member) => member.kern)?.opgave
    : kernGiven
      ? requireKern(input.kern, opgaven)
      : keptKern(joined('VERBINDT'), opgaven);
  const sourcesFor = newMemberSources(given, current, input.bronnen ?? null, storedSources(crossover));
  requireNamed(sourcesFor.checked);
  const onderwerp = input.onderwerp ?? String(crossover.properties.naam);
  if (given || input.onderwerp) await refuseDuplicate(work, opgaven, onderwerp, crossover.id);

  const sources = input.bronnen ?? null;
  const changes: Record<string, unknown> = {
    naam: onderwerp,
    ...(input.toelichting != null && { beschrijving: input.toelichting || null }),
    ...(sources && recordedSourceProperties(sources)),
    ...editProperties(work, crossover),
  };
  await work.store.updateNode(crossover.id, changes);
  await replaceRelations(
    work,
    crossover,
    'VERBINDT',
    joined('VERBINDT'),
    opgaven,
    sourcesFor.of,
    kern,
    sourcesFor.renew,
  );
  await replaceRelations(
    work,
    crossover,
    'BETREFT',
    joined('BETREFT'),
    input.regios ?? joined('BETREFT').map((r) => r.naar),
    () => sources ?? storedSources(crossover),
    undefined,
    sources !== null,
  );

  const after = await work.store.recordedRelationsOf(crossover.id);
  return {
    soort: 'BEWERKT',
    onderwerp: crossover.id,
    knooppunten: [crossover.id, ...before.map((r) => r.naar), ...after.map((r) => r.naar)],
    voor: nodeSnapshot('Crossover', crossover.properties, before),
    na: nodeSnapshot('Crossover', withChanges(crossover.properties, changes), after),
  };
}

/** The same opgaven joined on the same topic is the same crossover, whether from the documents or recorded. */
async function refuseDuplicate(
  work: Work,
  opgaven: readonly string[],
  onderwerp: string,
  self?: string,
): Promise<void> {
  const existing = (await work.store.crossoversJoining([...opgaven].sort())).find(
    (crossover) => crossover.id !== self && sameName(crossover.naam, onderwerp),
  );
  if (existing) {
    throw badUserInput(
      'invoer.onderwerp',
      `deze crossover bestaat al als ${existing.id} (dezelfde opgaven, hetzelfde onderwerp)`,
    );
  }
}

/**
 * The kern must be one of the crossover's opgaven: a star speaks from one of its members.
 * A kern is kept on the relations as the seeds keep it (`rol` and `rolSoort`), so the partner
 * rule reads recorded and seeded crossovers alike.
 */
function requireKern(kern: string | null | undefined, opgaven: readonly string[]): string | undefined {
  if (kern == null) return undefined;
  if (!opgaven.includes(kern))
    throw badUserInput('invoer.kern', `moet een van de opgaven van de crossover zijn, niet ${kern}`);
  return kern;
}

/** On an edit that does not name a kern: the kern stays, unless its opgave left the crossover. */
function keptKern(current: readonly RelationRecord[], opgaven: readonly string[]): string | undefined {
  const kern = current.find((relation) => relation.properties.rol === 'kern')?.naar;
  return kern !== undefined && opgaven.includes(kern) ? kern : undefined;
}

/** The role properties of a member's VERBINDT: none without a kern, else kern or verbonden. */
function memberRole(kern: string | undefined, opgave: string): Record<string, string> {
  if (kern === undefined) return {};
  const rol = opgave === kern ? 'kern' : 'verbonden';
  return { rol, rolSoort: rol };
}

/**
 * Retracts the relations to ids no longer wanted, adds the new ones with `sourcesFor(naar)`, and gives a
 * kept one new sources where `renew(naar)` says so; for VERBINDT, each kept relation gets the member
 * role the kern now gives it.
 */
async function replaceRelations(
  work: Work,
  crossover: EntityRecord,
  type: 'VERBINDT' | 'BETREFT',
  current: readonly RelationRecord[],
  wanted: readonly string[],
  sourcesFor: (naar: string) => readonly SourceInput[],
  kern?: string,
  renew: boolean | ((naar: string) => boolean) = (naar) => !current.some((relation) => relation.naar === naar),
): Promise<void> {
  const renewed = typeof renew === 'function' ? renew : () => renew;
  const { removed, added } = difference(
    current.map((relation) => relation.naar),
    wanted,
  );
  for (const relation of current) {
    if (removed.includes(relation.naar)) {
      await work.store.retractRelation(relation, {
        ingetrokkenOp: work.now,
        ingetrokkenDoor: work.author.id,
        reden: 'crossover bewerkt',
      });
    } else {
      const role = type === 'VERBINDT' ? roleChange(relation, kern) : {};
      const sources = renewed(relation.naar) ? sourcesFor(relation.naar) : null;
      if (!sources && Object.keys(role).length === 0) continue;
      await work.store.updateRelation(relation, {
        ...(sources && recordedSourceProperties(sources)),
        ...role,
        ...editProperties(work, relation),
      });
    }
  }
  for (const naar of added) {
    const role = type === 'VERBINDT' ? memberRole(kern, naar) : {};
    const relation = relationOf(work, crossover.id, type, naar, sourcesFor(naar), role);
    await work.store.createRelation(relation.van, relation.type, relation.naar, relation.properties);
  }
}

/** The role properties to write on a kept VERBINDT when its role changes; `null` removes them. */
function roleChange(relation: RelationRecord, kern: string | undefined): Record<string, string | null> {
  const wanted = memberRole(kern, relation.naar);
  if (relation.properties.rol === (wanted.rol ?? undefined)) return {};
  return { rol: wanted.rol ?? null, rolSoort: wanted.rolSoort ?? null };
}

function relationOf(
  work: Work,
  van: string,
  type: 'VERBINDT' | 'BETREFT',
  naar: string,
  sources: readonly SourceInput[],
  role: Record<string, string> = {},
): RelationRecord {
  return {
    type,
    van,
    naar,
    properties: {
      sleutel: relationKey(van, type, naar),
      ...role,
      ...recordedSourceProperties(sources),
      ...newFactProperties(work),
    },
  };
}
