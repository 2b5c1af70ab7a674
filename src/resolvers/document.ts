import type { DocumentResolvers, MijlpaalResolvers } from '../generated/graphql.js';
import { stringProperty } from '../graph/entity.js';
import { relations } from '../graph/relation-specs.js';
import { entityFields, follow } from './shared.js';

export const Document: DocumentResolvers = {
  ...entityFields,
  datum: (document) => stringProperty(document, 'datum'),
  afzender: (document) => stringProperty(document, 'afzender'),
  kenmerk: (document) => stringProperty(document, 'kenmerk'),
  bestand: (document) => stringProperty(document, 'bestand'),
  aantalRegels: (document, _args, context) => {
    const file = stringProperty(document, 'bestand');
    return file === null ? null : (context.documents.lines(file)?.length ?? null);
  },
  url: (document) => stringProperty(document, 'url'),
  afzenders: follow(relations.document.afzenders),
  geadresseerden: follow(relations.document.geadresseerden),
  bespreekt: follow(relations.document.bespreekt),
  verwijstNaar: follow(relations.document.verwijstNaar),
};

export const Mijlpaal: MijlpaalResolvers = {
  ...entityFields,
  datum: (mijlpaal) => stringProperty(mijlpaal, 'datum'),
  wanneer: (mijlpaal) => stringProperty(mijlpaal, 'wanneer'),
  van: follow(relations.mijlpaal.van),
  betrokkenen: follow(relations.mijlpaal.betrokkenen),
};
