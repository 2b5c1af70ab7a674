import type { InstrumentResolvers } from '../generated/graphql.js';
import { relations } from '../graph/relation-specs.js';
import { entityFields, follow } from './shared.js';

export const Instrument: InstrumentResolvers = {
  ...entityFields,
  opgaven: follow(relations.instrument.opgaven),
  themas: follow(relations.instrument.themas),
  regios: follow(relations.instrument.regios),
  ondertekenaars: follow(relations.instrument.ondertekenaars),
  betrokkenen: follow(relations.instrument.betrokkenen),
  mijlpalen: follow(relations.instrument.mijlpalen),
  onderdeelVan: follow(relations.instrument.onderdeelVan),
  onderdelen: follow(relations.instrument.onderdelen),
};
