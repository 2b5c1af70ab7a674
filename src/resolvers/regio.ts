import type { RegioResolvers } from '../generated/graphql.js';
import { relations } from '../graph/relation-specs.js';
import { entityFields, follow } from './shared.js';

export const Regio: RegioResolvers = {
  ...entityFields,
  provincies: follow(relations.regio.provincies),
  onderdelen: follow(relations.regio.onderdelen),
  opgaven: follow(relations.regio.opgaven),
  instrumenten: follow(relations.regio.instrumenten),
  crossovers: follow(relations.regio.crossovers),
};
