import { badUserInput } from '../errors.js';
import type { EntityRecord, RelationRecord } from '../graph/entity.js';
import { sourceLists, sourcesOf, withoutSourceProperties } from '../graph/sources.js';
import type { NodeLabel, RelationType } from '../graph/model.js';
import type { RecordableLabel } from '../repositories/recording-repository.js';
import { checkSource } from '../seeds/provenance.js';
import type { Work } from './recorder.js';
import type { sourceInput } from './recording-input.js';
import type { z } from 'zod';

/**
 * What every recorded fact shares: how its sources are stored, who recorded it and when, the
 * checks on the nodes it refers to, and the snapshots the audit trail keeps.
 */

export type SourceInput = z.output<typeof sourceInput>;

export const apiOrigin = 'api';

/** Sources as the parallel lists the seeds use, every one with a `vindplaats` (maybe ""). */
export function recordedSourceProperties(sources: readonly SourceInput[]): Record<string, unknown[]> {
  return sourceLists(
    sources.map((source) => ({
      document: source.document,
      ...(source.regelVan != null &&
        source.regelTot != null && { regels: [source.regelVan, source.regelTot] as const }),
      citaat: source.citaat,
      vindplaats: source.vindplaats ?? '',
    })),
  );
}

/** The properties that mark a fact as recorded through the API, by whom and when. */
export function newFactProperties(work: Work): Record<string, unknown> {
  return { herkomst: apiOrigin, vastgelegdDoor: work.author.id, vastgelegdOp: work.now, versie: 1 };
}

/** A new recorded node's properties: id, name, optional description, sources and who recorded it when. */
export function newNodeProperties(
  work: Work,
  fact: { id: string; naam: string; beschrijving?: string | null | undefined; bronnen: readonly SourceInput[] },
): Record<string, unknown> & { id: string } {
  return {
    id: fact.id,
    naam: fact.naam,
    ...(fact.beschrijving && { beschrijving: fact.beschrijving }),
    ...recordedSourceProperties(fact.bronnen),
    ...newFactProperties(work),
  };
}

/** The properties an edit sets besides what it changes. */
export function editProperties(work: Work, fact: { properties: Record<string, unknown> }): Record<string, unknown> {
  return { versie: Number(fact.properties.versie) + 1, gewijzigdOp: work.now, gewijzigdDoor: work.author.id };
}

export function retractionProperties(work: Work, reden: string): Record<string, unknown> {
  return { ingetrokkenOp: work.now, ingetrokkenDoor: work.author.id, reden };
}

/** `van>TYPE>naar`: the key of a recorded relation, as seeds key theirs. */
export function relationKey(van: string, type: RelationType, naar: string): string {
  return `${van}>${type}>${naar}`;
}

/** A node the input refers to, which must exist and be of one of these kinds. */
export function requireNode(
  found: ReadonlyMap<string, EntityRecord>,
  id: string,
  field: string,
  kinds: readonly NodeLabel[],
): EntityRecord {
  const node = found.get(id);
  if (!node) throw badUserInput(field, `${id} bestaat niet`);
  if (!kinds.includes(node.label)) {
    throw badUserInput(field, `${id} is een ${node.label}; verwacht: ${kinds.join(' of ')}`);
  }
  return node;
}

/** The nodes a list in the input refers to (`field[0]`, `field[1]`, …): each must exist and be of these kinds. */
export function requireNodes(
  found: ReadonlyMap<string, EntityRecord>,
  ids: readonly string[],
  field: string,
  kinds: readonly NodeLabel[],
): EntityRecord[] {
  return ids.map((id, index) => requireNode(found, id, `${field}[${index}]`, kinds));
}

/** The kinds of area that things play in, are about or lie in: a region, a province or a municipality. */
export const areaKinds: readonly NodeLabel[] = ['Regio', 'Provincie', 'Gemeente'];

/** A node the caller wants to change: it must exist, be of this kind and have been recorded through the API. */
export function requireRecordedNode(
  found: ReadonlyMap<string, EntityRecord>,
  id: string,
  field: string,
  kinds: readonly NodeLabel[],
): EntityRecord {
  const node = requireNode(found, id, field, kinds);
  if (node.properties.herkomst !== apiOrigin) {
    throw badUserInput(field, `${id} komt uit de brondocumenten en kan niet via de API worden gewijzigd`);
  }
  return node;
}

/** Refuses an edit of a version other than the current one: someone else changed the fact meanwhile. */
export function requireVersion(fact: { properties: Record<string, unknown> }, versie: number, field: string): void {
  const current = Number(fact.properties.versie);
  if (current !== versie) {
    throw badUserInput(
      field,
      `je wijzigde versie ${versie}, maar het staat nu op versie ${current}: iemand anders wijzigde het intussen; lees het opnieuw en doe je wijziging nog eens`,
    );
  }
}

/**
 * Checks each source: the document must exist. A document whose text the service holds (a seeded
 * or ingested one) must be cited by lines, and the quote must stand at those lines word for word,
 * by the seed loader's own check. A document without text (added with `bronToevoegen`) is cited
 * without lines and with a `vindplaats`: such a source stays unverified.
 */
export async function checkSources(
  sources: readonly SourceInput[],
  found: ReadonlyMap<string, EntityRecord>,
  work: Work,
  field: string,
): Promise<void> {
  const texts = await work.store.linesOf(citedDocuments(sources));
  sources.forEach((source, index) => {
    const at = `${field}[${index}]`;
    const document = requireNode(found, source.document, `${at}.document`, ['Document']);
    const lines = texts.get(document.id);
    if (!lines) {
      if (source.regelVan != null) {
        throw badUserInput(
          `${at}.regelVan`,
          `${document.id} heeft geen tekst in de dienst; laat de regels weg en zeg in vindplaats waar het citaat staat, of lees het document in met documentInlezen`,
        );
      }
      if (!source.vindplaats) {
        throw badUserInput(
          `${at}.vindplaats`,
          `is verplicht bij ${document.id}, dat geen tekst in de dienst heeft: zeg waar het citaat staat (pagina, paragraaf)`,
        );
      }
      return;
    }
    if (source.regelVan == null || source.regelTot == null) {
      throw badUserInput(`${at}.regelVan`, `is verplicht: geef de regels van ${document.id} waarop het citaat staat`);
    }
    const problem = checkSource(
      { document: document.id, regels: [source.regelVan, source.regelTot], citaat: source.citaat },
      new Map([[document.id, lines]]),
    );
    if (problem) throw badUserInput(`${at}.citaat`, problem);
  });
}

/** The document ids the sources cite, to lock and look up with the other nodes. */
export const citedDocuments = (sources: readonly SourceInput[] | null | undefined) =>
  (sources ?? []).map((source) => source.document);

/** What the audit trail keeps of a node: its kind, main fields, sources, version and relations. */
export function nodeSnapshot(
  label: NodeLabel,
  properties: Record<string, unknown>,
  relations: readonly RelationRecord[] = [],
) {
  return {
    soort: label,
    ...withoutSourceProperties(properties),
    bronnen: sourcesOf(properties),
    relaties: relations.map(({ type, van, naar, properties }) => ({
      type,
      van,
      naar,
      ...(typeof properties.rol === 'string' && { rol: properties.rol }),
    })),
  };
}

export function relationSnapshot(relation: RelationRecord) {
  return {
    type: relation.type,
    van: relation.van,
    naar: relation.naar,
    ...withoutSourceProperties(relation.properties),
    bronnen: sourcesOf(relation.properties),
  };
}

/** A readable id for a new node from its name: `regio:` + `Groene Hart` → `regio:groene-hart`, then `-2`, `-3`, ... if taken. */
export async function newId(work: Work, prefix: string, name: string): Promise<string> {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'zonder-naam';
  for (let suffix = 1; suffix < 1000; suffix += 1) {
    const id = `${prefix}:${suffix === 1 ? slug : `${slug}-${suffix}`}`;
    if (!(await work.store.isIdTaken(id))) return id;
  }
  throw new Error(`no free id for ${prefix}:${slug}`);
}

/** Names compared the way people mean them: case, accents, punctuation and spacing aside. */
export function sameName(a: string, b: string): boolean {
  const canonical = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return canonical(a) === canonical(b);
}

/**
 * Refuses a name another node of this kind already has (`self`: the node being renamed), so that one
 * thing is not recorded twice; `what` names the kind in the message (`een regio`).
 */
export async function refuseSameName(
  work: Work,
  label: RecordableLabel,
  what: string,
  naam: string,
  self?: string,
): Promise<void> {
  const existing = (await work.store.namesOf(label)).find((node) => node.id !== self && sameName(node.naam, naam));
  if (existing) throw badUserInput('invoer.naam', `er is al ${what} met deze naam: ${existing.id}`);
}

/** Splits an old and a new list of ids into what goes and what comes. */
export function difference(before: readonly string[], after: readonly string[]) {
  return {
    removed: before.filter((id) => !after.includes(id)),
    added: after.filter((id) => !before.includes(id)),
  };
}

/** A fact's stored sources in input form, for relations added without new sources. */
export function storedSources(fact: { properties: Record<string, unknown> }): SourceInput[] {
  return sourcesOf(fact.properties).map((source) => ({
    document: source.document,
    regelVan: source.regelVan,
    regelTot: source.regelTot,
    citaat: source.citaat,
    vindplaats: source.vindplaats ?? null,
  }));
}

/** Properties after `SET n += changes`: a null removes one. */
export function withChanges(
  properties: Record<string, unknown>,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const result = { ...properties, ...changes };
  for (const [key, value] of Object.entries(result)) if (value === null) delete result[key];
  return result;
}
