import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import { AnswerTooLarge } from './errors.js';
import { isTemporal } from './values.js';

/** How large an answer may grow, counted as its records arrive. */
export interface AnswerLimits {
  /** Bytes in all, estimated as the answer's size in JSON. */
  maxBytes: number;
  /** Levels of lists, maps, nodes, relations and paths within one value. */
  maxDepth: number;
}

/**
 * Nesting allowed by default. The service's own queries nest a handful of levels; neo4j-driver
 * overflows its stack while decoding values nested about 2,000 deep, and Neo4j 5.26's Bolt
 * encoder, by then, never answers (see docs/operations.md, "Bounded answers").
 */
export const defaultMaxDepth = 32;

/** An analyst's answer, unless configured otherwise (CYPHER_MAX_SIZE). */
export const defaultMaxAnswerBytes = 4 * 1024 * 1024;

/**
 * Counts one answer's records against its limits as they arrive, and throws a DatabaseError of
 * kind TOO_LARGE at the first record past them, so the reader stops there. One budget may span
 * several queries (all of one GraphQL request's reads).
 */
export class AnswerBudget {
  private used = 0;

  constructor(readonly limits: AnswerLimits) {}

  /** Bytes counted so far. */
  get bytes(): number {
    return this.used;
  }

  /** Counts the values of one record. */
  addRecord(values: readonly unknown[]): void {
    for (const value of values) this.add(measure(value, this.limits.maxDepth));
  }

  /** Counts bytes read from elsewhere (the connection itself, say). */
  addBytes(bytes: number): void {
    this.add({ bytes, tooDeep: false });
  }

  private add(size: ValueSize): void {
    if (size.tooDeep) throw new AnswerTooLarge('depth', this.limits.maxDepth);
    this.used += size.bytes;
    if (this.used > this.limits.maxBytes) throw new AnswerTooLarge('bytes', this.limits.maxBytes);
  }
}

interface ValueSize {
  bytes: number;
  tooDeep: boolean;
}

/**
 * The size of a value as the driver delivers it, roughly as JSON, and whether it nests deeper
 * than `maxDepth`. The walk stops at that depth, so it never recurses further than the limit.
 */
export function measure(value: unknown, maxDepth: number): ValueSize {
  const size: ValueSize = { bytes: 0, tooDeep: false };
  walk(value, 0, maxDepth, size);
  return size;
}

function walk(value: unknown, depth: number, maxDepth: number, size: ValueSize): void {
  if (size.tooDeep) return;
  if (value === null || value === undefined) {
    size.bytes += 4;
    return;
  }
  switch (typeof value) {
    case 'string':
      size.bytes += value.length + 2;
      return;
    case 'number':
    case 'bigint':
      size.bytes += 8;
      return;
    case 'boolean':
      size.bytes += 5;
      return;
    case 'object':
      break;
    default:
      size.bytes += 8;
      return;
  }
  if (neo4j.isInt(value) || isScalarStructure(value)) {
    size.bytes += 32;
    return;
  }
  if (ArrayBuffer.isView(value)) {
    size.bytes += value.byteLength * 4;
    return;
  }
  if (depth >= maxDepth) {
    size.tooDeep = true;
    return;
  }
  const inner = depth + 1;
  if (Array.isArray(value)) {
    size.bytes += 2 + value.length;
    for (const item of value) walk(item, inner, maxDepth, size);
  } else if (neo4j.isNode(value as object)) {
    const node = value as Node;
    size.bytes += 40 + node.elementId.length + node.labels.reduce((sum, label) => sum + label.length + 3, 0);
    walk(node.properties, inner, maxDepth, size);
  } else if (neo4j.isRelationship(value as object)) {
    const relation = value as Relationship;
    size.bytes += 60 + relation.type.length + relation.elementId.length * 3;
    walk(relation.properties, inner, maxDepth, size);
  } else if (neo4j.isPath(value as object)) {
    const path = value as Path;
    walk(path.start, inner, maxDepth, size);
    for (const segment of path.segments) {
      walk(segment.relationship, inner, maxDepth, size);
      walk(segment.end, inner, maxDepth, size);
    }
  } else {
    size.bytes += 2;
    for (const [key, item] of Object.entries(value)) {
      size.bytes += key.length + 4;
      walk(item, inner, maxDepth, size);
    }
  }
}

/** Temporal and spatial values: a few numbers each, never containers. */
function isScalarStructure(value: object): boolean {
  return neo4j.isPoint(value) || isTemporal(value);
}
