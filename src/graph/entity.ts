import type { NodeLabel, RelationType } from './model.js';
import { sourceProperties, sourceRecordOf, type SourceRecord, type WrittenSource } from './sources.js';

/** A node as resolvers see it: its id, its kind and its stored properties. */
export interface EntityRecord {
  id: string;
  label: NodeLabel;
  properties: Record<string, unknown>;
  /**
   * Pages of its relations fetched ahead for the query that reached this node (see
   * read-model/look-ahead.ts), by `pageKey`; their nodes may hold only the properties that query reads.
   */
  pages?: ReadonlyMap<string, RelatedNodes>;
}

/**
 * Nodes reached from one node along a relation spec: one page of them, and how many there are;
 * each with the relation it was reached by (left out when fetched ahead for a query that does not ask)
 * and, in a list with a date window, the node's date that lies in it.
 */
export interface RelatedNodes {
  total: number;
  items: Array<{ node: EntityRecord; relation?: RelationRecord; matchedDate?: string }>;
}

/** A relation as resolvers see it, with the ids of both ends. */
export interface RelationRecord {
  type: RelationType;
  van: string;
  naar: string;
  properties: Record<string, unknown>;
}

export interface VariantRecord {
  eigenschap: string;
  waarde: string;
  bron: SourceRecord;
}

/** One element of a page: the node, and the relation it was reached by (if any). */
export interface EdgeRecord {
  node: EntityRecord;
  relation?: RelationRecord;
  score?: number;
  /** In a list with a date window: the node's date (its text) that lies in the window. */
  matchedDate?: string;
  offset: number;
}

/** One page of a list, with what pageInfo and totalCount need. */
export interface ConnectionPage {
  edges: EdgeRecord[];
  totalCount: number;
  offset: number;
}

/** Properties the service manages itself; everything else is shown as an `Eigenschap`. */
const internalProperties = new Set([
  'id',
  'naam',
  'afkorting',
  'beschrijving',
  'herkomst',
  'sleutel',
  'varianten',
  'datumVan',
  'datumTot',
  'datumWaarden',
  'datumenVan',
  'datumenTot',
  ...sourceProperties,
  'vastgelegdDoor',
  'vastgelegdOp',
  'gewijzigdOp',
  'gewijzigdDoor',
  'versie',
]);

/** The stored properties `recordingOf` reads. */
export const recordingProperties = ['herkomst', 'vastgelegdDoor', 'vastgelegdOp', 'versie', 'gewijzigdOp'] as const;

/** Who recorded a fact through the API, when, and its version; null for facts from the documents. */
export function recordingOf(
  properties: Record<string, unknown>,
): { door: string; op: string; versie: number; gewijzigdOp: string | null } | null {
  if (properties.herkomst !== 'api') return null;
  return {
    door: String(properties.vastgelegdDoor),
    op: String(properties.vastgelegdOp),
    versie: Number(properties.versie),
    gewijzigdOp: typeof properties.gewijzigdOp === 'string' ? properties.gewijzigdOp : null,
  };
}

/** The properties that are not managed by the service, as name/value pairs in name order. */
export function otherProperties(properties: Record<string, unknown>): Array<{ naam: string; waarde: string }> {
  return Object.entries(properties)
    .filter(([name, value]) => !internalProperties.has(name) && value !== null && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([naam, value]) => ({ naam, waarde: Array.isArray(value) ? value.join(', ') : String(value) }));
}

/** The claims that disagree with the main values, stored as JSON text by the seed loader. */
export function variantsOf(properties: Record<string, unknown>): VariantRecord[] {
  if (typeof properties.varianten !== 'string') return [];
  const stored = JSON.parse(properties.varianten) as Array<{
    eigenschap: string;
    waarde: unknown;
    bron: WrittenSource;
  }>;
  return stored.map((variant) => ({
    eigenschap: variant.eigenschap,
    waarde: String(variant.waarde),
    bron: sourceRecordOf(variant.bron),
  }));
}

/** A string property, or null when it is missing. */
export function stringProperty(entity: { properties: Record<string, unknown> }, name: string): string | null {
  const value = entity.properties[name];
  return value === null || value === undefined ? null : String(value);
}
