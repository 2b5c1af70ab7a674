import {
  getNamedType,
  isAbstractType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import resolveInfo from 'graphql-parse-resolve-info';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { pageRequest, type PageRequest } from '../graph/pagination.js';
import { pageKey, type RelationSpec } from '../graph/relation-specs.js';

const { parseResolveInfo, simplifyParsedResolveInfoFragmentWithType: fieldsFor } = resolveInfo;

/** How a connection field follows relations, given its arguments. */
export type SpecOf = (args: Record<string, unknown>) => RelationSpec;

/** Connection resolvers, each with how it follows relations (see `follow` in resolvers/shared.ts). */
const connectionSpecs = new WeakMap<object, SpecOf>();
/** Field resolvers that read only these properties of a node (see `reads` in resolvers/shared.ts). */
const propertyReads = new WeakMap<object, readonly string[]>();

export function registerConnection<Resolver extends object, Args>(resolver: Resolver, specOf: (args: Args) => RelationSpec): Resolver {
  connectionSpecs.set(resolver, specOf as SpecOf);
  return resolver;
}

/** Marks a field resolver as reading only these properties, so a look-ahead need fetch no others. */
export function readsProperties<Resolver extends object>(properties: readonly string[], resolver: Resolver): Resolver {
  propertyReads.set(resolver, properties);
  return resolver;
}

/**
 * The schema's connection fields, and what each other field reads of a node, as `Type.field`. The
 * executable schema holds bound copies of the resolvers, so they are indexed once, by name, from the
 * resolver map. A field whose resolver does not say what it reads reads everything.
 */
const connectionFields = new Map<string, SpecOf>();
const fieldProperties = new Map<string, readonly string[]>();

export function indexResolvers(resolvers: Record<string, object>): void {
  for (const [type, fields] of Object.entries(resolvers)) {
    for (const [field, resolver] of Object.entries(fields)) {
      if (typeof resolver !== 'function') continue;
      const specOf = connectionSpecs.get(resolver);
      if (specOf) connectionFields.set(`${type}.${field}`, specOf);
      const reads = propertyReads.get(resolver);
      if (reads) fieldProperties.set(`${type}.${field}`, reads);
    }
  }
}

/** The connections asked for below one node, each with the connections asked for below its nodes. */
export interface TreePlan {
  connections: ConnectionPlan[];
}

export interface ConnectionPlan {
  spec: RelationSpec;
  page: PageRequest;
  /** The properties the query reads of the nodes on the page; absent: all of them. */
  properties?: readonly string[];
  /** Whether the query asks for the relation of each edge (`relatie`). */
  relations: boolean;
  /** The properties it reads of those relations; absent: all of them. */
  relationProperties?: readonly string[];
  /** What is asked of each node on the page; absent when nothing below it is a connection. */
  nodes?: TreePlan;
}

/** Deeper levels are left to the loaders; the query depth limit stops far sooner anyway. */
const maxLevels = 6;

/**
 * Reads ahead in a query, from the field being resolved, which connections will be asked of the node
 * it returns (of GraphQL type `type`) and of the nodes on their pages, and which properties of those
 * nodes, so that one Cypher statement can fetch just that. Only what is certain is planned: a field
 * whose arguments are bad, or connections below nodes of an interface type, are left to their
 * resolvers (and the loaders), which answer or report them.
 */
export function lookAhead(info: GraphQLResolveInfo, type: GraphQLObjectType): TreePlan {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  return tree ? planFor([tree], type, info.schema, 1) : { connections: [] };
}

/** The same for a root list (a connection field): what the query asks below each node on its page. */
export function lookAheadInList(info: GraphQLResolveInfo): TreePlan {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const definition = info.parentType.getFields()[info.fieldName];
  const nodeType = definition && nodeTypeOf(definition);
  if (!tree || !definition || !nodeType || !isObjectType(nodeType)) return { connections: [] };
  const nodeTrees = edgeSelections(tree, definition).filter(({ name }) => name === 'node');
  return planFor(nodeTrees, nodeType, info.schema, 1);
}

export const hasConnections = (plan: TreePlan): boolean => plan.connections.length > 0;

/** The plan below `trees`: one or more selections of nodes of `type` (aliases of one field merge). */
function planFor(trees: readonly ResolveTree[], type: GraphQLObjectType, schema: GraphQLSchema, level: number): TreePlan {
  // Two selections of one connection with the same page get one page: plan them as one.
  const groups = new Map<string, { spec: RelationSpec; page: PageRequest; fields: ResolveTree[]; definition: GraphQLField<unknown, unknown> }>();
  for (const field of trees.flatMap((tree) => selected(tree, type))) {
    const definition = type.getFields()[field.name];
    const specOf = connectionFields.get(`${type.name}.${field.name}`);
    if (!definition || !specOf) continue;
    let spec: RelationSpec;
    let page: PageRequest;
    try {
      spec = specOf(field.args);
      page = pageRequest(field.args as { first?: number; after?: string });
    } catch {
      continue;
    }
    const key = pageKey(spec, page);
    const group = groups.get(key);
    if (group) group.fields.push(field);
    else groups.set(key, { spec, page, fields: [field], definition });
  }
  const connections = [...groups.values()].map(({ spec, page, fields, definition }): ConnectionPlan => {
    const edgeFields = fields.flatMap((field) => edgeSelections(field, definition));
    const nodeTrees = edgeFields.filter(({ name }) => name === 'node');
    const relationTrees = edgeFields.filter(({ name }) => name === 'relatie');
    const relations = relationTrees.length > 0;
    const properties = propertiesRead(nodeTrees, schema, ['id']);
    const relationProperties = relations ? propertiesRead(relationTrees, schema, []) : undefined;
    const nodeType = nodeTypeOf(definition);
    const nodes = nodeType && isObjectType(nodeType) && level < maxLevels ? planFor(nodeTrees, nodeType, schema, level + 1) : undefined;
    return {
      spec,
      page,
      relations,
      ...(properties && { properties }),
      ...(relationProperties && { relationProperties }),
      ...(nodes && hasConnections(nodes) && { nodes }),
    };
  });
  return { connections };
}

/** The edge and node types of a connection field (`edges { node }`), when it is one. */
function connectionTypes(definition: GraphQLField<unknown, unknown>) {
  const connection = getNamedType(definition.type);
  if (!isObjectType(connection)) return undefined;
  const edge = getNamedType(connection.getFields().edges?.type);
  if (!edge || !isObjectType(edge)) return undefined;
  return { connection, edge, node: getNamedType(edge.getFields().node?.type) };
}

function nodeTypeOf(definition: GraphQLField<unknown, unknown>): GraphQLNamedType | undefined {
  return connectionTypes(definition)?.node;
}

/** What a connection field's `edges { … }` selections ask of each edge (`node`, `relatie`, `cursor`). */
function edgeSelections(field: ResolveTree, definition: GraphQLField<unknown, unknown>): ResolveTree[] {
  const types = connectionTypes(definition);
  if (!types) return [];
  return selected(field, types.connection)
    .filter(({ name }) => name === 'edges')
    .flatMap((edges) => selected(edges, types.edge));
}

/**
 * The properties these selections (of nodes or relations) read besides `always`, or undefined for
 * all. A field selected on an interface reads what it reads in any type that implements it.
 */
function propertiesRead(trees: readonly ResolveTree[], schema: GraphQLSchema, always: readonly string[]): string[] | undefined {
  const properties = new Set(always);
  for (const tree of trees) {
    for (const [typeName, fields] of Object.entries(tree.fieldsByTypeName)) {
      const type = schema.getType(typeName);
      const types = isObjectType(type) ? [type] : isAbstractType(type) ? schema.getPossibleTypes(type) : [];
      for (const field of Object.values(fields)) {
        for (const { name } of types) {
          if (connectionFields.has(`${name}.${field.name}`)) continue;
          const reads = fieldProperties.get(`${name}.${field.name}`);
          if (!reads) return undefined;
          for (const property of reads) properties.add(property);
        }
      }
    }
  }
  return [...properties].sort();
}

function selected(tree: ResolveTree, type: GraphQLObjectType): ResolveTree[] {
  return Object.values(fieldsFor(tree, type).fields as Record<string, ResolveTree>);
}
