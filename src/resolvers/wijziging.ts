import { auditTrailReaders, mayReadAuditTrail, requireRole } from '../auth/caller.js';
import { badUserInput } from '../errors.js';
import type {
  QueryResolvers,
  WijzigingConnectionResolvers,
  WijzigingEdgeResolvers,
  WijzigingResolvers,
  WijzigingResultaatResolvers,
  VastleggingResolvers,
} from '../generated/graphql.js';
import type { RelationType } from '../graph/model.js';
import { encodeCursor, pageInfo, pageRequest } from '../graph/pagination.js';
import { requireId } from './shared.js';

/** A relation's key `van>TYPE>naar` in its parts; undefined when the subject is a node id. */
function relationParts(onderwerp: string): { van: string; type: RelationType; naar: string } | undefined {
  const parts = onderwerp.split('>');
  if (parts.length !== 3) return undefined;
  const [van, type, naar] = parts as [string, RelationType, string];
  return { van, type, naar };
}

export const WijzigingResultaat: WijzigingResultaatResolvers = {
  wijziging: (result) => result.change,
  herhaald: (result) => result.replayed,
  knooppunt: (result, _args, context) => {
    const { soort, onderwerp } = result.change;
    if (soort === 'INGETROKKEN' || relationParts(onderwerp)) return null;
    // The loader may hold the node as it was before this mutation.
    return context.loaders.entity.clear(onderwerp).load(onderwerp);
  },
  relatie: async (result, _args, context) => {
    const relation = relationParts(result.change.onderwerp);
    if (result.change.soort === 'INGETROKKEN' || !relation) return null;
    return (
      (await context.repositories.recording.findRelation(
        relation.van,
        relation.type,
        relation.naar,
        result.change.onderwerp,
      )) ?? null
    );
  },
};

/** Who recorded a fact is part of the audit trail: only those who may read that see it. */
export const Vastlegging: VastleggingResolvers = {
  door: (recording, _args, context) => (mayReadAuditTrail(context.caller) ? recording.door : null),
};

export const Wijziging: WijzigingResolvers = {
  id: (change) => change.id,
  soort: (change) => change.soort,
  mutatie: (change) => change.mutatie,
  door: (change) => change.door,
  rol: (change) => change.rol,
  op: (change) => change.op,
  onderwerp: (change) => change.onderwerp,
  knooppunten: (change) => change.knooppunten,
  reden: (change) => change.reden ?? null,
  voor: (change) => (change.voor ? JSON.parse(change.voor) : null),
  na: (change) => (change.na ? JSON.parse(change.na) : null),
};

export const WijzigingConnection: WijzigingConnectionResolvers = {
  edges: (page) => page.items.map((change, index) => ({ change, offset: page.offset + index })),
  pageInfo: (page) => pageInfo(page.offset, page.items.length, page.total),
  totalCount: (page) => page.total,
};

export const WijzigingEdge: WijzigingEdgeResolvers = {
  node: (edge) => edge.change,
  cursor: (edge) => encodeCursor(edge.offset),
};

/** An instant the client gave, in the stored form (ISO 8601, UTC), so that strings compare as times. */
function requireInstant(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const time = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time))
    throw badUserInput(argument, `"${value.slice(0, 40)}" is geen moment zoals 2026-11-01 of 2026-11-01T09:00:00Z`);
  return new Date(time).toISOString();
}

export const wijzigingQueries: Pick<QueryResolvers, 'wijzigingen'> = {
  wijzigingen: async (_root, args, context) => {
    requireRole(context.caller, ...auditTrailReaders);
    const page = pageRequest(args);
    const filter = {
      knooppunt: args.knooppunt ? requireId('knooppunt', args.knooppunt) : null,
      door: args.door ?? null,
      vanaf: requireInstant('vanaf', args.vanaf),
      tot: requireInstant('tot', args.tot),
    };
    if (filter.door !== null && filter.door.length > 200)
      throw badUserInput('door', 'mag hoogstens 200 tekens lang zijn');
    const found = await context.repositories.audit.list(filter, page);
    return { ...found, offset: page.offset };
  },
};
