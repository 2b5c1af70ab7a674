import { badUserInput } from '../errors.js';
import { dateSpan } from '../graph/dates.js';
import type { RelationRecord } from '../graph/entity.js';
import { wordOf } from '../graph/enum-words.js';
import { actorLabels, type NodeLabel, type RelationType } from '../graph/model.js';
import type { Outcome, Work } from './recorder.js';
import { bottleneckInput, commitmentInput, parseInput, reportInput, statusStatementInput } from './recording-input.js';
import {
  checkSources,
  citedDocuments,
  newFactProperties,
  newId,
  newNodeProperties,
  nodeSnapshot,
  recordedSourceProperties,
  relationKey,
  requireNode,
  type SourceInput,
} from './recorded-facts.js';

/** What a status statement, commitment or knelpunt may be about, as graph/model.ts allows. */
const statementTargets: readonly NodeLabel[] = ['Mijlpaal', 'Instrument', 'Toezegging', 'Doel'];
const commitmentTargets: readonly NodeLabel[] = ['Opgave', 'Thema', 'Instrument', 'Mijlpaal', 'Knelpunt'];
const bottleneckTargets: readonly NodeLabel[] = [
  'Opgave',
  'Thema',
  'Crossover',
  'Regio',
  'Provincie',
  'Gemeente',
  'Instrument',
  'RegionaalInitiatief',
];
const reportSubjects: readonly NodeLabel[] = [
  'Opgave',
  'Thema',
  'Instrument',
  'Mijlpaal',
  'Toezegging',
  'Doel',
  'Knelpunt',
  'Activiteit',
];

/**
 * `standVastleggen`: a new dated status statement on a milestone, agreement, commitment or target. It
 * never replaces an earlier one: the history keeps both, and `voortgang` shows a contradiction.
 */
export async function recordStatusStatement(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(statusStatementInput, invoer, 'invoer');
  const found = await work.store.lockNodes([input.van, ...citedDocuments(input.bronnen)]);
  const target = requireNode(found, input.van, 'invoer.van', statementTargets);
  await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  const span = dateSpan(input.peildatum);
  if (!span) throw badUserInput('invoer.peildatum', `"${input.peildatum}" is geen datum`);
  const status = wordOf(input.status);
  const naam = `${String(target.properties.naam ?? target.id)}: ${status} (${input.peildatum})`;
  const id = await newId(work, 'stand', `${target.id.split(':')[1]}-${input.peildatum}`);
  const properties = {
    ...newNodeProperties(work, { id, naam, bronnen: input.bronnen }),
    status,
    datum: input.peildatum,
    datumVan: span.van,
    datumTot: span.tot,
    // The words of the source the status rests on, as for the seeds.
    statusGrond: input.bronnen[0]!.citaat,
    ...(input.toelichting && { toelichting: input.toelichting }),
  };
  await work.store.createNode('Stand', properties);
  const links = [await link(work, id, 'STAND_VAN', target.id, input.bronnen)];
  return created('Stand', properties, links);
}

/** `toezeggingVastleggen`: who promised what, by when, about which opgaven, themes, instruments or milestones. */
export async function recordCommitment(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(commitmentInput, invoer, 'invoer');
  const found = await work.store.lockNodes([...input.door, ...input.voor, ...citedDocuments(input.bronnen)]);
  input.door.forEach((actor, index) => requireNode(found, actor, `invoer.door[${index}]`, actorLabels));
  input.voor.forEach((node, index) => requireNode(found, node, `invoer.voor[${index}]`, commitmentTargets));
  await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  const span = input.datum ? dateSpan(input.datum) : undefined;
  const id = await newId(work, 'toezegging', input.naam);
  const properties = {
    ...newNodeProperties(work, { id, naam: input.naam, beschrijving: input.beschrijving, bronnen: input.bronnen }),
    ...(input.datum && { datum: input.datum }),
    ...(span && { datumVan: span.van, datumTot: span.tot }),
    ...(input.wanneer && { wanneer: input.wanneer }),
  };
  await work.store.createNode('Toezegging', properties);
  const links = [];
  for (const actor of input.door) links.push(await link(work, id, 'TOEGEZEGD_DOOR', actor, input.bronnen));
  for (const node of input.voor) links.push(await link(work, id, 'TOEZEGGING_VOOR', node, input.bronnen));
  return created('Toezegging', properties, links);
}

/** `knelpuntSignaleren`: a new knelpunt, signalled now, with what it concerns and who raised it. */
export async function recordBottleneck(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(bottleneckInput, invoer, 'invoer');
  const raisedBy = input.gesignaleerdDoor ?? [];
  const found = await work.store.lockNodes([...input.bij, ...raisedBy, ...citedDocuments(input.bronnen)]);
  input.bij.forEach((node, index) => requireNode(found, node, `invoer.bij[${index}]`, bottleneckTargets));
  raisedBy.forEach((actor, index) => requireNode(found, actor, `invoer.gesignaleerdDoor[${index}]`, actorLabels));
  await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  const id = await newId(work, 'knelpunt', input.naam);
  const properties = {
    ...newNodeProperties(work, { id, naam: input.naam, beschrijving: input.beschrijving, bronnen: input.bronnen }),
    soort: wordOf(input.soort),
    ...(input.schaal && { schaal: wordOf(input.schaal) }),
    status: 'gesignaleerd',
  };
  await work.store.createNode('Knelpunt', properties);
  const links = [];
  for (const node of input.bij) links.push(await link(work, id, 'KNELPUNT_BIJ', node, input.bronnen));
  for (const actor of raisedBy) links.push(await link(work, id, 'GESIGNALEERD_DOOR', actor, input.bronnen));
  return created('Knelpunt', properties, links);
}

/** `rapportageVastleggen`: a reporting moment or product: who reports to whom, about what, how often and when. */
export async function recordReport(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(reportInput, invoer, 'invoer');
  const found = await work.store.lockNodes([
    ...input.door,
    ...input.aan,
    ...input.over,
    ...citedDocuments(input.bronnen),
  ]);
  input.door.forEach((actor, index) => requireNode(found, actor, `invoer.door[${index}]`, actorLabels));
  input.aan.forEach((actor, index) => requireNode(found, actor, `invoer.aan[${index}]`, actorLabels));
  input.over.forEach((node, index) => requireNode(found, node, `invoer.over[${index}]`, reportSubjects));
  await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  const span = input.datum ? dateSpan(input.datum) : undefined;
  const id = await newId(work, 'rapportage', input.naam);
  const properties = {
    ...newNodeProperties(work, { id, naam: input.naam, beschrijving: input.beschrijving, bronnen: input.bronnen }),
    ...(input.onderwerp && { onderwerp: input.onderwerp }),
    ...(input.frequentie && { frequentie: input.frequentie }),
    ...(input.perJaar != null && { perJaar: input.perJaar }),
    ...(input.datum && { datum: input.datum }),
    ...(span && { datumVan: span.van, datumTot: span.tot }),
  };
  await work.store.createNode('Rapportage', properties);
  const links = [];
  for (const actor of input.door) links.push(await link(work, id, 'GERAPPORTEERD_DOOR', actor, input.bronnen));
  for (const actor of input.aan) links.push(await link(work, id, 'RAPPORTAGE_AAN', actor, input.bronnen));
  for (const node of input.over) links.push(await link(work, id, 'RAPPORTAGE_OVER', node, input.bronnen));
  return created('Rapportage', properties, links);
}

/** A recorded relation from a node just created: it cannot exist yet, so there is nothing to refuse. */
export async function link(
  work: Work,
  van: string,
  type: RelationType,
  naar: string,
  sources: readonly SourceInput[],
  extra: Record<string, unknown> = {},
): Promise<RelationRecord> {
  const properties = {
    sleutel: relationKey(van, type, naar),
    ...extra,
    ...recordedSourceProperties(sources),
    ...newFactProperties(work),
  };
  await work.store.createRelation(van, type, naar, properties);
  return { type, van, naar, properties };
}

export function created(
  label: NodeLabel,
  properties: Record<string, unknown> & { id: string },
  links: RelationRecord[],
): Outcome {
  return {
    soort: 'VASTGELEGD',
    onderwerp: properties.id,
    knooppunten: [properties.id, ...links.flatMap((relation) => [relation.van, relation.naar])],
    voor: null,
    na: nodeSnapshot(label, properties, links),
  };
}
