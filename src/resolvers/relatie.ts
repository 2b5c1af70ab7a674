import type { BronResolvers, RelatieResolvers, VariantResolvers } from '../generated/graphql.js';
import { otherProperties, recordingOf, sourcesOf, stringProperty } from '../graph/entity.js';

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
  tekst: async (source, _args, context) => {
    if (source.regelVan === null || source.regelTot === null) return null;
    const document = await context.loaders.entity.load(source.document);
    const lines = context.documents.lines(document ? (stringProperty(document, 'bestand') ?? '') : '') ?? [];
    return lines.slice(source.regelVan - 1, source.regelTot).join('\n');
  },
};

export const Variant: VariantResolvers = {
  eigenschap: (variant) => variant.eigenschap,
  waarde: (variant) => variant.waarde,
  bron: (variant) => variant.bron,
};
