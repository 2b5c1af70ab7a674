import { pageOf } from './passages.js';
import { normalizeWhitespace } from '../seeds/provenance.js';
import type { EntityRecord, RelationRecord } from '../graph/entity.js';
import { sourcesOf, type SourceRecord } from '../graph/sources.js';

/**
 * Facts to review after a document was replaced by a newer version (a corrected letter): every
 * source that cites a replaced document, with where its quote stands in the newest versions. The
 * old citation stays as it was recorded; this only tells a liaison which facts to look at again and
 * whether the words they rest on are still there.
 */

/** Where a quote stands in a text: the lines it spans (1-based, inclusive) and the page it starts on. */
export interface QuotePlace {
  regelVan: number;
  regelTot: number;
  pagina: number | null;
  /** The lines, joined by line breaks. */
  tekst: string;
}

/** A newer version of a cited document, and where the source's quote stands in it (empty: nowhere). */
export interface QuoteInVersion {
  document: EntityRecord;
  gevonden: boolean;
  plaatsen: QuotePlace[];
}

/** One source of one fact that cites a replaced document. */
export interface ReviewItem {
  knooppunt: EntityRecord | null;
  relatie: RelationRecord | null;
  bron: SourceRecord;
  nieuweVersies: QuoteInVersion[];
  /** The quote stands in every newest version (and there is one with a text). */
  citaatBehouden: boolean;
}

/** Most places listed for one quote in one version (a short quote may stand in many). */
export const maxPlacesPerVersion = 10;

/**
 * Every place where `quote` stands in `lines`, compared as the seed loader compares (runs of
 * whitespace, line breaks included, count as one space), so a quote may wrap lines; at most `limit`.
 */
export function findQuote(
  lines: readonly string[],
  quote: string,
  limit = maxPlacesPerVersion,
): Array<[number, number]> {
  const wanted = normalizeWhitespace(quote);
  if (wanted === '') return [];
  // The text as checkSource sees it (lines joined by a space, whitespace runs as one), and each character's line.
  let text = '';
  const lineOf: number[] = [];
  lines.forEach((line, index) => {
    const normalized = normalizeWhitespace(line);
    if (normalized === '') return;
    if (text !== '') {
      text += ' ';
      lineOf.push(index + 1);
    }
    text += normalized;
    for (let position = 0; position < normalized.length; position += 1) lineOf.push(index + 1);
  });
  const places: Array<[number, number]> = [];
  for (let at = text.indexOf(wanted); at >= 0 && places.length < limit; at = text.indexOf(wanted, at + 1)) {
    places.push([lineOf[at]!, lineOf[at + wanted.length - 1]!]);
  }
  return places;
}

/**
 * The newest versions of each replaced document: following `vervangt` from old to new until a
 * version that nothing replaces (a chain v1 → v2 → v3 gives v3 for v1 and for v2). `replaces` maps
 * each replacing document to the one it replaces.
 */
export function newestVersions(replaces: ReadonlyMap<string, string>): Map<string, string[]> {
  const newer = new Map<string, string[]>();
  for (const [replacing, replaced] of replaces) newer.set(replaced, [...(newer.get(replaced) ?? []), replacing]);
  const newest = new Map<string, string[]>();
  const resolve = (document: string, seen: Set<string>): string[] => {
    const direct = newer.get(document);
    if (!direct || seen.has(document)) return [document];
    const next = new Set([...seen, document]);
    return [...new Set(direct.flatMap((version) => resolve(version, next)))].sort();
  };
  for (const replaced of newer.keys()) newest.set(replaced, resolve(replaced, new Set()));
  return newest;
}

/** A text as the review reads it: the document, its lines and the first line of each page. */
export interface VersionText {
  document: EntityRecord;
  regels: readonly string[];
  paginaBegin: readonly number[];
}

/** A source to review before the newer versions are looked at. */
export type CitingSource = Pick<ReviewItem, 'knooppunt' | 'relatie' | 'bron'>;

/**
 * The sources of these facts that cite one of the replaced documents, ordered by that document,
 * then nodes before relations, then by id (a relation by start, type and end), then the fact's order.
 */
export function citingSources(
  facts: { nodes: readonly EntityRecord[]; relations: readonly RelationRecord[] },
  replaced: ReadonlySet<string>,
): CitingSource[] {
  const keyed: Array<{ source: CitingSource; key: string[] }> = [];
  const add = (knooppunt: EntityRecord | null, relatie: RelationRecord | null, properties: Record<string, unknown>) => {
    const fact = knooppunt ? `0 ${knooppunt.id}` : `1 ${relatie!.van} ${relatie!.type} ${relatie!.naar}`;
    sourcesOf(properties).forEach((bron, index) => {
      if (replaced.has(bron.document))
        keyed.push({
          source: { knooppunt, relatie, bron },
          key: [bron.document, fact, String(index).padStart(4, '0')],
        });
    });
  };
  for (const node of facts.nodes) add(node, null, node.properties);
  for (const relation of facts.relations) add(null, relation, relation.properties);
  return keyed.sort((a, b) => compareKeys(a.key, b.key)).map(({ source }) => source);
}

/** A source with where its quote stands in each newest version of the document it cites. */
export function reviewItem(
  source: CitingSource,
  newest: readonly string[],
  versions: ReadonlyMap<string, VersionText>,
): ReviewItem {
  const nieuweVersies = newest.flatMap((id) => {
    const version = versions.get(id);
    if (!version) return [];
    const plaatsen = findQuote(version.regels, source.bron.citaat).map(([regelVan, regelTot]) => ({
      regelVan,
      regelTot,
      pagina: pageOf(regelVan, version.paginaBegin),
      tekst: version.regels.slice(regelVan - 1, regelTot).join('\n'),
    }));
    return [{ document: version.document, gevonden: plaatsen.length > 0, plaatsen }];
  });
  return {
    ...source,
    nieuweVersies,
    citaatBehouden: nieuweVersies.length > 0 && nieuweVersies.every((version) => version.gevonden),
  };
}

/** Plain code-unit order, the same on every machine. */
function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < a.length; index += 1) {
    if (a[index]! !== b[index]!) return a[index]! < b[index]! ? -1 : 1;
  }
  return 0;
}
