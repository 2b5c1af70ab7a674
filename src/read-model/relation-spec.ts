import type { DateWindow } from '../graph/dates.js';
import type { NodeLabel, RelationType } from '../graph/model.js';

export type Direction = 'out' | 'in' | 'both';
/**
 * `positie`: list by list in the order of the text (the relation's first source: where its list starts),
 * then by the place in the list (`positie`), as `NOEMT` records them. `ouderdom`: oldest first, by the
 * date of the earliest document among a node's sources.
 */
export type SortOrder = 'naam' | 'nummer' | 'datum' | 'positie' | 'ouderdom';
export type LabelFilter = NodeLabel | 'Actor';

/**
 * A way to follow relations from a node: which types, which direction, which kinds of node
 * at the other end, in which order. Every connection field of the API follows one.
 */
export interface RelationSpec {
  types: readonly RelationType[];
  direction: Direction;
  targets?: readonly LabelFilter[];
  order?: SortOrder;
  /** Only relations whose `rolSoort` is one of these (see `roleKinds` in graph/model.ts). */
  roleKinds?: readonly string[];
  /** Only nodes with a date (main value or variant) that overlaps this window (see `dateWindowOf` in graph/dates.ts). */
  dateWindow?: DateWindow;
}

/** A stable text form, used as part of DataLoader keys. */
export function specKey(spec: RelationSpec): string {
  return [
    spec.direction,
    spec.types.join('|') || '*',
    spec.targets?.join('|') ?? '*',
    spec.order ?? 'naam',
    spec.roleKinds?.join('|') ?? '*',
    spec.dateWindow ? `${spec.dateWindow.from ?? ''}..${spec.dateWindow.to ?? ''}` : '*',
  ].join('/');
}

/** A stable text form of a spec and a page of it. */
export function pageKey(spec: RelationSpec, page: { offset: number; limit: number }): string {
  return `${specKey(spec)}#${page.offset}#${page.limit}`;
}

/** Follows outgoing relations of these types, to nodes of these kinds (any, when left out). */
export const out = (types: RelationType[], targets?: LabelFilter[], order?: SortOrder): RelationSpec => ({
  types,
  direction: 'out',
  targets,
  order,
});

/** Follows incoming relations of these types, from nodes of these kinds (any, when left out). */
export const into = (types: RelationType[], targets?: LabelFilter[], order?: SortOrder): RelationSpec => ({
  types,
  direction: 'in',
  targets,
  order,
});
