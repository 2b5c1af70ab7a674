import type { EntiteitResolvers, NodeResolvers } from '../generated/graphql.js';

type NodeTypeName = ReturnType<NonNullable<NodeResolvers['__resolveType']>>;

/** A node's GraphQL type is its kind: the label `Opgave` is the type `Opgave`. */
export const Node: NodeResolvers = { __resolveType: (entity) => entity.label as NodeTypeName };
export const Entiteit: EntiteitResolvers = { __resolveType: (entity) => entity.label as NodeTypeName };
