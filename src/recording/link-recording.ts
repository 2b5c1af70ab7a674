import { badUserInput } from '../errors.js';
import type { RelationRecord } from '../graph/entity.js';
import type { NodeLabel } from '../graph/model.js';
import type { Outcome, Work } from './recorder.js';
import { linkEdit, linkInput, linkRetraction, parseInput, type LinkType } from './recording-input.js';
import {
  apiOrigin,
  checkSources,
  citedDocuments,
  editProperties,
  newFactProperties,
  recordedSourceProperties,
  relationKey,
  relationSnapshot,
  requireNode,
  requireVersion,
  retractionProperties,
  type SourceInput,
} from './recorded-facts.js';

/** Which kinds each link type may join, from and to (a subset of the model's endpoints). */
const linkEnds: Record<LinkType, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }> = {
  SPEELT_IN: { from: ['Opgave'], to: ['Regio', 'Provincie', 'Gemeente'] },
  INSTRUMENT_VOOR: { from: ['Instrument'], to: ['Regio', 'Provincie', 'Gemeente', 'Opgave', 'Thema'] },
  LIGT_IN: { from: ['Regio'], to: ['Provincie', 'Regio'] },
  KNELPUNT_BIJ: {
    from: ['Knelpunt'],
    to: ['Opgave', 'Thema', 'Crossover', 'Regio', 'Provincie', 'Gemeente', 'Instrument', 'RegionaalInitiatief'],
  },
  BEHANDELD_IN: { from: ['Knelpunt'], to: ['Overleg'] },
};

/** `opgaveKoppelenAanRegio`, `instrumentKoppelen` and `knelpuntKoppelen`: a new relation between two existing nodes. */
export async function recordLink(work: Work, type: LinkType, invoer: unknown): Promise<Outcome> {
  const input = parseInput(linkInput, invoer, 'invoer');
  const found = await work.store.lockNodes([input.van, input.naar, ...citedDocuments(input.bronnen)]);
  requireNode(found, input.van, 'invoer.van', linkEnds[type].from);
  requireNode(found, input.naar, 'invoer.naar', linkEnds[type].to);
  if (input.van === input.naar) throw badUserInput('invoer.naar', 'moet verschillen van invoer.van');
  await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  const relation = await addLink(work, input.van, type, input.naar, input.bronnen, input.toelichting);
  return {
    soort: 'VASTGELEGD',
    onderwerp: relation.properties.sleutel as string,
    knooppunten: [input.van, input.naar],
    voor: null,
    na: relationSnapshot(relation),
  };
}

/**
 * Creates a link unless one of this type already joins the two nodes (from the documents or
 * recorded). The caller has locked both ends, so two requests cannot both pass this check.
 */
export async function addLink(
  work: Work,
  van: string,
  type: LinkType,
  naar: string,
  sources: readonly SourceInput[],
  toelichting?: string | null,
  more: { field?: string; properties?: Record<string, unknown> } = {},
): Promise<RelationRecord> {
  const [existing] = await work.store.relationsBetween(van, type, naar);
  if (existing) {
    const where = existing.properties.herkomst === apiOrigin ? 'is al vastgelegd' : 'staat al in de brondocumenten';
    throw badUserInput(more.field ?? 'invoer.naar', `${van} ${type} ${naar} ${where}`);
  }
  const relation: RelationRecord = {
    type,
    van,
    naar,
    properties: {
      sleutel: relationKey(van, type, naar),
      ...(toelichting && { toelichting }),
      ...more.properties,
      ...recordedSourceProperties(sources),
      ...newFactProperties(work),
    },
  };
  await work.store.createRelation(van, type, naar, relation.properties);
  return relation;
}

/** `koppelingBewerken`: new explanation or sources for a recorded link. */
export async function editLink(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(linkEdit, invoer, 'invoer');
  if (input.toelichting == null && input.bronnen == null) throw badUserInput('invoer', 'noemt niets om te wijzigen');
  const found = await work.store.lockNodes([input.van, input.naar, ...citedDocuments(input.bronnen)]);
  const relation = await recordedLink(work, input);
  requireVersion(relation, input.versie, 'invoer.versie');
  if (input.bronnen) await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  const changes = {
    ...(input.toelichting != null && { toelichting: input.toelichting || null }),
    ...(input.bronnen && recordedSourceProperties(input.bronnen)),
    ...editProperties(work, relation),
  };
  await work.store.updateRelation(relation, changes);
  const after = { ...relation, properties: { ...relation.properties, ...changes } };
  return {
    soort: 'BEWERKT',
    onderwerp: relationKey(input.van, input.type, input.naar),
    knooppunten: [input.van, input.naar],
    voor: relationSnapshot(relation),
    na: relationSnapshot(after),
  };
}

/** `koppelingIntrekken`: the link leaves the graph but is kept, with its history. */
export async function retractLink(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(linkRetraction, invoer, 'invoer');
  await work.store.lockNodes([input.van, input.naar]);
  const relation = await recordedLink(work, input);
  requireVersion(relation, input.versie, 'invoer.versie');
  await work.store.retractRelation(relation, retractionProperties(work, input.reden));
  return {
    soort: 'INGETROKKEN',
    onderwerp: relationKey(input.van, input.type, input.naar),
    knooppunten: [input.van, input.naar],
    reden: input.reden,
    voor: relationSnapshot(relation),
    na: null,
  };
}

/** The recorded link named by the input; a link from the documents cannot be changed. */
async function recordedLink(work: Work, input: { van: string; type: LinkType; naar: string }): Promise<RelationRecord> {
  const relations = await work.store.relationsBetween(input.van, input.type, input.naar);
  const recorded = relations.find((relation) => relation.properties.herkomst === apiOrigin);
  if (recorded) return recorded;
  if (relations.length > 0) {
    throw badUserInput(
      'invoer',
      `${input.van} ${input.type} ${input.naar} komt uit de brondocumenten en kan niet via de API worden gewijzigd`,
    );
  }
  throw badUserInput('invoer', `er is geen koppeling ${input.van} ${input.type} ${input.naar}`);
}
