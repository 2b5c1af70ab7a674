import type {
  QueryResolvers,
  RegionaalInitiatiefResolvers,
  VoortgangsoverzichtResolvers,
} from '../generated/graphql.js';
import type { EntityRecord } from '../graph/entity.js';
import type { RelationType } from '../graph/model.js';
import { pageRequest } from '../graph/pagination.js';
import type { ListQuery } from '../repositories/entity-repository.js';
import { computedEntityFields } from './entiteit.js';
import { byId, listPage, requireId } from './shared.js';

type Related = NonNullable<ListQuery['relatedTo']>[number];
const relatedTo = (argument: string, id: string | null | undefined, type: RelationType): Related[] =>
  id ? [{ type, direction: 'out', id: requireId(argument, id) }] : [];

/** The root fields of schema/regionale-initiatieven.graphql. */
export const initiativeQueries: Pick<QueryResolvers, 'regionaalInitiatief' | 'regionaleInitiatieven'> = {
  regionaalInitiatief: byId('RegionaalInitiatief'),
  regionaleInitiatieven: async (_root, args, context, info) => {
    const page = pageRequest(args);
    const query: ListQuery = {
      labels: ['RegionaalInitiatief'],
      relatedTo: [
        ...relatedTo('gebied', args.gebied, 'INITIATIEF_IN'),
        ...relatedTo('opgave', args.opgave, 'INITIATIEF_VOOR'),
      ],
      order: 'naam',
    };
    return listPage(context, await context.repositories.entities.list(query, page), page, info);
  },
};

/** A stored list of statements; none stored is an empty list. */
const statements = (key: string) => (initiative: EntityRecord) => {
  const value = initiative.properties[key];
  return Array.isArray(value) ? value.map(String) : [];
};

/** A regional initiative's computed fields; its connections come from the read model. */
export const RegionaalInitiatief: RegionaalInitiatiefResolvers = {
  ...computedEntityFields,
  provincies: (initiative, _args, context) => context.loaders.initiativeProvinces.load(initiative.id),
  vragenAanRijk: statements('vragenAanRijk'),
  gaatGoed: statements('gaatGoed'),
  kanBeter: statements('kanBeter'),
};

/** The initiatives in an opgave's progress overview. */
export const initiativeOverviewFields: Pick<VoortgangsoverzichtResolvers, 'regionaleInitiatieven'> = {
  regionaleInitiatieven: (overview, _args, context) => context.repositories.initiatives.concerning(overview.opgave.id),
};
