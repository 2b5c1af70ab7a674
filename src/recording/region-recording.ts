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
  const located = locationGround(input.grond, ligtIn);
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
  for (const area of ligtIn)
    links.push(await addLink(work, id, 'LIGT_IN', area, input.bronnen, null, { properties: located }));
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
  if ([input.naam, input.beschrijving, input.ligtIn, input.bronnen, input.grond].every((value) => value == null)) {
    throw badUserInput('invoer', 'noemt niets om te wijzigen');
  }
  const found = await work.store.lockNodes([input.id, ...(input.ligtIn ?? []), ...citedDocuments(input.bronnen)]);
  const region = requireRecordedNode(found, input.id, 'invoer.id', ['Regio']);
  requireVersion(region, input.versie, 'invoer.versie');
  requireNodes(found, input.ligtIn ?? [], 'invoer.ligtIn', regionParents);
  if (input.ligtIn?.includes(region.id)) throw badUserInput('invoer.ligtIn', 'een regio kan niet in zichzelf liggen');
  const before = await work.store.recordedRelationsOf(region.id);
  const current = before.filter((relation) => relation.type === 'LIGT_IN' && relation.van === region.id);
  const { removed, added } = difference(
    current.map((relation) => relation.naar),
    input.ligtIn ?? current.map((relation) => relation.naar),
  );
  const located = locationGround(input.grond, added);
  if (input.bronnen) await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  if (input.naam) await refuseSameName(work, 'Regio', 'een regio', input.naam, region.id);

  const changes: Record<string, unknown> = {
    ...(input.naam && { naam: input.naam }),
    ...(input.beschrijving != null && { beschrijving: input.beschrijving || null }),
    ...(input.bronnen && recordedSourceProperties(input.bronnen)),
    ...editProperties(work, region),
  };
  await work.store.updateNode(region.id, changes);
  for (const relation of current.filter((r) => removed.includes(r.naar))) {
    await work.store.retractRelation(relation, retractionProperties(work, 'regio bewerkt'));
  }
  for (const area of added) {
    await addLink(work, region.id, 'LIGT_IN', area, input.bronnen ?? storedSources(region), null, {
      properties: located,
    });
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

/**
 * `LIGT_IN` means only "lies within, as a text says", and says on what words (`grond`, seeds/MODEL.md):
 * a region that gets new areas to lie in needs that ground, and a ground without new areas has nothing
 * to go to (a kept link's ground changes with `koppelingBewerken`).
 */
function locationGround(grond: string | null | undefined, newAreas: readonly string[]): { grond?: string } {
  if (newAreas.length > 0 && grond == null) {
    throw badUserInput(
      'invoer.grond',
      'is verplicht als ligtIn een gebied toevoegt: de woorden van de bron waarop de ligging berust (de naam, een provincie tussen haakjes, "in", "rond")',
    );
  }
  if (newAreas.length === 0 && grond != null) {
    throw badUserInput('invoer.grond', 'hoort bij de gebieden die ligtIn toevoegt, en ligtIn voegt er geen toe');
  }
  return grond != null ? { grond } : {};
}
