import { actorLabel, nodeLabels, relationTypeNames, type NodeLabel, type RelationType } from '../graph/model.js';
import type { Direction, LabelFilter, RelationSpec, SortOrder } from '../read-model/relation-spec.js';
import type { EntityRecord, RelationRecord } from '../graph/entity.js';

/**
 * Pieces of Cypher that cannot be parameters (relation types, labels, sort keys). Each is
 * checked against the model's fixed lists, so no input ever reaches the query text.
 */
export function relationTypesExpression(types: readonly string[]): string {
  for (const type of types) {
    if (!(relationTypeNames as readonly string[]).includes(type)) throw new Error(`unknown relation type ${type}`);
  }
  return types.length > 0 ? `:${types.join('|')}` : anyRelation;
}

/**
 * Every relation type of the model. "Any relation" means these, never a bare `-[r]-`: a
 * retracted relation is kept as `INGETROKKEN` and must not be walked.
 */
export const anyRelation = `:${relationTypeNames.join('|')}`;

export function labelCondition(variable: string, labels: readonly LabelFilter[] | undefined): string {
  if (!labels || labels.length === 0) return 'true';
  for (const label of labels) {
    if (label !== actorLabel && !(nodeLabels as readonly string[]).includes(label))
      throw new Error(`unknown label ${label}`);
  }
  return `(${labels.map((label) => `${variable}:${label}`).join(' OR ')})`;
}

/**
 * What a spec asks of the relation and the node it reaches: the kinds of node, the role kinds when it
 * names them (passed as the parameter `parameter`), and a date window when it has one (the
 * parameters `parameter_van` and `parameter_tot`, from `specParameters`): some date of the node, its
 * main value or a variant, overlaps the window. Nodes recorded through the API hold only their main
 * date (`datumVan`, `datumTot`); a node without a date lies in no window.
 */
export function specCondition(relation: string, other: string, spec: RelationSpec, parameter: string): string {
  const conditions = [labelCondition(other, spec.targets)];
  if (spec.roleKinds) conditions.push(`${relation}.rolSoort IN $${parameter}`);
  if (spec.dateWindow) conditions.push(`${matchedDate(other, parameter)} IS NOT NULL`);
  return conditions.join(' AND ');
}

/**
 * The first date of `other` (its text: the main value, else a variant) that overlaps the date window of
 * the parameters `parameter_van` and `parameter_tot`, or null when none does: what `gevondenDatum` shows.
 */
export function matchedDate(other: string, parameter: string): string {
  const [waarden, vans, tots] = [
    `coalesce(${other}.datumWaarden, [${other}.datum])`,
    `coalesce(${other}.datumenVan, [${other}.datumVan])`,
    `coalesce(${other}.datumenTot, [${other}.datumTot])`,
  ];
  return `head([di IN range(0, size(${vans}) - 1) WHERE ${vans}[di] IS NOT NULL
         AND ($${parameter}_van IS NULL OR ${tots}[di] >= $${parameter}_van)
         AND ($${parameter}_tot IS NULL OR ${vans}[di] <= $${parameter}_tot) | ${waarden}[di]])`;
}

/** The parameters `specCondition` reads under the name `parameter`. */
export function specParameters(spec: RelationSpec, parameter: string): Record<string, unknown> {
  return {
    ...(spec.roleKinds && { [parameter]: [...spec.roleKinds] }),
    ...(spec.dateWindow && {
      [`${parameter}_van`]: spec.dateWindow.from ?? null,
      [`${parameter}_tot`]: spec.dateWindow.to ?? null,
    }),
  };
}

export function relationPattern(direction: Direction, types: readonly string[]): string {
  return relationPatternBetween('n', 'r', 'm', direction, types);
}

/** `(from)-[relation]->(to:Entiteit)` in the given direction, with the given variable names. */
export function relationPatternBetween(
  from: string,
  relation: string,
  to: string,
  direction: Direction,
  types: readonly string[],
): string {
  const pattern = `[${relation}${relationTypesExpression(types)}]`;
  if (direction === 'out') return `(${from})-${pattern}->(${to}:Entiteit)`;
  if (direction === 'in') return `(${from})<-${pattern}-(${to}:Entiteit)`;
  return `(${from})-${pattern}-(${to}:Entiteit)`;
}

/**
 * Sort keys: missing numbers and dates go last; the id breaks ties so pages are stable. `positie`
 * sorts by properties of the relation that reached the node, so it needs the relation's variable.
 */
export function orderBy(variable: string, order: SortOrder = 'naam', relation?: string): string {
  const byName = `toLower(${variable}.naam), ${variable}.id`;
  if (order === 'ouderdom') return `${earliestSourceDate(variable)}, ${byName}`;
  if (order === 'nummer') return `${variable}.nummer IS NULL, ${variable}.nummer, ${byName}`;
  if (order === 'positie') {
    if (!relation) throw new Error('the order positie sorts by a relation, and there is none here');
    // A list's relations cite its opening lines first, so their first source puts the lists in the text's order.
    const list = `${relation}.bronDocument[0], ${relation}.bronRegelVan[0], ${relation}.lijst`;
    return `${list}, ${relation}.positie IS NULL, ${relation}.positie, ${byName}`;
  }
  if (order === 'datum') {
    return `${variable}.datumVan IS NULL, ${variable}.datumVan, ${variable}.datumTot, ${byName}`;
  }
  return byName;
}

/**
 * The first day of the earliest document among a node's sources (`null` when none is a known
 * document, which an ascending sort puts last): the age of a knelpunt.
 */
export function earliestSourceDate(variable: string): string {
  return `head(COLLECT { UNWIND coalesce(${variable}.bronDocument, []) AS document
             MATCH (source:Document {id: document}) RETURN source.datumVan AS day ORDER BY day })`;
}

/** Returns a node as `{labels, properties}` (all of them, or only these); pair with `toEntity`. */
export function nodeProjection(variable: string, only?: readonly string[]): string {
  return `{labels: labels(${variable}), properties: ${propertiesValue(variable, only)}}`;
}

/** A node's properties: all of them, or only these (names from the code, checked all the same). */
export function propertiesValue(variable: string, only?: readonly string[]): string {
  if (!only) return `properties(${variable})`;
  return `{${only.map((property) => `${property}: ${propertyValue(variable, property)}`).join(', ')}}`;
}

/** One property of a node or relation (the name from the code, checked all the same). */
export function propertyValue(variable: string, property: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(property)) throw new Error(`not a property name: ${property}`);
  return `${variable}.${property}`;
}

export interface NodeRow {
  labels: string[];
  properties: Record<string, unknown>;
}

/** The node's kind is its one label besides `Entiteit` and `Actor`. */
export function toEntity(row: NodeRow): EntityRecord {
  const label = row.labels.find((name): name is NodeLabel => (nodeLabels as readonly string[]).includes(name));
  if (!label) throw new Error(`node ${String(row.properties.id)} has no known kind: ${row.labels.join(', ')}`);
  return { id: String(row.properties.id), label, properties: row.properties };
}

/** Returns a relation as `{type, van, naar, properties}`; pair with `toRelation`. */
export const relationProjection = (variable: string) =>
  `{type: type(${variable}), van: startNode(${variable}).id, naar: endNode(${variable}).id, properties: properties(${variable})}`;

export interface RelationRow {
  type: RelationType;
  van: string;
  naar: string;
  properties: Record<string, unknown>;
}

export function toRelation(row: RelationRow): RelationRecord {
  return { type: row.type, van: row.van, naar: row.naar, properties: row.properties };
}

/**
 * Whether two VERBINDT relations of one crossover make their opgaven partners, as `crossoverPartners`
 * (graph/crossover-partners.ts) says: one of them is the kern, or the crossover has no kern.
 */
export function partnerCondition(crossover: string, one: string, other: string): string {
  return `(${one}.rol = 'kern' OR ${other}.rol = 'kern' OR NOT EXISTS { (${crossover})-[:VERBINDT {rol: 'kern'}]->(:Opgave) })`;
}
