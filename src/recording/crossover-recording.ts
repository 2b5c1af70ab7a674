import { badUserInput } from '../errors.js';
import type { EntityRecord, RelationRecord } from '../graph/entity.js';
import type { NodeLabel } from '../graph/model.js';
import type { Outcome, Work } from './recorder.js';
import { crossoverEdit, crossoverInput, parseInput } from './recording-input.js';
import {
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

/** The kinds of area a crossover can be about (`BETREFT`). */
const areaKinds: readonly NodeLabel[] = ['Regio', 'Provincie', 'Gemeente'];

/** `crossoverVastleggen`: a new crossover, its `VERBINDT` and `BETREFT` relations, all with the same sources. */
export async function recordCrossover(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(crossoverInput, invoer, 'invoer');
  const regios = input.regios ?? [];
  const found = await work.store.lockNodes([...input.opgaven, ...regios, ...citedDocuments(input.bronnen)]);
  input.opgaven.forEach((id, index) => requireNode(found, id, `invoer.opgaven[${index}]`, ['Opgave']));
  regios.forEach((id, index) => requireNode(found, id, `invoer.regios[${index}]`, areaKinds));
  checkSources(input.bronnen, found, work, 'invoer.bronnen');
  await refuseDuplicate(work, input.opgaven, input.onderwerp);

  const id = await newId(work, 'crossover', input.onderwerp);
  const properties = newNodeProperties(work, {
    id,
    naam: input.onderwerp,
    beschrijving: input.toelichting,
    bronnen: input.bronnen,
  });
  await work.store.createNode('Crossover', properties);
  const relations = [
    ...input.opgaven.map((opgave) => relationOf(work, id, 'VERBINDT', opgave, input.bronnen)),
    ...regios.map((regio) => relationOf(work, id, 'BETREFT', regio, input.bronnen)),
  ];
  for (const relation of relations)
    await work.store.createRelation(relation.van, relation.type, relation.naar, relation.properties);
  return {
    soort: 'VASTGELEGD',
    onderwerp: id,
    knooppunten: [id, ...input.opgaven, ...regios],
    voor: null,
    na: nodeSnapshot('Crossover', properties, relations),
  };
}

/** `crossoverBewerken`: changes topic, explanation, sources, opgaven or regions of a recorded crossover. */
export async function editCrossover(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(crossoverEdit, invoer, 'invoer');
  if (
    [input.onderwerp, input.toelichting, input.opgaven, input.regios, input.bronnen].every((value) => value == null)
  ) {
    throw badUserInput('invoer', 'noemt niets om te wijzigen');
  }
  const found = await work.store.lockNodes([
    input.id,
    ...(input.opgaven ?? []),
    ...(input.regios ?? []),
    ...citedDocuments(input.bronnen),
  ]);
  const crossover = requireRecordedNode(found, input.id, 'invoer.id', ['Crossover']);
  requireVersion(crossover, input.versie, 'invoer.versie');
  (input.opgaven ?? []).forEach((id, index) => requireNode(found, id, `invoer.opgaven[${index}]`, ['Opgave']));
  (input.regios ?? []).forEach((id, index) => requireNode(found, id, `invoer.regios[${index}]`, areaKinds));
  if (input.bronnen) checkSources(input.bronnen, found, work, 'invoer.bronnen');

  const before = await work.store.recordedRelationsOf(crossover.id);
  const joined = (type: string) => before.filter((relation) => relation.type === type && relation.van === crossover.id);
  const opgaven = input.opgaven ?? joined('VERBINDT').map((relation) => relation.naar);
  const onderwerp = input.onderwerp ?? String(crossover.properties.naam);
  if (input.opgaven || input.onderwerp) await refuseDuplicate(work, opgaven, onderwerp, crossover.id);

  const sources = input.bronnen ?? null;
  const changes: Record<string, unknown> = {
    naam: onderwerp,
    ...(input.toelichting != null && { beschrijving: input.toelichting || null }),
    ...(sources && recordedSourceProperties(sources)),
    ...editProperties(work, crossover),
  };
  await work.store.updateNode(crossover.id, changes);
  await replaceRelations(work, crossover, 'VERBINDT', joined('VERBINDT'), opgaven, sources);
  await replaceRelations(
    work,
    crossover,
    'BETREFT',
    joined('BETREFT'),
    input.regios ?? joined('BETREFT').map((r) => r.naar),
    sources,
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

/** Retracts the relations to ids no longer wanted, adds the new ones, and gives the rest new sources if asked. */
async function replaceRelations(
  work: Work,
  crossover: EntityRecord,
  type: 'VERBINDT' | 'BETREFT',
  current: readonly RelationRecord[],
  wanted: readonly string[],
  sources: readonly SourceInput[] | null,
): Promise<void> {
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
    } else if (sources) {
      await work.store.updateRelation(relation, {
        ...recordedSourceProperties(sources),
        ...editProperties(work, relation),
      });
    }
  }
  const relationSources = sources ?? storedSources(crossover);
  for (const naar of added) {
    const relation = relationOf(work, crossover.id, type, naar, relationSources);
    await work.store.createRelation(relation.van, relation.type, relation.naar, relation.properties);
  }
}

function relationOf(
  work: Work,
  van: string,
  type: 'VERBINDT' | 'BETREFT',
  naar: string,
  sources: readonly SourceInput[],
): RelationRecord {
  return {
    type,
    van,
    naar,
    properties: {
      sleutel: relationKey(van, type, naar),
      ...recordedSourceProperties(sources),
      ...newFactProperties(work),
    },
  };
}
