import { badUserInput } from '../errors.js';
import type { RelationRecord } from '../graph/entity.js';
import { addLink } from './link-recording.js';
import { created, link } from './progress-recording.js';
import type { Outcome, Work } from './recorder.js';
import { initiativeEdit, initiativeInput, parseInput } from './recording-input.js';
import {
  areaKinds,
  checkSources,
  citedDocuments,
  editProperties,
  newId,
  newNodeProperties,
  nodeSnapshot,
  recordedSourceProperties,
  refuseSameName,
  requireNode,
  requireNodes,
  requireRecordedNode,
  requireVersion,
  withChanges,
} from './recorded-facts.js';

/**
 * A regional initiative that a liaison follows: the texts do not name the ten of 2019, so liaisons
 * record them. The initiative is a node of its own (`RegionaalInitiatief`): where it plays, which
 * opgaven (in the region's words) and crossovers it works on, its knelpunten (`KNELPUNT_BIJ` the
 * initiative), and, as short statements resting on its sources, its asks to the Rijk and what goes
 * well or could be better.
 */

/** `regionaalInitiatiefVastleggen`: a new initiative with its areas, opgaven, crossovers and knelpunten. */
export async function recordInitiative(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(initiativeInput, invoer, 'invoer');
  const opgaven = input.opgaven ?? [];
  const crossovers = input.crossovers ?? [];
  const bottlenecks = input.knelpunten ?? [];
  const found = await work.store.lockNodes([
    ...input.gebieden,
    ...opgaven.map((item) => item.opgave),
    ...crossovers,
    ...bottlenecks,
    ...citedDocuments(input.bronnen),
  ]);
  requireNodes(found, input.gebieden, 'invoer.gebieden', areaKinds);
  opgaven.forEach((item, index) =>
    requireNode(found, item.opgave, `invoer.opgaven[${index}].opgave`, ['Opgave', 'Thema']),
  );
  requireNodes(found, crossovers, 'invoer.crossovers', ['Crossover']);
  requireNodes(found, bottlenecks, 'invoer.knelpunten', ['Knelpunt']);
  await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  await refuseSameName(work, 'RegionaalInitiatief', 'een regionaal initiatief', input.naam);

  const id = await newId(work, 'regionaalinitiatief', input.naam);
  const properties = withChanges(
    newNodeProperties(work, { id, naam: input.naam, beschrijving: input.beschrijving, bronnen: input.bronnen }),
    statementProperties(input),
  ) as Record<string, unknown> & { id: string };
  await work.store.createNode('RegionaalInitiatief', properties);
  const links: RelationRecord[] = [];
  for (const area of input.gebieden) links.push(await link(work, id, 'INITIATIEF_IN', area, input.bronnen));
  for (const item of opgaven) {
    const relation = await link(work, id, 'INITIATIEF_VOOR', item.opgave, input.bronnen, {
      ...(item.genoemdAls && { genoemdAls: item.genoemdAls }),
    });
    links.push(relation);
  }
  for (const crossover of crossovers) links.push(await link(work, id, 'INITIATIEF_VOOR', crossover, input.bronnen));
  for (const bottleneck of bottlenecks) {
    links.push(
      await addLink(work, bottleneck, 'KNELPUNT_BIJ', id, input.bronnen, null, { field: 'invoer.knelpunten' }),
    );
  }
  return created('RegionaalInitiatief', properties, links);
}

/**
 * `regionaalInitiatiefBijwerken`: what a liaison learns while following the initiative: its name,
 * description, asks to the Rijk, what goes well and what could be better, with new sources. A list
 * given replaces the earlier one; the audit trail keeps every earlier state.
 */
export async function editInitiative(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(initiativeEdit, invoer, 'invoer');
  const fields = [input.naam, input.beschrijving, input.vragenAanRijk, input.gaatGoed, input.kanBeter, input.bronnen];
  if (fields.every((value) => value == null)) throw badUserInput('invoer', 'noemt niets om te wijzigen');
  const found = await work.store.lockNodes([input.id, ...citedDocuments(input.bronnen)]);
  const initiative = requireRecordedNode(found, input.id, 'invoer.id', ['RegionaalInitiatief']);
  requireVersion(initiative, input.versie, 'invoer.versie');
  if (input.bronnen) await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  if (input.naam)
    await refuseSameName(work, 'RegionaalInitiatief', 'een regionaal initiatief', input.naam, initiative.id);
  const changes: Record<string, unknown> = {
    ...(input.naam && { naam: input.naam }),
    ...(input.beschrijving != null && { beschrijving: input.beschrijving || null }),
    ...statementProperties(input),
    ...(input.bronnen && recordedSourceProperties(input.bronnen)),
    ...editProperties(work, initiative),
  };
  await work.store.updateNode(initiative.id, changes);
  const relations = await work.store.recordedRelationsOf(initiative.id);
  return {
    soort: 'BEWERKT',
    onderwerp: initiative.id,
    knooppunten: [initiative.id],
    voor: nodeSnapshot('RegionaalInitiatief', initiative.properties, relations),
    na: nodeSnapshot('RegionaalInitiatief', withChanges(initiative.properties, changes), relations),
  };
}

/** The statement lists the input gives; an empty list removes the property. */
function statementProperties(input: {
  vragenAanRijk?: string[] | null | undefined;
  gaatGoed?: string[] | null | undefined;
  kanBeter?: string[] | null | undefined;
}): Record<string, string[] | null> {
  const entries = (['vragenAanRijk', 'gaatGoed', 'kanBeter'] as const)
    .filter((key) => input[key] != null)
    .map((key) => [key, input[key]!.length > 0 ? input[key]! : null] as const);
  return Object.fromEntries(entries);
}
