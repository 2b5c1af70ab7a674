import type { DocumentResolvers } from '../generated/graphql.js';
import { stringProperty } from '../graph/entity.js';
import { computedEntityFields } from './entiteit.js';
import { documentTextFields } from './tekst.js';

/** A document's computed fields; its connections and stored properties come from the read model. */
export const Document: DocumentResolvers = {
  ...computedEntityFields,
  ...documentTextFields,
  // A seeded document's file is in memory; any other text is counted where it is stored.
  aantalRegels: async (document, _args, context) => {
    const file = stringProperty(document, 'bestand');
    const inMemory = file === null ? undefined : context.documents.lines(file)?.length;
    return inMemory ?? (await context.loaders.textSummary.load(document.id))?.aantalRegels ?? null;
  },
};
