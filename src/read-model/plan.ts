import type { PageRequest } from '../graph/pagination.js';
import type { RelationSpec } from './relation-spec.js';

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

export const emptyPlan: TreePlan = { connections: [] };

export const hasConnections = (plan: TreePlan): boolean => plan.connections.length > 0;
