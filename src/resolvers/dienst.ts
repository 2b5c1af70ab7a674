import type { DienstResolvers } from '../generated/graphql.js';

/** A Dienst is known by its version; the database facts are fetched when asked for. */
export interface DienstParent {
  versie: string;
}

export const Dienst: DienstResolvers = {
  versie: (dienst) => dienst.versie,
  database: (_dienst, _args, context) => context.repositories.databaseInfo.describe(),
};
