import type { EntityRecord, RelationRecord } from '../graph/entity.js';
import { actorLabel, type NodeLabel } from '../graph/model.js';
import { emptyPlan, type ConnectionPlan, type TreePlan } from '../read-model/plan.js';
import {
  nodeProjection,
  orderBy,
  propertiesValue,
  relationPatternBetween,
  specCondition,
  specParameters,
  toEntity,
  toRelation,
  type NodeRow,
  type RelationRow,
} from './cypher-fragments.js';

/**
 * One Cypher statement for nodes (`$ids`) and every connection a query asks below them, level under level,
 * as the loaders would fetch them one level per round trip. Each connection is one `CALL` subquery:
 * the whole sorted list (for its total), cut to the page asked for, and for each node on the page
 * its own connections. Variables and parameters are named by position in the plan (`c0_1`, `$o0_1`),
 * so the text depends on the query's shape alone and Neo4j reuses its plan.
 */
export function connectionTreeCypher(plan: TreePlan): { cypher: string; parameters: Record<string, unknown> } {
  const parameters: Record<string, unknown> = {};
  const root = 'n0';
  const cypher = `UNWIND $ids AS id
MATCH (${root}:Entiteit {id: id})
${connectionCalls(root, plan, '', 0, parameters)}
RETURN ${nodeProjection(root)} AS node, ${connectionsMap(plan, '')} AS connections`;
  return { cypher, parameters };
}

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
        `CALL (${node}) {\n${connectionQuery(node, connection, `${path}${path ? '_' : ''}${index}`, level, parameters)}\n}`,
    )
    .join('\n');
}

function connectionsMap(plan: TreePlan, path: string): string {
  return `{${plan.connections.map((_, index) => `c${index}: c${path}${path ? '_' : ''}${index}`).join(', ')}}`;
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
  // The relation is carried along only when the query asks for it.
  const head = `MATCH ${relationPatternBetween(node, relation, other, spec.direction, spec.types)}
WHERE ${specCondition(relation, other, spec, `k${path}`)}
WITH ${relation}, ${other} ORDER BY ${orderBy(other, spec.order, relation)}
WITH collect(${relations ? `{r: ${relation}, m: ${other}}` : other}) AS ${found}
WITH size(${found}) AS ${total}, ${found}[$o${path}..($o${path} + $l${path})] AS ${items}`;
  const edge = (element: string) => {
    const [r, m] = relations ? [`${element}.r`, `${element}.m`] : ['', element];
    return `node: ${nodeValue(m, plan)}${relations ? `, relation: ${relationValue(r, node, m, plan)}` : ''}`;
  };
  if (!nodes) {
    return `${head}
RETURN {total: ${total}, items: [item IN ${items} | {${edge('item')}}]} AS c${path}`;
  }
  const index = `i${level + 1}`;
  const element = `e${level + 1}`;
  // The node it starts from comes along: an edge's relation names it as one of its ends.
  return `${head}
CALL (${node}, ${items}) {
UNWIND range(0, size(${items}) - 1) AS ${index}
WITH ${index}, ${items}[${index}] AS ${element}
WITH ${index}, ${element}, ${relations ? `${element}.m` : element} AS ${other}
${connectionCalls(other, nodes, path, level + 1, parameters)}
RETURN collect({i: ${index}, ${edge(element)}, connections: ${connectionsMap(nodes, path)}}) AS ${items}_
}
RETURN {total: ${total}, items: ${items}_} AS c${path}`;
}

/** The one kind the nodes of a connection can have, when its spec says. */
function knownLabel({ spec }: ConnectionPlan): NodeLabel | undefined {
  const [only, ...others] = spec.targets ?? [];
  return only && others.length === 0 && only !== actorLabel ? only : undefined;
}

/** A node of a connection: its labels (unless its kind is known) and the properties asked for. */
function nodeValue(variable: string, plan: ConnectionPlan): string {
  return knownLabel(plan)
    ? `{properties: ${propertiesValue(variable, plan.properties)}}`
    : nodeProjection(variable, plan.properties);
}

/** The relation of an edge; one end is the node the connection starts from, the other the node reached. */
function relationValue(
  relation: string,
  from: string,
  to: string,
  { spec, relationProperties }: ConnectionPlan,
): string {
  const [van, naar] =
    spec.direction === 'out'
      ? [`${from}.id`, `${to}.id`]
      : spec.direction === 'in'
        ? [`${to}.id`, `${from}.id`]
        : [`startNode(${relation}).id`, `endNode(${relation}).id`];
  return `{type: type(${relation}), van: ${van}, naar: ${naar}, properties: ${propertiesValue(relation, relationProperties)}}`;
}

/** A node with the pages of its connections, in the plan's order. */
export interface EntityTree {
  node: EntityRecord;
  connections: ConnectionTree[];
}

export interface ConnectionTree {
  total: number;
  /** Each with the relation it was reached by, when the query asks for it. */
  items: Array<{ relation?: RelationRecord } & EntityTree>;
}

interface ConnectionRow {
  total: number;
  /** `node` has no labels when the connection's spec says what kind its nodes are. */
  items: Array<{
    i?: number;
    node: Partial<NodeRow> & Pick<NodeRow, 'properties'>;
    relation?: RelationRow;
    connections?: Record<string, ConnectionRow>;
  }>;
}

function withLabel(node: Partial<NodeRow> & Pick<NodeRow, 'properties'>, connection: ConnectionPlan): NodeRow {
  const label = knownLabel(connection);
  return node.labels ? (node as NodeRow) : { labels: label ? [label] : [], properties: node.properties };
}

/** Reads the statement's row back into the plan's shape. */
export function toEntityTree(node: NodeRow, connections: Record<string, ConnectionRow>, plan: TreePlan): EntityTree {
  return {
    node: toEntity(node),
    connections: plan.connections.map((connection, index) => {
      const row = connections[`c${index}`] ?? { total: 0, items: [] };
      // Rows collected after an UNWIND carry their place on the page; sort by it rather than trust the order.
      const items = [...row.items].sort((a, b) => (a.i ?? 0) - (b.i ?? 0));
      return {
        total: row.total,
        items: items.map((item) => ({
          ...(item.relation && { relation: toRelation(item.relation) }),
          ...toEntityTree(withLabel(item.node, connection), item.connections ?? {}, connection.nodes ?? emptyPlan),
        })),
      };
    }),
  };
}
