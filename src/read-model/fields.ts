import { dateWindowOf } from '../graph/dates.js';
import type { RelationSpec } from './relation-spec.js';

/**
 * What one field of a graph type reads, declared once. Resolvers, the look-ahead and the Cypher it
 * generates are all derived from these declarations (see read-model.ts).
 */
export type FieldRead = ConnectionField | PropertyField | ComputedField;

/** How a connection field follows relations, given the field's arguments. */
export type SpecOf = (args: Readonly<Record<string, unknown>>) => RelationSpec;

/** A page of the nodes reached by following relations: fixed, or chosen by the field's arguments. */
export interface ConnectionField {
  kind: 'connection';
  spec: RelationSpec | SpecOf;
  /** The fixed part of a spec that the field's arguments refine, for the start-up check. */
  base?: RelationSpec;
  /** Which arguments refine it: `rolSoort:` (byRoleKind) or `vanaf:` and `tot:` (byDateWindow). */
  refinedBy?: 'rolSoort' | 'datum';
  /**
   * Why this connection may reach kinds of node its GraphQL type cannot hold, which the start-up
   * check otherwise refuses. Each use is a known defect of the API, kept so answers do not change.
   */
  knownMismatch?: string;
}

/** A stored property of the node or relation, converted to the field's GraphQL type. */
export interface PropertyField {
  kind: 'property';
  property: string;
}

/**
 * A value a hand-written resolver computes, reading only these stored properties (`all`: any of
 * them). What it reads is declared so that a look-ahead fetches no more and no less.
 */
export interface ComputedField {
  kind: 'computed';
  reads: readonly string[] | 'all';
}

export const connection = (spec: RelationSpec | SpecOf, knownMismatch?: string): ConnectionField => ({
  kind: 'connection',
  spec,
  ...(knownMismatch && { knownMismatch }),
});

/**
 * A connection whose relations carry roles: its `rolSoort:` argument keeps only relations of those
 * role kinds (none given: all of them).
 */
export const byRoleKind = (spec: RelationSpec): ConnectionField => ({
  kind: 'connection',
  base: spec,
  refinedBy: 'rolSoort',
  spec: (args) => {
    const kinds = Array.isArray(args.rolSoort) ? args.rolSoort.map((kind) => String(kind).toLowerCase()) : [];
    return kinds.length > 0 ? { ...spec, roleKinds: kinds } : spec;
  },
});

/**
 * A connection to dated nodes (graph/dates.ts, `datedKinds`): its `vanaf:` and `tot:` arguments keep only
 * nodes with a date, the main value or a variant, that overlaps that window (none given: all of them).
 */
export const byDateWindow = (spec: RelationSpec): ConnectionField => ({
  kind: 'connection',
  base: spec,
  refinedBy: 'datum',
  spec: (args) => {
    const window = dateWindowOf(args);
    return window ? { ...spec, dateWindow: window } : spec;
  },
});

/** The spec a connection follows whatever its arguments, when there is one. */
export const fixedSpec = (field: ConnectionField): RelationSpec | undefined =>
  field.base ?? (typeof field.spec === 'function' ? undefined : field.spec);

/** A field that shows a stored property of another name; a field left undeclared shows its own. */
export const property = (name: string): PropertyField => ({ kind: 'property', property: name });

export const computed = (reads: readonly string[] | 'all'): ComputedField => ({ kind: 'computed', reads });

/** The spec a connection follows for these arguments. */
export function specFor(field: ConnectionField, args: Readonly<Record<string, unknown>>): RelationSpec {
  return typeof field.spec === 'function' ? field.spec(args) : field.spec;
}
