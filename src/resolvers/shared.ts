import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { badUserInput } from '../errors.js';
import {
  otherProperties,
  recordingOf,
  sourcesOf,
  stringProperty,
  variantsOf,
  type ConnectionPage,
  type EntityRecord,
} from '../graph/entity.js';
import { pageRequest } from '../graph/pagination.js';
import { pageKey, type RelationSpec } from '../graph/relation-specs.js';
import type { RelatieType, Richting } from '../generated/graphql.js';
import { lookAhead, readsProperties, registerConnection } from '../loaders/look-ahead.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A connection field: one page of the nodes reached from `entity` by `spec`, via the loader. */
export async function relatedConnection(
  entity: EntityRecord,
  spec: RelationSpec,
  args: PageArgs,
  context: RequestContext,
): Promise<ConnectionPage> {
  const page = pageRequest(args);
  const found = entity.pages?.get(pageKey(spec, page)) ?? (await context.loaders.related.load({ id: entity.id, spec, ...page }));
  return {
    totalCount: found.total,
    offset: page.offset,
    edges: found.items.map((item, index) => ({ node: item.node, relation: item.relation, offset: page.offset + index })),
  };
}

/** Makes a connection resolver for a fixed relation spec (registered, so a look-ahead can fetch it early). */
export const follow = (spec: RelationSpec) =>
  registerConnection(
    (entity: EntityRecord, args: PageArgs, context: RequestContext): Promise<ConnectionPage> =>
      relatedConnection(entity, spec, args, context),
    () => spec,
  );

const directions: Record<Richting, RelationSpec['direction']> = { UIT: 'out', IN: 'in', BEIDE: 'both' };

type VerbandenArgs = PageArgs & { typen?: readonly RelatieType[] | null; richting?: Richting | null };

const verbandenSpec = (args: VerbandenArgs): RelationSpec => ({
  types: args.typen ?? [],
  direction: directions[args.richting ?? 'BEIDE'],
});

/** The fields every node has, whatever its kind. */
export const entityFields = {
  id: readsProperties(['id'], (entity: EntityRecord) => entity.id),
  naam: readsProperties(['naam'], (entity: EntityRecord) => stringProperty(entity, 'naam') ?? entity.id),
  beschrijving: readsProperties(['beschrijving'], (entity: EntityRecord) => stringProperty(entity, 'beschrijving')),
  afkorting: readsProperties(['afkorting'], (entity: EntityRecord) => stringProperty(entity, 'afkorting')),
  soort: readsProperties([], (entity: EntityRecord) => entity.label),
  bronnen: (entity: EntityRecord) => sourcesOf(entity.properties),
  eigenschappen: (entity: EntityRecord) => otherProperties(entity.properties),
  varianten: (entity: EntityRecord) => variantsOf(entity.properties),
  vastlegging: (entity: EntityRecord) => recordingOf(entity.properties),
  verbanden: registerConnection(
    (entity: EntityRecord, args: VerbandenArgs, context: RequestContext) => relatedConnection(entity, verbandenSpec(args), args, context),
    verbandenSpec,
  ),
};

const idPattern = /^[a-z]+:[a-z0-9][a-z0-9-]*$/;

/** Checks an id argument's form; a well-formed id that does not exist is not an error. */
export function requireId(argument: string, id: string): string {
  if (id.length > 200 || !idPattern.test(id)) {
    throw badUserInput(argument, `"${id.slice(0, 80)}" is not an IBP Graph id; ids look like opgave:klimaat`);
  }
  return id;
}

/**
 * The node with this id if it is of one of these kinds, else null. Given the resolver's `info` and the
 * node's GraphQL type, it also fetches every connection the query asks below the node, in the same
 * round trip (see loaders/look-ahead.ts).
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
      ? await context.loaders.entityWithConnections(checked, lookAhead(lookAheadFrom.info, type))
      : await context.loaders.entity.load(checked);
  return entity && accepts(entity) ? entity : null;
}
