import type { CrossoverPartnerResolvers, OpgaveResolvers } from '../generated/graphql.js';
import { computedEntityFields } from './entiteit.js';

/** An opgave's computed fields; its connections and stored properties come from the read model. */
export const Opgave: OpgaveResolvers = {
  ...computedEntityFields,
  crossoverPartners: (opgave, _args, context) => context.loaders.crossoverPartners.load(opgave.id),
};

export const CrossoverPartner: CrossoverPartnerResolvers = {
  opgave: (partner) => partner.opgave,
  crossover: (partner) => partner.crossover,
  verbindingen: (partner) => partner.relations,
};
