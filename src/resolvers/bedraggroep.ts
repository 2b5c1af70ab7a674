import type { BedragGroepering, BedraggroepResolvers, QueryResolvers } from '../generated/graphql.js';
import { groupAmounts, type AmountGrouping } from '../graph/amounts.js';
import { enumValueOf, wordOf } from '../graph/enum-words.js';
import { requireId } from './shared.js';
import { yearArgument } from './voortgang.js';

const groupings: Record<BedragGroepering, AmountGrouping> = {
  OPGAVE: 'opgave',
  FONDS: 'fund',
  JAAR: 'year',
  REEKS: 'series',
};
const defaultGrouping: BedragGroepering[] = ['OPGAVE', 'FONDS', 'JAAR'];

/** `bedragTotalen`: the amounts that pass the filters, grouped and summed (graph/amounts.ts, groupAmounts). */
export const bedragTotalenQuery: Pick<QueryResolvers, 'bedragTotalen'> = {
  bedragTotalen: async (_root, args, context) => {
    const opgave = args.opgave ? requireId('opgave', args.opgave) : undefined;
    const reaches = await context.repositories.progress.amountsWithReach({
      ...(args.fonds && { of: requireId('fonds', args.fonds) }),
      ...(opgave && { opgave }),
      kinds: args.soort?.map(wordOf),
      fromYear: yearArgument('vanJaar', args.vanJaar),
      toYear: yearArgument('totJaar', args.totJaar),
    });
    const grouping = new Set((args.groeperOp ?? defaultGrouping).map((value) => groupings[value]));
    return groupAmounts(reaches, grouping, opgave);
  },
};

export const Bedraggroep: BedraggroepResolvers = {
  opgave: (group) => group.opgave,
  fonds: (group) => group.fund,
  jaar: (group) => group.year,
  reeks: (group) => group.series,
  soortBedrag: (group) => (group.kind === null ? null : (enumValueOf(group.kind) as never)),
  eenheid: (group) => group.unit,
  totaal: (group) => group.total,
  aantal: (group) => group.amounts.length,
  bedragen: (group) => group.amounts,
  verbanden: (group) => group.via,
};
