import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { badUserInput } from '../errors.js';
import type {
  BedragsomResolvers,
  QueryResolvers,
  StatusAantalResolvers,
  VoortgangResolvers,
  VoortgangStatus,
  VoortgangsoverzichtResolvers,
} from '../generated/graphql.js';
import { sumAmounts } from '../graph/amounts.js';
import { dateSpan } from '../graph/dates.js';
import { progressReport, reportHtml, reportMarkdown } from '../graph/progress-report.js';
import { sourcesOf } from '../graph/sources.js';
import type { EntityRecord } from '../graph/entity.js';
import { enumValueOf, wordOf } from '../graph/enum-words.js';
import { pageRequest } from '../graph/pagination.js';
import {
  countByStatus,
  latestStatements,
  overdueItems,
  progressOf,
  statusOf,
  type Progress,
} from '../graph/progress.js';
import type { RelationType } from '../graph/model.js';
import { statusStatementsSpec } from '../read-model/read-model.js';
import type { ListQuery } from '../repositories/entity-repository.js';
import { byId, dateWindow, listPage, requireId, type PageArgs } from './shared.js';

/** Progress is derived from the whole history: all of a node's statements (`standen` in the read model). */
const allStatements = 100;

/** `voortgang` of a milestone, instrument, commitment or target: derived from its statements. */
export const progressField = async (
  entity: EntityRecord,
  _args: unknown,
  context: RequestContext,
): Promise<Progress> => {
  const found = await context.loaders.related.load({
    id: entity.id,
    spec: statusStatementsSpec,
    offset: 0,
    limit: allStatements,
  });
  return progressOf(found.items.map(({ node }) => node));
};

type Related = NonNullable<ListQuery['relatedTo']>[number];
const relatedTo = (argument: string, id: string | null | undefined, type: RelationType): Related[] =>
  id ? [{ type, direction: 'out', id: requireId(argument, id) }] : [];

async function listOf(
  context: RequestContext,
  query: ListQuery,
  args: PageArgs,
  info: GraphQLResolveInfo,
): ReturnType<typeof listPage> {
  const page = pageRequest(args);
  return listPage(context, await context.repositories.entities.list(query, page), page, info);
}

/** The first day of a date argument, or today when it is left out. */
function dayArgument(argument: string, value: string | null | undefined): string {
  if (value === null || value === undefined) return new Date().toISOString().slice(0, 10);
  const span = dateSpan(value);
  if (!span) throw badUserInput(argument, `"${value.slice(0, 40)}" is geen datum zoals 2019-02-14, 2019-02 of 2019`);
  return span.van;
}

export function yearArgument(argument: string, value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (value < 1900 || value > 2100) throw badUserInput(argument, `${value} is geen jaar tussen 1900 en 2100`);
  return value;
}

/** The root fields of schema/voortgang.graphql. */
export const voortgangQueries: Pick<
  QueryResolvers,
  | 'stand'
  | 'toezegging'
  | 'toezeggingen'
  | 'doel'
  | 'doelen'
  | 'rapportage'
  | 'rapportages'
  | 'activiteit'
  | 'activiteiten'
  | 'bedrag'
  | 'bedragen'
  | 'bedragTotaal'
  | 'voortgang'
> = {
  stand: byId('Stand'),
  toezegging: byId('Toezegging'),
  toezeggingen: (_root, args, context, info) =>
    listOf(
      context,
      {
        labels: ['Toezegging'],
        relatedTo: [
          ...relatedTo('door', args.door, 'TOEGEZEGD_DOOR'),
          ...relatedTo('voor', args.voor, 'TOEZEGGING_VOOR'),
        ],
        ...dateWindow(args),
        order: 'datum',
      },
      args,
      info,
    ),
  doel: byId('Doel'),
  doelen: (_root, args, context, info) =>
    listOf(context, { labels: ['Doel'], relatedTo: relatedTo('van', args.van, 'DOEL_VAN'), order: 'naam' }, args, info),
  rapportage: byId('Rapportage'),
  rapportages: (_root, args, context, info) =>
    listOf(
      context,
      {
        labels: ['Rapportage'],
        relatedTo: [
          ...relatedTo('aan', args.aan, 'RAPPORTAGE_AAN'),
          ...relatedTo('over', args.over, 'RAPPORTAGE_OVER'),
        ],
        order: 'naam',
      },
      args,
      info,
    ),
  activiteit: byId('Activiteit'),
  activiteiten: (_root, args, context, info) =>
    listOf(
      context,
      { labels: ['Activiteit'], relatedTo: relatedTo('door', args.door, 'UITGEVOERD_DOOR'), order: 'naam' },
      args,
      info,
    ),
  bedrag: byId('Bedrag'),
  bedragen: async (_root, args, context, info) => {
    const page = pageRequest(args);
    const found = await context.repositories.progress.amounts(
      {
        ...(args.van && { of: requireId('van', args.van) }),
        kinds: args.soort?.map(wordOf),
        fromYear: yearArgument('jaar', args.jaar),
        toYear: yearArgument('jaar', args.jaar),
      },
      page,
    );
    return listPage(context, found, page, info);
  },
  bedragTotaal: async (_root, args, context) => {
    const amounts = await context.repositories.progress.allAmounts({
      of: requireId('van', args.van),
      kinds: args.soort?.map(wordOf),
      fromYear: yearArgument('vanJaar', args.vanJaar),
      toYear: yearArgument('totJaar', args.totJaar),
    });
    return sumAmounts(amounts, 'soort');
  },
  voortgang: async (_root, args, context) => {
    const asOf = dayArgument('peildatum', args.peildatum);
    const parts = await context.repositories.progress.overview(requireId('opgave', args.opgave));
    return parts ? { ...parts, asOf } : null;
  },
};

const statusValue = (status: string) => enumValueOf(status) as VoortgangStatus;

export const Voortgang: VoortgangResolvers = {
  status: (progress) => statusValue(progress.status),
  peildatum: (progress) => progress.asOf,
  tegenstrijdig: (progress) => progress.contradictory,
  tegenspraak: (progress) => progress.contradicting,
  jongste: (progress) => progress.newest,
  aantalUitspraken: (progress) => progress.count,
};

export const Bedragsom: BedragsomResolvers = {
  totaal: (sum) => sum.total,
  eenheid: (sum) => sum.unit,
  aantal: (sum) => sum.amounts.length,
  bedragen: (sum) => sum.amounts,
};

export const StatusAantal: StatusAantalResolvers = {
  status: (row) => statusValue(row.status),
  aantal: (row) => row.count,
};

export const Voortgangsoverzicht: VoortgangsoverzichtResolvers = {
  opgave: (overview) => overview.opgave,
  peildatum: (overview) => overview.asOf,
  mijlpalen: (overview) => overview.milestones,
  toezeggingen: (overview) => overview.commitments,
  perStatus: (overview) => countByStatus(overview),
  verlopen: (overview) => overdueItems(overview),
  doelen: (overview) => overview.targets,
  openKnelpunten: (overview) => overview.openBottlenecks,
  rapportages: (overview) => overview.reports,
  laatsteStanden: (overview) => latestStatements(overview),
  rapport: async (overview, { formaat }, context) => {
    const [initiatives, reaches] = await Promise.all([
      context.repositories.initiatives.concerning(overview.opgave.id),
      // The amounts bedragTotalen(opgave:) counts for the opgave: those whose fund reaches it as the graph states.
      context.repositories.progress.amountsWithReach({ opgave: overview.opgave.id }),
    ]);
    const amounts = reaches.map(({ amount }) => amount);
    const cited = [
      ...initiatives,
      ...amounts,
      ...overview.milestones,
      ...overview.commitments,
      ...overview.targets,
      ...overview.openBottlenecks,
      ...overview.reports,
      ...[...overview.statements.values()].flat(),
    ].flatMap((entity) => sourcesOf(entity.properties).map(({ document }) => document));
    const documents = await context.loaders.entity.loadMany([...new Set(cited)]);
    const names = new Map(
      documents.flatMap((document) =>
        document && !(document instanceof Error)
          ? [[document.id, String(document.properties.naam ?? document.id)] as const]
          : [],
      ),
    );
    const report = progressReport({ ...overview, initiatives, amounts }, names);
    return formaat === 'HTML' ? reportHtml(report) : reportMarkdown(report);
  },
};

/** A status statement's status; a stored word outside the vocabulary shows as `ONBEKEND`. */
export const standStatus = (stand: EntityRecord) => statusValue(statusOf(stand));
