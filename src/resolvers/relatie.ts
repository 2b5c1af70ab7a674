import type { RequestContext } from '../context.js';
import type { BronDeelResolvers, BronResolvers, RelatieResolvers, VariantResolvers } from '../generated/graphql.js';
import { otherProperties, recordingOf, stringProperty } from '../graph/entity.js';
import { sourcesOf } from '../graph/sources.js';

/** A relation's computed fields; `rol` and `onderwerp` are stored properties, derived from the read model. */
export const Relatie: RelatieResolvers = {
  type: (relation) => relation.type,
  van: (relation) => relation.van,
  naar: (relation) => relation.naar,
  eigenschappen: (relation) => otherProperties(relation.properties),
  bronnen: (relation) => sourcesOf(relation.properties),
  vastlegging: (relation) => recordingOf(relation.properties),
};

export const Bron: BronResolvers = {
  document: async (source, _args, context) => {
    const document = await context.loaders.entity.load(source.document);
    // The seed loader refuses sources that cite unknown documents, so this means a damaged graph.
    if (!document) throw new Error(`source cites ${source.document}, which is not in the graph`);
    return document;
  },
  regelVan: (source) => source.regelVan,
  regelTot: (source) => source.regelTot,
  citaat: (source) => source.citaat,
  vindplaats: (source) => source.vindplaats ?? null,
  // A source with lines had its quote checked at those lines when it was loaded or recorded.
  geverifieerd: (source) => source.regelVan !== null,
  tekst: ({ document, regelVan, regelTot }, _args, context) =>
    regelVan === null || regelTot === null ? null : citedLines({ document, regelVan, regelTot }, context),
  ook: (source) => source.ook ?? [],
};

export const BronDeel: BronDeelResolvers = {
  regelVan: (range) => range.regelVan,
  regelTot: (range) => range.regelTot,
  citaat: (range) => range.citaat,
  tekst: (range, _args, context) => citedLines(range, context),
};

/**
 * The full text of the cited lines: from the seeded document's file in memory, else from the text
 * stored for an ingested document (empty when the document has none).
 */
async function citedLines(
  range: { document: string; regelVan: number; regelTot: number },
  context: RequestContext,
): Promise<string> {
  const document = await context.loaders.entity.load(range.document);
  const lines = context.documents.lines(document ? (stringProperty(document, 'bestand') ?? '') : '');
  if (lines) return lines.slice(range.regelVan - 1, range.regelTot).join('\n');
  return context.loaders.citedLines.load(`${range.document}|${range.regelVan}|${range.regelTot}`);
}

export const Variant: VariantResolvers = {
  eigenschap: (variant) => variant.eigenschap,
  waarde: (variant) => variant.waarde,
  bron: (variant) => variant.bron,
};
