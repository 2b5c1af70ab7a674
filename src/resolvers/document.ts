import type { DocumentResolvers } from '../generated/graphql.js';
import { stringProperty } from '../graph/entity.js';
import { computedEntityFields } from './entiteit.js';

/** A document's computed fields; its connections and stored properties come from the read model. */
export const Document: DocumentResolvers = {
  ...computedEntityFields,
  aantalRegels: (document, _args, context) => {
    const file = stringProperty(document, 'bestand');
    return file === null ? null : (context.documents.lines(file)?.length ?? null);
  },
};
