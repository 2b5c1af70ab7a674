import type { ActorResolvers, EntiteitResolvers, NodeResolvers } from '../generated/graphql.js';
import { otherProperties, recordingOf, stringProperty, variantsOf, type EntityRecord } from '../graph/entity.js';
import { sourcesOf } from '../graph/sources.js';

type NodeTypeName = ReturnType<NonNullable<NodeResolvers['__resolveType']>>;
type ActorTypeName = ReturnType<NonNullable<ActorResolvers['__resolveType']>>;

/** A node's GraphQL type is its kind: the label `Opgave` is the type `Opgave`. */
export const Node: NodeResolvers = { __resolveType: (entity) => entity.label as NodeTypeName };
export const Entiteit: EntiteitResolvers = { __resolveType: (entity) => entity.label as NodeTypeName };
export const Actor: ActorResolvers = { __resolveType: (entity) => entity.label as ActorTypeName };

/** A node's name; a node recorded without one shows its id. */
export const entityName = (entity: EntityRecord): string => stringProperty(entity, 'naam') ?? entity.id;

/**
 * The fields every node computes, whatever its kind (declared `computed` in read-model/read-model.ts;
 * its connections and stored properties are derived from that declaration).
 */
export const computedEntityFields = {
  naam: entityName,
  soort: (entity: EntityRecord) => entity.label,
  bronnen: (entity: EntityRecord) => sourcesOf(entity.properties),
  eigenschappen: (entity: EntityRecord) => otherProperties(entity.properties),
  varianten: (entity: EntityRecord) => variantsOf(entity.properties),
  vastlegging: (entity: EntityRecord) => recordingOf(entity.properties),
};
