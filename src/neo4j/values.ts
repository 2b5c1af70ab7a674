import neo4j, { type Node, type Relationship } from 'neo4j-driver';

/**
 * Converts Neo4j values into plain JSON-friendly JavaScript: temporal values become ISO
 * strings, nodes and relationships their properties, and large integers numbers.
 * (The driver already returns small integers as numbers: `disableLosslessIntegers`.)
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return value.toNumber();
  if (isTemporal(value)) return value.toString();
  // The driver's type guards narrow `unknown` to `never` here, hence the casts.
  if (neo4j.isNode(value as object)) return toPlain((value as Node).properties);
  if (neo4j.isRelationship(value as object)) return toPlain((value as Relationship).properties);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlain(inner)]));
  }
  return value;
}

function isTemporal(value: unknown): value is { toString(): string } {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}
