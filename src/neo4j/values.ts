import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';

/**
 * Converts Neo4j values into plain JSON-friendly JavaScript: temporal values become ISO
 * strings, nodes and relationships their properties, and large integers numbers.
 * (The driver already returns small integers as numbers: `disableLosslessIntegers`.)
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: no need to ask the driver's type guards about them.
  if (typeof value !== 'object') return value;
  // Lists and maps of a result are fresh objects nobody else holds: converted in place, they make
  // no garbage (a deep answer has thousands of them).
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = toPlain(value[index]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (isTemporal(value)) return value.toString();
  // The driver's type guards narrow `unknown` to `never` here, hence the casts.
  if (neo4j.isNode(value as object)) return toPlain({ ...(value as Node).properties });
  if (neo4j.isRelationship(value as object)) return toPlain({ ...(value as Relationship).properties });
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlain(inner)]));
}

/** Neo4j's date, time and duration values, which read as their ISO text. */
export function isTemporal(value: unknown): value is { toString(): string } {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

/**
 * Converts a value of an analyst's Cypher result into JSON, keeping the graph structure that
 * `toPlain` drops: a node becomes `{ id, labels, eigenschappen, elementId }` (`id` only when the
 * node has an `id` property), a relation `{ type, eigenschappen, elementId, van, naar }` (`van` and
 * `naar` are the element ids of its ends) and a path `{ knopen, relaties }`. Element ids are
 * Neo4j's own and only meaningful within one result.
 */
export function toJsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  // JSON has no NaN or Infinity; a string keeps the value visible instead of turning it into null.
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value !== 'object') return value;
  if (isTemporal(value)) return value.toString();
  if (neo4j.isPoint(value)) {
    const { srid, x, y, z } = value as unknown as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toJsonValue(srid), x, y, ...(z !== undefined && { z }) };
  }
  if (neo4j.isNode(value as object)) return nodeToJson(value as Node);
  if (neo4j.isRelationship(value as object)) return relationToJson(value as Relationship);
  if (neo4j.isPath(value as object)) {
    const path = value as Path;
    return {
      knopen: [path.start, ...path.segments.map((segment) => segment.end)].map(nodeToJson),
      relaties: path.segments.map((segment) => relationToJson(segment.relationship)),
    };
  }
  // Byte arrays arrive as typed arrays, which JSON would turn into index-keyed objects.
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toJsonValue(inner)]));
}

function nodeToJson(node: Node): Record<string, unknown> {
  const id = node.properties['id'];
  return {
    ...(typeof id === 'string' && { id }),
    labels: node.labels,
    eigenschappen: toJsonValue(node.properties),
    elementId: node.elementId,
  };
}

function relationToJson(relation: Relationship): Record<string, unknown> {
  return {
    type: relation.type,
    eigenschappen: toJsonValue(relation.properties),
    elementId: relation.elementId,
    van: relation.startNodeElementId,
    naar: relation.endNodeElementId,
  };
}

/**
 * Cypher parameters from JSON: whole numbers become Neo4j integers, since the driver sends every
 * JavaScript number as a float, which `LIMIT $n`, `range(1, $n)` and list indexes refuse.
 */
export function toNeo4jParameters(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParameters);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNeo4jParameters(inner)]));
  }
  return value;
}
