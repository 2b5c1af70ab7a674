import {
  getNamedType,
  isEnumType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { RequestContext } from '../context.js';
import { stringProperty } from '../graph/entity.js';
import { enumValueOf } from '../graph/enum-words.js';
import { specFor, type ConnectionField } from '../read-model/fields.js';
import type { ReadModel } from '../read-model/read-model.js';
import { relatedConnection, type PageArgs } from './shared.js';

type Resolver = GraphQLFieldResolver<
  { id: string; properties: Record<string, unknown> },
  RequestContext,
  Record<string, unknown>
>;

/**
 * The resolvers of every connection field and stored property the read model declares (a scalar it
 * leaves out shows the stored property of its own name), by GraphQL type and field. Computed fields
 * are left to hand-written resolvers.
 */
export function deriveResolvers(schema: GraphQLSchema, model: ReadModel): Record<string, Record<string, Resolver>> {
  const resolvers: Record<string, Record<string, Resolver>> = {};
  for (const [typeName, declared] of Object.entries(model)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const fields: Record<string, Resolver> = {};
    for (const definition of Object.values(type.getFields())) {
      const field = declared[definition.name];
      if (field?.kind === 'computed') continue;
      fields[definition.name] =
        field?.kind === 'connection'
          ? connectionResolver(field)
          : propertyResolver(field?.property ?? definition.name, getNamedType(definition.type));
    }
    resolvers[typeName] = fields;
  }
  return resolvers;
}

function connectionResolver(field: ConnectionField): Resolver {
  return (entity, args, context) => relatedConnection(entity as never, specFor(field, args), args as PageArgs, context);
}

/**
 * Shows a stored property as the field's type: text for `String` and `ID`, numbers and booleans only
 * when stored as such, and an enum's value from the same word in lower case (`fysiek` → `FYSIEK`,
 * `wet-en-regelgeving` → `WET_EN_REGELGEVING`).
 */
function propertyResolver(property: string, type: GraphQLNamedType): Resolver {
  if (isEnumType(type)) {
    const values = new Set(type.getValues().map(({ value }) => String(value)));
    return (parent) => {
      const stored = stringProperty(parent, property);
      const value = stored === null ? null : enumValueOf(stored);
      return value !== null && values.has(value) ? value : null;
    };
  }
  switch (type.name) {
    case 'Int':
    case 'Float':
      return (parent) => (typeof parent.properties[property] === 'number' ? parent.properties[property] : null);
    case 'Boolean':
      return (parent) => (typeof parent.properties[property] === 'boolean' ? parent.properties[property] : null);
    default:
      return (parent) => stringProperty(parent, property);
  }
}
