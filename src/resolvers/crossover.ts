import type { CrossoverResolvers } from '../generated/graphql.js';
import { relations } from '../graph/relation-specs.js';
import { entityFields, follow } from './shared.js';

export const Crossover: CrossoverResolvers = {
  ...entityFields,
  onderwerp: (crossover) => entityFields.naam(crossover),
  opgaven: follow(relations.crossover.opgaven),
  betreft: follow(relations.crossover.betreft),
};
