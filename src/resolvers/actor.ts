import type {
  ActorResolvers,
  GemeenteResolvers,
  KoepelResolvers,
  MinisterieResolvers,
  OrganisatieResolvers,
  OverlegResolvers,
  PersoonResolvers,
  ProvincieResolvers,
  WaterschapResolvers,
} from '../generated/graphql.js';
import { stringProperty, type EntityRecord } from '../graph/entity.js';
import { relations } from '../graph/relation-specs.js';
import { readsProperties } from '../loaders/look-ahead.js';
import { entityFields, follow } from './shared.js';

const actor = relations.actor;

/** What every kind of actor has. */
const actorFields = {
  ...entityFields,
  trekkerVan: follow(actor.trekkerVan),
  betrokkenBij: follow(actor.betrokkenBij),
  lidVan: follow(actor.lidVan),
  ondertekende: follow(actor.ondertekende),
  afzenderVan: follow(actor.afzenderVan),
};

export const Actor: ActorResolvers = {
  __resolveType: (entity) => entity.label as ReturnType<NonNullable<ActorResolvers['__resolveType']>>,
};

export const Ministerie: MinisterieResolvers = { ...actorFields, medewerkers: follow(actor.medewerkers) };

export const Koepel: KoepelResolvers = {
  ...actorFields,
  leden: follow(actor.leden),
  vertegenwoordigers: follow(actor.vertegenwoordigers),
};

export const Provincie: ProvincieResolvers = {
  ...actorFields,
  cbsCode: readsProperties(['cbsCode'], (provincie: EntityRecord) => stringProperty(provincie, 'cbsCode')),
  regios: follow(actor.regios),
  gemeenten: follow(actor.gemeenten),
  opgaven: follow(actor.opgaven),
  vertegenwoordigers: follow(actor.vertegenwoordigers),
};

export const Gemeente: GemeenteResolvers = { ...actorFields, ligtIn: follow(actor.ligtIn), opgaven: follow(actor.opgaven) };

export const Waterschap: WaterschapResolvers = { ...actorFields, ligtIn: follow(actor.ligtIn) };

export const Organisatie: OrganisatieResolvers = { ...actorFields, ligtIn: follow(actor.ligtIn) };

export const Overleg: OverlegResolvers = {
  ...actorFields,
  leden: follow(actor.leden),
  voorzitters: follow(actor.voorzitters),
  onderdeelVan: follow(actor.onderdeelVan),
  mijlpalen: follow(actor.mijlpalen),
};

export const Persoon: PersoonResolvers = {
  ...actorFields,
  rol: readsProperties(['rol'], (persoon: EntityRecord) => stringProperty(persoon, 'rol')),
  werktBij: follow(actor.werktBij),
  vertegenwoordigt: follow(actor.vertegenwoordigt),
  voorzitterVan: follow(actor.voorzitterVan),
};
