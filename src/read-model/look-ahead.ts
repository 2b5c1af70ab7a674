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
import { specFor, type ConnectionField } from './fields.js';
import { emptyPlan, hasConnections, type ConnectionPlan, type TreePlan } from './plan.js';
import { pageKey, type RelationSpec } from './relation-spec.js';
import { dateProperties, type ReadModel } from './read-model.js';

const { parseResolveInfo, simplifyParsedResolveInfoFragmentWithType: fieldsFor } = resolveInfo;

/** Deeper levels are left to the loaders; the query depth limit stops far sooner anyway. */
const maxLevels = 6;

/**
 * Reads ahead in a query, from the field being resolved, which connections will be asked of the node
 * it returns (of GraphQL type `type`) and of the nodes on their pages, and which properties of those
 * nodes, so that one Cypher statement can fetch just that. A pure function of the read model and the
 * query. Only what is certain is planned: a field whose arguments are bad, or connections below nodes
 * of an interface type, are left to their resolvers (and the loaders), which answer or report them.
 */
export function lookAhead(model: ReadModel, info: GraphQLResolveInfo, type: GraphQLObjectType): TreePlan {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  return tree ? planFor(model, [tree], type, info.schema, 1) : emptyPlan;
}

/** The same for a root list (a connection field): what the query asks below each node on its page. */
export function lookAheadInList(model: ReadModel, info: GraphQLResolveInfo): TreePlan {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const definition = info.parentType.getFields()[info.fieldName];
  const nodeType = definition && connectionTypes(definition)?.node;
  if (!tree || !definition || !nodeType || !isObjectType(nodeType)) return emptyPlan;
  const nodeTrees = edgeSelections(tree, definition).filter(({ name }) => name === 'node');
  return planFor(model, nodeTrees, nodeType, info.schema, 1);
}

/**
 * The stored properties a root list's query reads of each node on its page (always `id`), or
 * undefined for all of them. Unlike `lookAheadInList`, its nodes may be of an interface type.
 */
export function propertiesReadInList(model: ReadModel, info: GraphQLResolveInfo): string[] | undefined {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const definition = info.parentType.getFields()[info.fieldName];
  if (!tree || !definition) return undefined;
  const nodeTrees = edgeSelections(tree, definition).filter(({ name }) => name === 'node');
  return propertiesRead(model, nodeTrees, info.schema, ['id']);
}

type FieldDefinition = GraphQLField<unknown, unknown>;

/** The plan below `trees`: one or more selections of nodes of `type` (aliases of one field merge). */
function planFor(
  model: ReadModel,
  trees: readonly ResolveTree[],
  type: GraphQLObjectType,
  schema: GraphQLSchema,
  level: number,
): TreePlan {
  // Two selections of one connection with the same page get one page: plan them as one.
  const groups = new Map<
    string,
    { spec: RelationSpec; page: PageRequest; fields: ResolveTree[]; definition: FieldDefinition }
  >();
  for (const field of trees.flatMap((tree) => selected(tree, type))) {
    const definition = type.getFields()[field.name];
    const declared = connectionOf(model, type.name, field.name);
    if (!definition || !declared) continue;
    let spec: RelationSpec;
    let page: PageRequest;
    try {
      spec = specFor(declared, field.args);
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
    // The date a window matched is shown from the node's dates.
    const foundDate = edgeFields.some(({ name }) => name === 'gevondenDatum') ? dateProperties : [];
    const properties = propertiesRead(model, nodeTrees, schema, ['id', ...foundDate]);
    const relationProperties = relations ? propertiesRead(model, relationTrees, schema, []) : undefined;
    const nodeType = connectionTypes(definition)?.node;
    const nodes =
      nodeType && isObjectType(nodeType) && level < maxLevels
        ? planFor(model, nodeTrees, nodeType, schema, level + 1)
        : undefined;
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

function connectionOf(model: ReadModel, type: string, field: string): ConnectionField | undefined {
  const declared = model[type]?.[field];
  return declared?.kind === 'connection' ? declared : undefined;
}

/** The edge and node types of a connection field (`edges { node }`), when it is one. */
export function connectionTypes(definition: FieldDefinition) {
  const connection = getNamedType(definition.type);
  if (!isObjectType(connection)) return undefined;
  const edge = getNamedType(connection.getFields().edges?.type);
  if (!edge || !isObjectType(edge)) return undefined;
  const node: GraphQLNamedType | undefined = getNamedType(edge.getFields().node?.type);
  return node && { connection, edge, node };
}

/** What a connection field's `edges { … }` selections ask of each edge (`node`, `relatie`, `cursor`). */
function edgeSelections(field: ResolveTree, definition: FieldDefinition): ResolveTree[] {
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
function propertiesRead(
  model: ReadModel,
  trees: readonly ResolveTree[],
  schema: GraphQLSchema,
  always: readonly string[],
): string[] | undefined {
  const properties = new Set(always);
  for (const tree of trees) {
    for (const [typeName, fields] of Object.entries(tree.fieldsByTypeName)) {
      const type = schema.getType(typeName);
      const types = isObjectType(type) ? [type] : isAbstractType(type) ? schema.getPossibleTypes(type) : [];
      for (const field of Object.values(fields)) {
        for (const { name } of types) {
          const reads = fieldReads(model, name, field.name);
          if (reads === 'all') return undefined;
          for (const property of reads) properties.add(property);
        }
      }
    }
  }
  return [...properties].sort();
}

/** The stored properties one field reads; a field the read model does not declare reads its namesake. */
function fieldReads(model: ReadModel, type: string, field: string): readonly string[] | 'all' {
  if (field === '__typename') return [];
  const fields = model[type];
  if (!fields) return 'all';
  const declared = fields[field];
  if (!declared) return [field];
  if (declared.kind === 'connection') return [];
  if (declared.kind === 'property') return [declared.property];
  return declared.reads;
}

function selected(tree: ResolveTree, type: GraphQLObjectType): ResolveTree[] {
  return Object.values(fieldsFor(tree, type).fields as Record<string, ResolveTree>);
}
