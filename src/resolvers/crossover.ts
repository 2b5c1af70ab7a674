import type { CrossoverResolvers } from '../generated/graphql.js';
import { computedEntityFields, entityName } from './entiteit.js';

/** A crossover's computed fields; its connections and stored properties come from the read model. */
export const Crossover: CrossoverResolvers = {
  ...computedEntityFields,
  onderwerp: entityName,
};
