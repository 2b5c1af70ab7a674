import type { OpgaveCategorie, OpgaveResolvers, ThemaResolvers } from '../generated/graphql.js';
import type { EntityRecord } from '../graph/entity.js';
import { relations } from '../graph/relation-specs.js';
import { readsProperties } from '../loaders/look-ahead.js';
import { entityFields, follow } from './shared.js';

const categories: Record<string, OpgaveCategorie> = {
  fysiek: 'FYSIEK',
  sociaal: 'SOCIAAL',
  overkoepelend: 'OVERKOEPELEND',
};

export const Opgave: OpgaveResolvers = {
  ...entityFields,
  nummer: readsProperties(['nummer'], (opgave: EntityRecord) => (typeof opgave.properties.nummer === 'number' ? opgave.properties.nummer : null)),
  categorie: readsProperties(['categorie'], (opgave: EntityRecord) => categories[String(opgave.properties.categorie)] ?? null),
  trekkers: follow(relations.opgave.trekkers),
  betrokkenen: follow(relations.opgave.betrokkenen),
  themas: follow(relations.opgave.themas),
  regios: follow(relations.opgave.regios),
  instrumenten: follow(relations.opgave.instrumenten),
  crossovers: follow(relations.opgave.crossovers),
  mijlpalen: follow(relations.opgave.mijlpalen),
};

export const Thema: ThemaResolvers = {
  ...entityFields,
  opgaven: follow(relations.thema.opgaven),
  instrumenten: follow(relations.thema.instrumenten),
  betrokkenen: follow(relations.thema.betrokkenen),
  crossovers: follow(relations.thema.crossovers),
};
