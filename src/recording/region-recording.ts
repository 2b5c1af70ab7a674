import { badUserInput } from '../errors.js';
import type { Outcome, Work } from './recorder.js';
import { parseInput, regionEdit, regionInput } from './recording-input.js';
import { addLink } from './link-recording.js';
import {
  checkSources,
  citedDocuments,
  difference,
  editProperties,
  newId,
  newNodeProperties,
  nodeSnapshot,
  recordedSourceProperties,
  refuseSameName,
  requireNodes,
  requireRecordedNode,
  requireVersion,
  retractionProperties,
  storedSources,
  withChanges,
} from './recorded-facts.js';

/** What a region can lie in. */
const regionParents = ['Provincie', 'Regio'] as const;

/** `regioToevoegen`: a new region, with `LIGT_IN` links to the provinces or regions it lies in. */
export async function recordRegion(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(regionInput, invoer, 'invoer');
  const ligtIn = input.ligtIn ?? [];
  const found = await work.store.lockNodes([...ligtIn, ...citedDocuments(input.bronnen)]);
  requireNodes(found, ligtIn, 'invoer.ligtIn', regionParents);
  await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  await refuseSameName(work, 'Regio', 'een regio', input.naam);

  const id = await newId(work, 'regio', input.naam);
  const properties = newNodeProperties(work, {
    id,
    naam: input.naam,
    beschrijving: input.beschrijving,
    bronnen: input.bronnen,
  });
  await work.store.createNode('Regio', properties);
  const links = [];
  for (const area of ligtIn) links.push(await addLink(work, id, 'LIGT_IN', area, input.bronnen));
  return {
    soort: 'VASTGELEGD',
    onderwerp: id,
    knooppunten: [id, ...ligtIn],
    voor: null,
    na: nodeSnapshot('Regio', properties, links),
  };
}

/** `regioBewerken`: name, description, sources, or the areas it lies in. */
export async function editRegion(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(regionEdit, invoer, 'invoer');
  if ([input.naam, input.beschrijving, input.ligtIn, input.bronnen].every((value) => value == null)) {
    throw badUserInput('invoer', 'noemt niets om te wijzigen');
  }
  const found = await work.store.lockNodes([input.id, ...(input.ligtIn ?? []), ...citedDocuments(input.bronnen)]);
  const region = requireRecordedNode(found, input.id, 'invoer.id', ['Regio']);
  requireVersion(region, input.versie, 'invoer.versie');
  requireNodes(found, input.ligtIn ?? [], 'invoer.ligtIn', regionParents);
  if (input.ligtIn?.includes(region.id)) throw badUserInput('invoer.ligtIn', 'een regio kan niet in zichzelf liggen');
  if (input.bronnen) await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  if (input.naam) await refuseSameName(work, 'Regio', 'een regio', input.naam, region.id);

  const before = await work.store.recordedRelationsOf(region.id);
  const changes: Record<string, unknown> = {
    ...(input.naam && { naam: input.naam }),
    ...(input.beschrijving != null && { beschrijving: input.beschrijving || null }),
    ...(input.bronnen && recordedSourceProperties(input.bronnen)),
    ...editProperties(work, region),
  };
  await work.store.updateNode(region.id, changes);
  if (input.ligtIn) {
    const current = before.filter((relation) => relation.type === 'LIGT_IN' && relation.van === region.id);
    const { removed, added } = difference(
      current.map((relation) => relation.naar),
      input.ligtIn,
    );
    for (const relation of current.filter((r) => removed.includes(r.naar))) {
      await work.store.retractRelation(relation, retractionProperties(work, 'regio bewerkt'));
    }
    for (const area of added) await addLink(work, region.id, 'LIGT_IN', area, input.bronnen ?? storedSources(region));
  }
  const after = await work.store.recordedRelationsOf(region.id);
  return {
    soort: 'BEWERKT',
    onderwerp: region.id,
    knooppunten: [region.id, ...before.map((r) => r.naar), ...after.map((r) => r.naar)],
    voor: nodeSnapshot('Regio', region.properties, before),
    na: nodeSnapshot('Regio', withChanges(region.properties, changes), after),
  };
}
