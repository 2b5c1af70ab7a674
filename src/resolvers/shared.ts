import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { badUserInput } from '../errors.js';
import { dateWindowOf } from '../graph/dates.js';
import type { ConnectionPage, EntityRecord } from '../graph/entity.js';
import { idPattern, type NodeLabel } from '../graph/model.js';
import { pageRequest, type PageRequest } from '../graph/pagination.js';
import { lookAhead, lookAheadInList } from '../read-model/look-ahead.js';
import { hasConnections } from '../read-model/plan.js';
import type { ListPage } from '../repositories/entity-repository.js';
import { readModel } from '../read-model/read-model.js';
import { pageKey, type RelationSpec } from '../read-model/relation-spec.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * A connection field: one page of the nodes reached from `entity` by `spec`; fetched ahead with the
 * node when a look-ahead planned it, else through the loader.
 */
export async function relatedConnection(
  entity: EntityRecord,
  spec: RelationSpec,
  args: PageArgs,
  context: RequestContext,
): Promise<ConnectionPage> {
  const page = pageRequest(args);
  const found =
    entity.pages?.get(pageKey(spec, page)) ?? (await context.loaders.related.load({ id: entity.id, spec, ...page }));
  return {
    totalCount: found.total,
    offset: page.offset,
    edges: found.items.map((item, index) => ({
      node: item.node,
      relation: item.relation,
      offset: page.offset + index,
      ...(item.matchedDate !== undefined && { matchedDate: item.matchedDate }),
    })),
  };
}

/**
 * A root list's page of nodes as a connection, with the connections the query asks below them fetched
 * ahead for the whole page in a second round trip (see read-model/look-ahead.ts).
 */
export async function listPage(
  context: RequestContext,
  found: ListPage,
  page: PageRequest,
  info: GraphQLResolveInfo,
): Promise<ConnectionPage> {
  for (const node of found.items) context.loaders.entity.prime(node.id, node);
  const plan = lookAheadInList(readModel, info);
  const ids = found.items.map(({ id }) => id);
  const ahead =
    hasConnections(plan) && ids.length > 0 ? await context.loaders.entitiesWithConnections(ids, plan) : undefined;
  return {
    totalCount: found.total,
    offset: page.offset,
    edges: found.items.map((node, index) => ({
      node: ahead?.get(node.id) ?? node,
      offset: page.offset + index,
      ...(found.matchedDates[index] && { matchedDate: found.matchedDates[index] }),
    })),
  };
}

/** Checks an id argument's form; a well-formed id that does not exist is not an error. */
/** The window of a dated root list (`vanaf`, `tot`) as the list query takes it (see `dateWindowOf`). */
export function dateWindow(args: { vanaf?: string | null; tot?: string | null }): {
  dateFrom?: string;
  dateTo?: string;
} {
  const window = dateWindowOf(args);
  return {
    ...(window?.from !== undefined && { dateFrom: window.from }),
    ...(window?.to !== undefined && { dateTo: window.to }),
  };
}

export function requireId(argument: string, id: string): string {
  if (id.length > 200 || !idPattern.test(id)) {
    throw badUserInput(argument, `"${id.slice(0, 80)}" is geen id van IBP Graph; een id ziet eruit als opgave:klimaat`);
  }
  return id;
}

/**
 * The node with this id if it is of one of these kinds, else null. Given the resolver's `info` and the
 * node's GraphQL type, it also fetches every connection the query asks below the node, in the same
 * round trip (see read-model/look-ahead.ts).
 */
export async function entityOfKind(
  context: RequestContext,
  argument: string,
  id: string,
  accepts: (entity: EntityRecord) => boolean,
  lookAheadFrom?: { info: GraphQLResolveInfo; type: string },
): Promise<EntityRecord | null> {
  const checked = requireId(argument, id);
  const type = lookAheadFrom && lookAheadFrom.info.schema.getType(lookAheadFrom.type);
  const entity =
    lookAheadFrom && isObjectType(type)
      ? await context.loaders.entityWithConnections(checked, lookAhead(readModel, lookAheadFrom.info, type))
      : await context.loaders.entity.load(checked);
  return entity && accepts(entity) ? entity : null;
}

/** A root field for one node of a kind, by id, fetched with the connections the query asks below it. */
export const byId =
  (label: NodeLabel) =>
  (
    _root: unknown,
    { id }: { id: string },
    context: RequestContext,
    info: GraphQLResolveInfo,
  ): Promise<EntityRecord | null> =>
    entityOfKind(context, 'id', id, (entity) => entity.label === label, { info, type: label });
