import type {
  EscalatiestapResolvers,
  KnelpuntResolvers,
  KnelpuntStatus,
  QueryResolvers,
  StandResolvers,
} from '../generated/graphql.js';
import { stringProperty, type EntityRecord } from '../graph/entity.js';
import { enumValueOf, wordOf } from '../graph/enum-words.js';
import { bottleneckStatuses, defaultBottleneckStatus } from '../graph/model.js';
import { pageRequest } from '../graph/pagination.js';
import { computedEntityFields } from './entiteit.js';
import { byId, listPage, requireId } from './shared.js';

/** The root fields of schema/knelpunten.graphql. */
export const knelpuntQueries: Pick<QueryResolvers, 'knelpunt' | 'knelpunten'> = {
  knelpunt: byId('Knelpunt'),
  knelpunten: async (_root, args, context, info) => {
    const page = pageRequest(args);
    const found = await context.repositories.bottlenecks.list(
      {
        kinds: args.soort?.map(wordOf),
        statuses: args.status?.map(wordOf),
        ...(args.opgave && { opgave: requireId('opgave', args.opgave) }),
        ...(args.regio && { area: requireId('regio', args.regio) }),
        ...(args.overleg && { body: requireId('overleg', args.overleg) }),
      },
      page,
    );
    return listPage(context, found, page, info);
  },
};

/** A knelpunt's computed fields; its connections and stored properties come from the read model. */
export const Knelpunt: KnelpuntResolvers = {
  ...computedEntityFields,
  status: async (knelpunt, _args, context) =>
    bottleneckStatusValue((await context.loaders.bottleneckStatuses.load(knelpunt.id))?.status ?? null),
  statusversie: async (knelpunt, _args, context) =>
    (await context.loaders.bottleneckStatuses.load(knelpunt.id))?.version ?? 1,
  gesignaleerdIn: async (knelpunt, _args, context) => {
    const ids = [...new Set(asStrings(knelpunt.properties.bronDocument))];
    const found = await context.loaders.entity.loadMany(ids);
    return earliestDocument(found.filter((entity): entity is EntityRecord => isDocument(entity)));
  },
  route: (knelpunt, _args, context) => context.loaders.bottleneckRoutes.load(knelpunt.id),
};

export const Escalatiestap: EscalatiestapResolvers = {
  stap: (step) => step.step,
  overleg: (step) => step.body,
  via: (step) => step.via,
  vanaf: (step) =>
    step.via
      .filter((relation) => relation.type === 'BEHANDELD_IN' && typeof relation.properties.vanaf === 'string')
      .map((relation) => String(relation.properties.vanaf))
      .sort()
      .at(-1) ?? null,
};

/** A stored status word as `KnelpuntStatus`; a missing or unknown word shows as `ONBEKEND`. */
export function bottleneckStatusValue(word: string | null): KnelpuntStatus {
  const known = word !== null && (bottleneckStatuses as readonly string[]).includes(word);
  return enumValueOf(known ? word : defaultBottleneckStatus) as KnelpuntStatus;
}

/**
 * A status statement about a knelpunt (made by `knelpuntStatusWijzigen`, which alone stores the status
 * before, `vorigeStatus`) carries a knelpunt's status; other statements carry none.
 */
export const Stand: Pick<StandResolvers, 'knelpuntStatus' | 'vorigeStatus'> = {
  knelpuntStatus: (stand) =>
    stringProperty(stand, 'vorigeStatus') === null ? null : bottleneckStatusValue(stringProperty(stand, 'status')),
  vorigeStatus: (stand) => {
    const before = stringProperty(stand, 'vorigeStatus');
    return before === null ? null : bottleneckStatusValue(before);
  },
};

/** The document with the first `datumVan`, the id breaking ties: the order of `knelpunten` (`ouderdom`). */
function earliestDocument(documents: readonly EntityRecord[]): EntityRecord | null {
  const day = (document: EntityRecord) => stringProperty(document, 'datumVan') ?? '9999';
  return [...documents].sort((a, b) => day(a).localeCompare(day(b)) || a.id.localeCompare(b.id))[0] ?? null;
}

function isDocument(entity: EntityRecord | Error | null): boolean {
  return entity !== null && !(entity instanceof Error) && entity.label === 'Document';
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
