import type { DatumPrecisie, DatumResolvers, MijlpaalResolvers } from '../generated/graphql.js';
import { sourcedDates } from '../graph/dates.js';
import type { EdgeRecord } from '../graph/entity.js';
import { computedEntityFields } from './entiteit.js';

/** A milestone's computed fields; its connections and stored properties come from the read model. */
export const Mijlpaal: MijlpaalResolvers = {
  ...computedEntityFields,
  datums: (mijlpaal) => sourcedDates(mijlpaal.properties),
};

export const Datum: DatumResolvers = {
  waarde: (date) => date.waarde,
  van: (date) => date.van,
  tot: (date) => date.tot,
  precisie: (date) => date.precisie.toUpperCase() as DatumPrecisie,
  hoofdwaarde: (date) => date.hoofdwaarde,
  bron: (date) => date.bron,
};

/** The date of an edge's milestone that a list's date window matched. */
export const gevondenDatum = (record: EdgeRecord) =>
  record.matchedDate === undefined
    ? null
    : (sourcedDates(record.node.properties).find(({ waarde }) => waarde === record.matchedDate) ?? null);
