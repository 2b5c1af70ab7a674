/**
 * How a fact's sources are stored, written and read back. Neo4j properties cannot hold maps, so
 * the sources are parallel lists on the node or relation: `bronDocument[i]`, `bronRegelVan[i]`,
 * `bronRegelTot[i]` and `bronCitaat[i]` describe source i (line 0 stands for "no lines": Neo4j
 * lists cannot hold nulls), and `bronVindplaats[i]` says where a source without lines has its quote.
 *
 * A source may cite further ranges of its own document (`ook`: the heading or table row whose words
 * the main quote needs). They are four more parallel lists, present only when some source has one:
 * range j belongs to source `bronOokBij[j]` (its index in the lists above) and cites lines
 * `bronOokRegelVan[j]`–`bronOokRegelTot[j]` with the quote `bronOokCitaat[j]`; a source's ranges
 * follow each other in its order. Analysts can filter on every list in Cypher directly.
 */

/** A further range a source cites in its own document: the lines (1-based, inclusive) and the quote. */
export interface QuotedRange {
  regels: readonly [number, number];
  citaat: string;
}

/** A source as the seed files and the export write it; one without `regels` has no lines. */
export interface WrittenSource {
  document: string;
  regels?: readonly [number, number];
  citaat: string;
  vindplaats?: string;
  ook?: readonly QuotedRange[];
}

/**
 * One source of a fact as resolvers see it: the document's id, the cited lines and the quote. A
 * source added through the API (a web page, say) has no lines; its `vindplaats` says where the
 * quote is. `ook` is there only when the source cites further ranges.
 */
export interface SourceRecord {
  document: string;
  regelVan: number | null;
  regelTot: number | null;
  citaat: string;
  vindplaats?: string | null;
  ook?: SourceRangeRecord[];
}

/** A further range of a source, with the document it is in (the source's own). */
export interface SourceRangeRecord {
  document: string;
  regelVan: number;
  regelTot: number;
  citaat: string;
}

const mainKeys = ['bronDocument', 'bronRegelVan', 'bronRegelTot', 'bronCitaat'] as const;
const placeKey = 'bronVindplaats';
const rangeKeys = ['bronOokBij', 'bronOokRegelVan', 'bronOokRegelTot', 'bronOokCitaat'] as const;

/** Every stored property that holds sources: what `sourcesOf` reads and what a record's `bronnen` stands for. */
export const sourceProperties = [...mainKeys, placeKey, ...rangeKeys] as const;

/** The sources as the parallel lists they are stored as. */
export function sourceLists(sources: readonly WrittenSource[]): Record<string, unknown[]> {
  const ranges = sources.flatMap((source, index) => (source.ook ?? []).map((range) => ({ index, range })));
  return {
    bronDocument: sources.map((source) => source.document),
    bronRegelVan: sources.map((source) => source.regels?.[0] ?? 0),
    bronRegelTot: sources.map((source) => source.regels?.[1] ?? 0),
    bronCitaat: sources.map((source) => source.citaat),
    ...(sources[0]?.vindplaats !== undefined && { bronVindplaats: sources.map((source) => source.vindplaats ?? '') }),
    ...(ranges.length > 0 && {
      bronOokBij: ranges.map(({ index }) => index),
      bronOokRegelVan: ranges.map(({ range }) => range.regels[0]),
      bronOokRegelTot: ranges.map(({ range }) => range.regels[1]),
      bronOokCitaat: ranges.map(({ range }) => range.citaat),
    }),
  };
}

/**
 * The stored lists as written sources, or undefined when they are not what `sourceLists` writes
 * (lists missing or of different lengths, a range that belongs to no source, ranges out of order).
 */
export function writtenSourcesOf(properties: Record<string, unknown>): WrittenSource[] | undefined {
  const [documents, from, to, quotes] = mainKeys.map((key) => properties[key]);
  const places = properties[placeKey];
  const main = [documents, from, to, quotes, ...(places === undefined ? [] : [places])];
  if (!main.every(Array.isArray) || (documents as unknown[]).length === 0) return undefined;
  const count = (documents as unknown[]).length;
  if (!main.every((list) => (list as unknown[]).length === count)) return undefined;
  const ranges = rangesOf(properties);
  if (!ranges) return undefined;
  return (documents as unknown[]).map((document, index) => {
    const lines = [(from as unknown[])[index], (to as unknown[])[index]] as [number, number];
    const own = ranges.filter((range) => range.index === index).map(({ regels, citaat }) => ({ regels, citaat }));
    return {
      document,
      ...(lines[0] !== 0 || lines[1] !== 0 ? { regels: lines } : {}),
      citaat: (quotes as unknown[])[index],
      ...(places !== undefined && { vindplaats: (places as unknown[])[index] }),
      ...(own.length > 0 && { ook: own }),
    } as WrittenSource;
  });
}

/** Reads the parallel lists back into sources, as far as they go. */
export function sourcesOf(properties: Record<string, unknown>): SourceRecord[] {
  const documents = asArray(properties.bronDocument);
  const from = asArray(properties.bronRegelVan);
  const to = asArray(properties.bronRegelTot);
  const quotes = asArray(properties.bronCitaat);
  const places = asArray(properties.bronVindplaats);
  const ranges = rangesOf(properties) ?? [];
  return documents.map((document, index) => {
    const ook = ranges
      .filter((range) => range.index === index)
      .map(({ regels, citaat }) => ({ document: String(document), regelVan: regels[0], regelTot: regels[1], citaat }));
    return {
      document: String(document),
      regelVan: Number(from[index]) || null,
      regelTot: Number(to[index]) || null,
      citaat: String(quotes[index] ?? ''),
      vindplaats: places[index] ? String(places[index]) : null,
      ...(ook.length > 0 && { ook }),
    };
  });
}

/** A variant's source (stored as JSON text, see seeds/seed-rows.ts) as resolvers see it. */
export function sourceRecordOf(source: WrittenSource): SourceRecord {
  const ook = (source.ook ?? []).map((range) => ({
    document: source.document,
    regelVan: range.regels[0],
    regelTot: range.regels[1],
    citaat: range.citaat,
  }));
  return {
    document: source.document,
    regelVan: source.regels?.[0] ?? null,
    regelTot: source.regels?.[1] ?? null,
    citaat: source.citaat,
    ...(ook.length > 0 && { ook }),
  };
}

/** The properties without the source lists, which a record or snapshot shows as `bronnen`. */
export function withoutSourceProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...properties };
  for (const key of sourceProperties) delete rest[key];
  return rest;
}

/** The further ranges, with the index of their source; undefined when the lists do not line up. */
function rangesOf(
  properties: Record<string, unknown>,
): Array<{ index: number; regels: [number, number]; citaat: string }> | undefined {
  const lists = rangeKeys.map((key) => properties[key]);
  if (lists.every((list) => list === undefined)) return [];
  if (!lists.every(Array.isArray)) return undefined;
  const [owners, from, to, quotes] = lists as unknown[][];
  const count = owners!.length;
  if (count === 0 || !lists.every((list) => (list as unknown[]).length === count)) return undefined;
  const ranges = owners!.map((owner, j) => ({
    index: Number(owner),
    regels: [Number(from![j]), Number(to![j])] as [number, number],
    citaat: String(quotes![j]),
  }));
  const sources = asArray(properties.bronDocument).length;
  const ordered = ranges.every(
    ({ index }, j) =>
      Number.isInteger(index) && index >= 0 && index < sources && (j === 0 || index >= ranges[j - 1]!.index),
  );
  return ordered ? ranges : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
