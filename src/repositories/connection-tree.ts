import type { EntityRecord, RelationRecord } from '../graph/entity.js';
import { actorLabel, nodeLabels, type NodeLabel, type RelationType } from '../graph/model.js';
import { emptyPlan, type ConnectionPlan, type TreePlan } from '../read-model/plan.js';
import {
  matchedDate,
  nodeProjection,
  orderBy,
  propertyValue,
  relationPatternBetween,
  specCondition,
  specParameters,
  toEntity,
  type NodeRow,
} from './cypher-fragments.js';

/**
 * One Cypher statement for nodes (`$ids`) and every connection a query asks below them, level under level,
 * as the loaders would fetch them one level per round trip. Each connection is one `CALL` subquery:
 * the whole sorted list (for its total), cut to the page asked for, and for each node on the page
 * its own connections. Variables and parameters are named by position in the plan (`c0_1`, `$o0_1`),
 * so the text depends on the query's shape alone and Neo4j reuses its plan.
 *
 * A connection comes back as `[total, edges]` and each edge as one flat list of values in the order
 * `edgeValues` gives them (see `readEdge`): a deep answer holds thousands of edges, and a list of
 * values decodes from Bolt with far less work than nested maps whose keys repeat in every edge.
 */
export function connectionTreeCypher(plan: TreePlan): { cypher: string; parameters: Record<string, unknown> } {
  const parameters: Record<string, unknown> = {};
  const root = 'n0';
  const cypher = `UNWIND $ids AS id
MATCH (${root}:Entiteit {id: id})
${connectionCalls(root, plan, '', 0, parameters)}
RETURN ${nodeProjection(root)} AS node, ${connectionsList(plan, '')} AS connections`;
  return { cypher, parameters };
}

const childPath = (path: string, index: number) => `${path}${path ? '_' : ''}${index}`;

function connectionCalls(
  node: string,
  plan: TreePlan,
  path: string,
  level: number,
  parameters: Record<string, unknown>,
): string {
  return plan.connections
    .map(
      (connection, index) =>
        `CALL (${node}) {\n${connectionQuery(node, connection, childPath(path, index), level, parameters)}\n}`,
    )
    .join('\n');
}

function connectionsList(plan: TreePlan, path: string): string {
  return `[${plan.connections.map((_, index) => `c${childPath(path, index)}`).join(', ')}]`;
}

function connectionQuery(
  node: string,
  plan: ConnectionPlan,
  path: string,
  level: number,
  parameters: Record<string, unknown>,
): string {
  const { spec, page, nodes, relations } = plan;
  const [relation, other, found, total, items] = ['r', 'm', 'found', 'total', 'page'].map(
    (name) => `${name}${level + 1}`,
  ) as [string, string, string, string, string];
  parameters[`o${path}`] = page.offset;
  parameters[`l${path}`] = page.limit;
  Object.assign(parameters, specParameters(spec, `k${path}`));
  if (!knownLabel(plan)) parameters.kinds = nodeLabels;
  // The relation is carried along only when the query asks for it, the date a window matched only with a window.
  const matched = spec.dateWindow ? matchedDate(other, `k${path}`) : undefined;
  const wrapped = relations || matched !== undefined;
  const carried = [...(relations ? [`r: ${relation}`] : []), `m: ${other}`, ...(matched ? [`d: ${matched}`] : [])];
  const head = `MATCH ${relationPatternBetween(node, relation, other, spec.direction, spec.types)}
WHERE ${specCondition(relation, other, spec, `k${path}`)}
WITH ${relation}, ${other} ORDER BY ${orderBy(other, spec.order, relation)}
WITH collect(${wrapped ? `{${carried.join(', ')}}` : other}) AS ${found}
WITH size(${found}) AS ${total}, ${found}[$o${path}..($o${path} + $l${path})] AS ${items}`;
  const edge = (element: string) =>
    wrapped
      ? edgeValues(`${element}.m`, relations ? `${element}.r` : undefined, plan, matched && `${element}.d`)
      : edgeValues(element, undefined, plan);
  if (!nodes) {
    return `${head}
RETURN [${total}, [item IN ${items} | [${edge('item').join(', ')}]]] AS c${path}`;
  }
  const index = `i${level + 1}`;
  const element = `e${level + 1}`;
  return `${head}
CALL (${items}) {
UNWIND range(0, size(${items}) - 1) AS ${index}
WITH ${index}, ${items}[${index}] AS ${element}
WITH ${index}, ${element}, ${wrapped ? `${element}.m` : element} AS ${other}
${connectionCalls(other, nodes, path, level + 1, parameters)}
RETURN collect([${[index, ...edge(element), ...nodes.connections.map((_, child) => `c${childPath(path, child)}`)].join(', ')}]) AS ${items}_
}
RETURN [${total}, ${items}_] AS c${path}`;
}

/** The one kind the nodes of a connection can have, when its spec says. */
function knownLabel({ spec }: ConnectionPlan): NodeLabel | undefined {
  const [only, ...others] = spec.targets ?? [];
  return only && others.length === 0 && only !== actorLabel ? only : undefined;
}

/**
 * The values of one edge, in the order `readEdge` reads them: the node's kind (unless the spec
 * says it), the properties asked for (each in its place; all of them as one map when the query
 * may read any), and when the relation is asked for: its type (unless the spec follows one
 * type), its ends (only in both directions; otherwise they are the two nodes) and its properties
 * in the same way; last, with a date window, the date that lies in it.
 */
function edgeValues(node: string, relation: string | undefined, plan: ConnectionPlan, matched?: string): string[] {
  const values = knownLabel(plan) ? [] : [`head([label IN labels(${node}) WHERE label IN $kinds])`];
  values.push(...propertyValues(node, plan.properties));
  if (relation) {
    if (plan.spec.types.length !== 1) values.push(`type(${relation})`);
    if (plan.spec.direction === 'both') values.push(`startNode(${relation}).id`, `endNode(${relation}).id`);
    values.push(...propertyValues(relation, plan.relationProperties));
  }
  if (matched) values.push(matched);
  return values;
}

const propertyValues = (variable: string, only: readonly string[] | undefined): string[] =>
  only ? only.map((property) => propertyValue(variable, property)) : [`properties(${variable})`];

/** A node with the pages of its connections, in the plan's order. */
export interface EntityTree {
  node: EntityRecord;
  connections: ConnectionTree[];
}

export interface ConnectionTree {
  total: number;
  /** Each with the relation it was reached by, when the query asks for it. */
  items: Array<{ relation?: RelationRecord; matchedDate?: string } & EntityTree>;
}

/** A connection as the statement returns it: the total, and the page's edges as lists of values. */
export type ConnectionRow = [total: number, edges: unknown[][]];

/** Reads the statement's row back into the plan's shape. */
export function toEntityTree(node: NodeRow, connections: readonly ConnectionRow[], plan: TreePlan): EntityTree {
  const entity = toEntity(node);
  return {
    node: entity,
    connections: plan.connections.map((connection, index) => readConnection(connections[index], connection, entity.id)),
  };
}

function readConnection(row: ConnectionRow | undefined, plan: ConnectionPlan, from: string): ConnectionTree {
  const [total, edges] = row ?? [0, []];
  // Edges collected after an UNWIND carry their place on the page first; sort by it rather than trust the order.
  const ordered = plan.nodes ? [...edges].sort((a, b) => (a[0] as number) - (b[0] as number)) : edges;
  return { total, items: ordered.map((edge) => readEdge(edge, plan, from)) };
}

/** One edge from its values (see `edgeValues`); `from` is the id of the node the connection starts from. */
function readEdge(values: unknown[], plan: ConnectionPlan, from: string): ConnectionTree['items'][number] {
  let at = plan.nodes ? 1 : 0;
  const next = () => values[at++];
  const known = knownLabel(plan);
  const kind = known ?? next();
  const node = toEntity({
    labels: typeof kind === 'string' ? [kind] : [],
    properties: readProperties(next, plan.properties),
  });
  let relation: RelationRecord | undefined;
  if (plan.relations) {
    const { types, direction } = plan.spec;
    const type = (types.length === 1 ? types[0] : next()) as RelationType;
    const [van, naar] =
      direction === 'both' ? [String(next()), String(next())] : direction === 'out' ? [from, node.id] : [node.id, from];
    relation = { type, van, naar, properties: readProperties(next, plan.relationProperties) };
  }
  const matched = plan.spec.dateWindow ? next() : null;
  const connections = (plan.nodes ?? emptyPlan).connections.map((connection) =>
    readConnection(next() as ConnectionRow | undefined, connection, node.id),
  );
  return {
    ...(relation && { relation }),
    ...(typeof matched === 'string' && { matchedDate: matched }),
    node,
    connections,
  };
}

function readProperties(next: () => unknown, only: readonly string[] | undefined): Record<string, unknown> {
  if (!only) return next() as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  for (const property of only) properties[property] = next();
  return properties;
}
