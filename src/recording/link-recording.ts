import { badUserInput } from '../errors.js';
import type { RelationRecord } from '../graph/entity.js';
import { relationTypes, type NodeLabel } from '../graph/model.js';
import type { Outcome, Work } from './recorder.js';
import {
  linkEdit,
  linkInput,
  linkPropertyNames,
  linkRetraction,
  parseInput,
  typedLinkInput,
  type LinkProperty,
  type LinkType,
} from './recording-input.js';
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

type Ends = { from: readonly NodeLabel[]; to: readonly NodeLabel[] };

/** The model's own ends of a relation type (src/graph/model.ts), so a recorded link joins what a seeded one may. */
const modelEnds = (type: Exclude<LinkType, 'KNELPUNT_BIJ' | 'BEHANDELD_IN'>): Ends => relationTypes[type];

/** Which kinds each link type may join, from and to. */
const linkEnds: Record<LinkType, Ends> = {
  SPEELT_IN: modelEnds('SPEELT_IN'),
  INSTRUMENT_VOOR: modelEnds('INSTRUMENT_VOOR'),
  LIGT_IN: modelEnds('LIGT_IN'),
  BASIS_VOOR: modelEnds('BASIS_VOOR'),
  FINANCIERT: modelEnds('FINANCIERT'),
  GENOEMD_IN_GESPREKSRONDE: modelEnds('GENOEMD_IN_GESPREKSRONDE'),
  DEELT: modelEnds('DEELT'),
  BESPREEKT: modelEnds('BESPREEKT'),
  KNELPUNT_BIJ: {
    from: ['Knelpunt'],
    to: ['Opgave', 'Thema', 'Crossover', 'Regio', 'Provincie', 'Gemeente', 'Instrument', 'RegionaalInitiatief'],
  },
  BEHANDELD_IN: { from: ['Knelpunt'], to: ['Overleg'] },
};

/**
 * What each link type carries beside its sources, as the seeds do (seeds/MODEL.md, Conventies):
 * `required` must be given, and only `allowed` may be.
 */
const linkPropertyRules: Record<LinkType, { required: readonly LinkProperty[]; allowed: readonly LinkProperty[] }> = {
  SPEELT_IN: { required: ['onderwerp'], allowed: ['onderwerp'] },
  INSTRUMENT_VOOR: { required: [], allowed: [] },
  LIGT_IN: { required: ['grond'], allowed: ['grond'] },
  BASIS_VOOR: { required: ['grond'], allowed: ['grond'] },
  FINANCIERT: { required: [], allowed: ['bijdrage'] },
  GENOEMD_IN_GESPREKSRONDE: { required: ['onderwerp'], allowed: ['onderwerp'] },
  DEELT: { required: ['onderwerp', 'met'], allowed: ['onderwerp', 'met'] },
  BESPREEKT: { required: [], allowed: [] },
  KNELPUNT_BIJ: { required: [], allowed: [] },
  BEHANDELD_IN: { required: [], allowed: [] },
};

/** Why a property is asked for, in the refusal that says it is missing. */
const propertyMeanings: Record<LinkProperty, string> = {
  grond: 'de woorden van de tekst waarop de koppeling berust',
  onderwerp: 'waarover, in de woorden van de tekst',
  met: 'de andere provincie(s), zoals de tekst ze noemt',
  bijdrage: 'de bijdrage zoals de tekst haar noemt',
};

/** Link types with a mutation of their own, which `koppelingVastleggen` points to. */
const ownMutation: Partial<Record<LinkType, string>> = {
  KNELPUNT_BIJ: 'knelpuntKoppelen',
  BEHANDELD_IN: 'knelpuntAgenderen',
};

/**
 * The properties given for a link of `type`, checked against what the type carries: one that does not
 * belong is refused, as is a required one that is missing (`requireAll: false` on an edit, which keeps
 * what it does not name).
 */
export function linkPropertiesFor(
  type: LinkType,
  given: Partial<Record<LinkProperty, string | null | undefined>>,
  requireAll = true,
): Record<string, string> {
  const rules = linkPropertyRules[type];
  const properties: Record<string, string> = {};
  for (const name of linkPropertyNames) {
    const value = given[name];
    if (value == null) {
      if (requireAll && rules.required.includes(name))
        throw badUserInput(`invoer.${name}`, `is verplicht bij ${type}: ${propertyMeanings[name]}`);
      continue;
    }
    if (!rules.allowed.includes(name)) {
      const carries = rules.allowed.length > 0 ? `alleen ${rules.allowed.join(', ')}` : 'geen eigenschappen';
      throw badUserInput(`invoer.${name}`, `hoort niet bij ${type}; die draagt ${carries}`);
    }
    properties[name] = value;
  }
  return properties;
}

/**
 * `opgaveKoppelenAanRegio` (deprecated: its SPEELT_IN has no `onderwerp`), `instrumentKoppelen` and
 * `knelpuntKoppelen`: a new relation between two existing nodes.
 */
export async function recordLink(work: Work, type: LinkType, invoer: unknown): Promise<Outcome> {
  const input = parseInput(linkInput, invoer, 'invoer');
  return recordCheckedLink(work, type, input, {});
}

/** `koppelingVastleggen`: a new relation of any recordable type, with the properties its type asks. */
export async function recordTypedLink(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(typedLinkInput, invoer, 'invoer');
  const elsewhere = ownMutation[input.type];
  if (elsewhere) throw badUserInput('invoer.type', `een ${input.type} leg je vast met ${elsewhere}`);
  return recordCheckedLink(work, input.type, input, linkPropertiesFor(input.type, input));
}

async function recordCheckedLink(
  work: Work,
  type: LinkType,
  input: { van: string; naar: string; toelichting?: string | null; bronnen: SourceInput[] },
  properties: Record<string, string>,
): Promise<Outcome> {
  const found = await work.store.lockNodes([input.van, input.naar, ...citedDocuments(input.bronnen)]);
  requireNode(found, input.van, 'invoer.van', linkEnds[type].from);
  requireNode(found, input.naar, 'invoer.naar', linkEnds[type].to);
  if (input.van === input.naar) throw badUserInput('invoer.naar', 'moet verschillen van invoer.van');
  await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  const relation = await addLink(work, input.van, type, input.naar, input.bronnen, input.toelichting, { properties });
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

/** `koppelingBewerken`: new explanation, sources or properties (those its type carries) for a recorded link. */
export async function editLink(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(linkEdit, invoer, 'invoer');
  const properties = linkPropertiesFor(input.type, input, false);
  if (input.toelichting == null && input.bronnen == null && Object.keys(properties).length === 0)
    throw badUserInput('invoer', 'noemt niets om te wijzigen');
  const found = await work.store.lockNodes([input.van, input.naar, ...citedDocuments(input.bronnen)]);
  const relation = await recordedLink(work, input);
  requireVersion(relation, input.versie, 'invoer.versie');
  if (input.bronnen) await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  const changes = {
    ...(input.toelichting != null && { toelichting: input.toelichting || null }),
    ...properties,
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
