import { createHash } from 'node:crypto';
import { dateSpan, sourcedDates } from '../graph/dates.js';
import type { NodeLabel, RelationType } from '../graph/model.js';
import { sourceLists } from '../graph/sources.js';
import { seedOrigin, type NodeRow, type RelationRow } from '../repositories/seed-repository.js';
import type { Bron, SeedNode, SeedRelation } from './seed-schema.js';

export function toNodeRow(node: SeedNode): NodeRow {
  const span = typeof node.eigenschappen?.datum === 'string' ? dateSpan(node.eigenschappen.datum) : undefined;
  return {
    label: node.label as NodeLabel,
    properties: {
      ...node.eigenschappen,
      id: node.id,
      naam: node.naam,
      ...(node.afkorting !== undefined && { afkorting: node.afkorting }),
      ...(node.beschrijving !== undefined && { beschrijving: node.beschrijving }),
      // Claims that disagree with the main values, each with its source; kept as JSON text.
      ...(node.varianten?.length && { varianten: JSON.stringify(node.varianten) }),
      ...sourceLists(node.bronnen),
      // The days the main date covers, for sorting; and those of every date the documents give, for
      // date windows (see graph/dates.ts).
      ...(span && { datumVan: span.van, datumTot: span.tot }),
      ...dateWindowProperties(node),
      herkomst: seedOrigin,
    },
    ...(node.vervangt && { replaces: node.vervangt }),
  };
}

/**
 * Relations that state the same fact (same ends, type and properties) in several records
 * become one relation with all their sources; different properties stay different relations.
 */
export function toRelationRows(relations: readonly SeedRelation[]): RelationRow[] {
  const merged = new Map<string, { relation: SeedRelation; sources: Bron[] }>();
  for (const relation of relations) {
    const key = relationKey(relation);
    const existing = merged.get(key);
    if (existing) existing.sources.push(...relation.bronnen);
    else merged.set(key, { relation, sources: [...relation.bronnen] });
  }
  return [...merged.entries()].map(([sleutel, { relation, sources }]) => ({
    type: relation.type as RelationType,
    van: relation.van,
    naar: relation.naar,
    properties: { ...relation.eigenschappen, ...sourceLists(uniqueSources(sources)), sleutel, herkomst: seedOrigin },
  }));
}

/** `van>TYPE>naar`, plus a short hash of the properties when it has any. */
export function relationKey(relation: Pick<SeedRelation, 'van' | 'type' | 'naar' | 'eigenschappen'>): string {
  const base = `${relation.van}>${relation.type}>${relation.naar}`;
  const properties = relation.eigenschappen ?? {};
  if (Object.keys(properties).length === 0) return base;
  const canonical = JSON.stringify(Object.entries(properties).sort(([a], [b]) => a.localeCompare(b)));
  return `${base}#${createHash('sha256').update(canonical).digest('hex').slice(0, 12)}`;
}

function uniqueSources(sources: readonly Bron[]): Bron[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = JSON.stringify([source.document, source.regels, source.citaat, source.ook ?? []]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every date of a node, main value first, as three parallel lists: its text, first and last day. */
function dateWindowProperties(node: SeedNode): Record<string, string[]> {
  const dates = sourcedDates({
    ...(node.eigenschappen?.datum !== undefined && { datum: String(node.eigenschappen.datum) }),
    ...(node.varianten?.length && { varianten: JSON.stringify(node.varianten) }),
  });
  if (dates.length === 0) return {};
  return {
    datumWaarden: dates.map(({ waarde }) => waarde),
    datumenVan: dates.map(({ van }) => van),
    datumenTot: dates.map(({ tot }) => tot),
  };
}
