import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { badUserInput } from '../errors.js';
import type { OpgaveCategorie, QueryResolvers, Sortering } from '../generated/graphql.js';
import type { ConnectionPage } from '../graph/entity.js';
import { isActorLabel } from '../graph/model.js';
import { maxPageSize, pageRequest } from '../graph/pagination.js';
import { buildSearchQuery } from '../graph/search-query.js';
import type { ListQuery } from '../repositories/entity-repository.js';
import { propertiesReadInList } from '../read-model/look-ahead.js';
import { readModel } from '../read-model/read-model.js';
import type { SortOrder } from '../read-model/relation-spec.js';
import { bedragTotalenQuery } from './bedraggroep.js';
import { knelpuntQueries } from './knelpunt.js';
import { initiativeQueries } from './regionaal-initiatief.js';
import { byId, dateWindow, entityOfKind, listPage, requireId, type PageArgs } from './shared.js';
import { tekstQueries } from './tekst.js';
import { verkenningQueries } from './verkenning.js';
import { voortgangQueries } from './voortgang.js';
import { wijzigingQueries } from './wijziging.js';

const sortOrders: Record<Sortering, SortOrder> = { NAAM: 'naam', NUMMER: 'nummer', DATUM: 'datum' };
const categories: Record<OpgaveCategorie, string> = {
  FYSIEK: 'fysiek',
  SOCIAAL: 'sociaal',
  OVERKOEPELEND: 'overkoepelend',
};

/**
 * A root list: one page of the nodes that match, in the chosen order, with the connections the query
 * asks below them (see `listPage`).
 */
async function list(
  context: RequestContext,
  query: Omit<ListQuery, 'order'> & { sortering?: Sortering | null },
  args: PageArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionPage> {
  const page = pageRequest(args);
  const found = await context.repositories.entities.list(
    { ...query, order: sortOrders[query.sortering ?? 'NAAM'] },
    page,
  );
  return listPage(context, found, page, info);
}

type RelatedFilter = NonNullable<ListQuery['relatedTo']>[number];

/** A list filter "has a relation of this type to (or from) that node", when an id was given. */
function relatedTo(
  argument: string,
  id: string | null | undefined,
  type: RelatedFilter['type'],
  direction: RelatedFilter['direction'],
): RelatedFilter[] {
  return id ? [{ type, direction, id: requireId(argument, id) }] : [];
}

export const Query: QueryResolvers = {
  ...verkenningQueries,
  ...wijzigingQueries,
  ...knelpuntQueries,
  ...initiativeQueries,
  ...voortgangQueries,
  ...bedragTotalenQuery,
  ...tekstQueries,
  dienst: (_root, _args, context) => ({ versie: context.serviceVersion }),

  opgave: byId('Opgave'),
  opgaven: (_root, args, context, info) =>
    list(
      context,
      {
        labels: ['Opgave'],
        equals: args.categorie ? { categorie: categories[args.categorie] } : undefined,
        sortering: args.sortering,
      },
      args,
      info,
    ),
  thema: byId('Thema'),
  themas: (_root, args, context, info) =>
    list(
      context,
      { labels: ['Thema'], relatedTo: relatedTo('opgave', args.opgave, 'THEMA_VAN', 'out'), sortering: args.sortering },
      args,
      info,
    ),

  actor: (_root, { id }, context) => entityOfKind(context, 'id', id, (entity) => isActorLabel(entity.label)),
  actoren: (_root, args, context, info) =>
    list(context, { labels: args.soort?.length ? args.soort : ['Actor'], sortering: args.sortering }, args, info),

  regio: byId('Regio'),
  regios: (_root, args, context, info) =>
    list(
      context,
      {
        labels: ['Regio'],
        relatedTo: [
          ...relatedTo('provincie', args.provincie, 'LIGT_IN', 'out'),
          ...relatedTo('opgave', args.opgave, 'SPEELT_IN', 'in'),
        ],
        sortering: args.sortering,
      },
      args,
      info,
    ),

  instrument: byId('Instrument'),
  instrumenten: (_root, args, context, info) =>
    list(
      context,
      {
        labels: ['Instrument'],
        relatedTo: [
          ...relatedTo('opgave', args.opgave, 'INSTRUMENT_VOOR', 'out'),
          ...relatedTo('regio', args.regio, 'INSTRUMENT_VOOR', 'out'),
        ],
        ...dateWindow(args),
        sortering: args.sortering,
      },
      args,
      info,
    ),

  crossover: byId('Crossover'),
  crossovers: (_root, args, context, info) =>
    list(
      context,
      {
        labels: ['Crossover'],
        relatedTo: [
          ...relatedTo('opgave', args.opgave, 'VERBINDT', 'out'),
          ...relatedTo('regio', args.regio, 'BETREFT', 'out'),
        ],
        sortering: args.sortering,
      },
      args,
      info,
    ),

  document: byId('Document'),
  documenten: (_root, args, context, info) =>
    list(context, { labels: ['Document'], sortering: args.sortering }, args, info),

  mijlpaal: byId('Mijlpaal'),
  mijlpalen: (_root, args, context, info) => {
    return list(
      context,
      {
        labels: ['Mijlpaal'],
        relatedTo: relatedTo('van', args.van, 'MIJLPAAL_VAN', 'out'),
        ...dateWindow(args),
        sortering: args.sortering,
      },
      args,
      info,
    );
  },

  node: (_root, { id }, context) => context.loaders.entity.load(requireId('id', id)),
  nodes: (_root, { ids }, context) => {
    if (ids.length > maxPageSize) throw badUserInput('ids', `hoogstens ${maxPageSize} ids, niet ${ids.length}`);
    return context.loaders.entity
      .loadMany(ids.map((id) => requireId('ids', id)))
      .then((found) => found.map((entity) => (entity instanceof Error ? null : entity)));
  },

  zoek: async (_root, args, context, info) => {
    const query = buildSearchQuery(args.tekst);
    const page = pageRequest(args);
    const properties = propertiesReadInList(readModel, info);
    const found = await context.repositories.search.search(query, args.soorten ?? undefined, page, properties);
    return {
      totalCount: found.total,
      offset: page.offset,
      edges: found.items.map((item, index) => ({ node: item.node, score: item.score, offset: page.offset + index })),
    };
  },
};
