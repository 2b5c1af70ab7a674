import type { DatumPrecisie, DatumResolvers } from '../generated/graphql.js';
import { sourcedDates } from '../graph/dates.js';
import type { EdgeRecord, EntityRecord } from '../graph/entity.js';

/** `datums` of every kind in `datedKinds` (graph/dates.ts): the main date first, then the variants. */
export const datums = (node: EntityRecord) => sourcedDates(node.properties);

export const Datum: DatumResolvers = {
  waarde: (date) => date.waarde,
  van: (date) => date.van,
  tot: (date) => date.tot,
  precisie: (date) => date.precisie.toUpperCase() as DatumPrecisie,
  hoofdwaarde: (date) => date.hoofdwaarde,
  bron: (date) => date.bron,
};

/** The date of an edge's node that a list's date window matched (kinds in `windowedKinds`). */
export const gevondenDatum = (record: EdgeRecord) =>
  record.matchedDate === undefined
    ? null
    : (sourcedDates(record.node.properties).find(({ waarde }) => waarde === record.matchedDate) ?? null);
