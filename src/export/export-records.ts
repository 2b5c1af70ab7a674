import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { NodeLabel } from '../graph/model.js';
import { sourceLists, sourceProperties, writtenSourcesOf } from '../graph/sources.js';
import type { ImportRow, TypedProperty } from '../repositories/export-repository.js';
import {
  exportSourceSchema,
  typeTagOf,
  variantSchema,
  type ExportNode,
  type ExportRelation,
  type ExportSource,
  type FlatRecord,
  type PropertyValue,
  type TypeTag,
} from './export-format.js';

/**
 * Converts between what Neo4j stores and the records of the export files, both ways. The
 * seed-style fields (`naam`, `bronnen`, `varianten`, ...) are used only where they give back
 * exactly what is stored; anything else stays among `eigenschappen` as it is.
 */

/** Raised when something in the graph cannot be written as asked; the message names it. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** Stored properties in YAML form: typed ones as numbers or text, with their tags. */
export interface YamlProperties {
  values: Record<string, PropertyValue>;
  types: Record<string, TypeTag>;
}

export function toYamlProperties(
  properties: Record<string, unknown>,
  typed: readonly TypedProperty[],
  what: string,
): YamlProperties {
  const values = { ...properties } as Record<string, PropertyValue>;
  const types: Record<string, TypeTag> = {};
  for (const property of typed) {
    const tag = typeTagOf(property.type);
    if (!tag)
      throw new ExportError(
        `${what}: eigenschap ${property.key} is een ${property.type}, dat de export niet kan bewaren`,
      );
    types[property.key] = tag;
    const convert = tag.startsWith('integer') ? integerValue : (text: string) => text;
    values[property.key] = (
      Array.isArray(property.text) ? property.text.map(convert) : convert(property.text)
    ) as PropertyValue;
  }
  return { values, types };
}

/** What the importer sends for these stored properties: the check that a record gives them back. */
export function storedRow(properties: Record<string, unknown>, typed: readonly TypedProperty[]): ImportRow {
  const plain = { ...properties };
  for (const property of typed) delete plain[property.key];
  return {
    properties: plain,
    typed: typed
      .map((property) => ({ key: property.key, type: typeTagOf(property.type) ?? property.type, value: property.text }))
      .sort(byKey),
  };
}

export function sameRow(a: ImportRow, b: ImportRow): boolean {
  return (
    isDeepStrictEqual(a.properties, b.properties) &&
    isDeepStrictEqual([...a.typed].sort(byKey), [...b.typed].sort(byKey))
  );
}

// ---------------------------------------------------------------- nodes

/** A node record; for a retracted node `label` is its `soort`, which leaves the properties. */
export function nodeRecord(label: NodeLabel, { values, types }: YamlProperties, retracted: boolean): ExportNode {
  const rest = { ...values };
  const take = (key: string) => takeString(rest, types, key);
  const id = take('id');
  if (id === undefined) throw new ExportError(`een ${label} zonder een id als tekst kan niet worden geëxporteerd`);
  if (retracted) delete rest.soort;
  const record: ExportNode = { id, label };
  assign(record, 'naam', take('naam'));
  assign(record, 'afkorting', take('afkorting'));
  assign(record, 'beschrijving', take('beschrijving'));
  assign(record, 'herkomst', take('herkomst'));
  const variants = liftVariants(rest, types);
  const sources = liftSources(rest, types);
  assign(record, 'eigenschappen', sortedOrUndefined(rest));
  assign(record, 'typen', sortedOrUndefined(types));
  assign(record, 'varianten', variants);
  assign(record, 'bronnen', sources);
  return record;
}

export function nodeRow(record: ExportNode, retracted: boolean): ImportRow {
  const properties: Record<string, unknown> = {
    ...record.eigenschappen,
    id: record.id,
    ...pick(record, ['naam', 'afkorting', 'beschrijving', 'herkomst']),
    ...(record.varianten && { varianten: JSON.stringify(record.varianten) }),
    ...(record.bronnen && sourceLists(record.bronnen)),
    ...(retracted && { soort: record.label }),
  };
  return splitTyped(properties, record.typen);
}

// ---------------------------------------------------------------- relations

/** A relation record; for a retracted relation `type` is the type it had, kept in its property `type`. */
export function relationRecord(
  van: string,
  type: string,
  naar: string,
  { values, types }: YamlProperties,
  retracted: boolean,
): ExportRelation {
  const rest = { ...values };
  if (retracted) delete rest.type;
  const record: ExportRelation = { van, type, naar };
  const key = takeString(rest, types, 'sleutel');
  if (key === undefined) record.sleutel = null;
  else if (key !== `${van}>${type}>${naar}`) record.sleutel = key;
  assign(record, 'herkomst', takeString(rest, types, 'herkomst'));
  const sources = liftSources(rest, types);
  assign(record, 'eigenschappen', sortedOrUndefined(rest));
  assign(record, 'typen', sortedOrUndefined(types));
  assign(record, 'bronnen', sources);
  return record;
}

export function relationRow(record: ExportRelation, retracted: boolean): ImportRow {
  const properties: Record<string, unknown> = {
    ...record.eigenschappen,
    ...(record.sleutel !== null && { sleutel: record.sleutel ?? `${record.van}>${record.type}>${record.naar}` }),
    ...pick(record, ['herkomst']),
    ...(record.bronnen && sourceLists(record.bronnen)),
    ...(retracted && { type: record.type }),
  };
  return splitTyped(properties, record.typen);
}

// ---------------------------------------------------------------- other nodes

/**
 * A node outside the knowledge graph: its properties in the given order (the rest by name),
 * JSON text in `structured` properties written as YAML when it reads back the same.
 */
export function flatRecord(
  { values, types }: YamlProperties,
  order: readonly string[],
  structured: readonly string[] = [],
): FlatRecord {
  if ('typen' in values)
    throw new ExportError(
      'een eigenschap met de naam typen kan niet worden geëxporteerd: het formaat gebruikt die naam',
    );
  const keys = [
    ...order.filter((key) => key in values),
    ...Object.keys(values)
      .filter((key) => !order.includes(key))
      .sort(),
  ];
  const record: FlatRecord = {};
  for (const key of keys) {
    const value = values[key];
    record[key] =
      structured.includes(key) && !(key in types) && typeof value === 'string'
        ? (parsedJsonObject(value) ?? value)
        : value;
  }
  assign(record, 'typen', sortedOrUndefined(types));
  return record;
}

export function flatRow(record: FlatRecord, structured: readonly string[] = []): ImportRow {
  const { typen, ...rest } = record;
  const properties = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [
      key,
      structured.includes(key) && typeof value === 'object' && value !== null && !Array.isArray(value)
        ? JSON.stringify(value)
        : value,
    ]),
  );
  return splitTyped(properties, typen as Record<string, TypeTag> | undefined);
}

// ---------------------------------------------------------------- sources and variants

/** The stored source lists (see graph/sources.ts) as `bronnen`, when they read back the same; they then leave `rest`. */
function liftSources(rest: Record<string, PropertyValue>, types: Record<string, TypeTag>): ExportSource[] | undefined {
  const keys = sourceProperties.filter((key) => key in rest);
  if (keys.some((key) => key in types)) return undefined;
  const sources = writtenSourcesOf(rest);
  if (!sources || !z.array(exportSourceSchema).safeParse(sources).success) return undefined;
  const back = sourceLists(sources);
  if (Object.keys(back).length !== keys.length || !keys.every((key) => isDeepStrictEqual(back[key], rest[key])))
    return undefined;
  for (const key of keys) delete rest[key];
  return sources as ExportSource[];
}

/** The `varianten` JSON text (see seed-rows.ts) as a list, when it reads back the same. */
function liftVariants(rest: Record<string, PropertyValue>, types: Record<string, TypeTag>): ExportNode['varianten'] {
  const text = takeString({ ...rest }, types, 'varianten');
  if (text === undefined) return undefined;
  const parsed = parseJson(text);
  if (!Array.isArray(parsed) || parsed.length === 0 || !z.array(variantSchema).safeParse(parsed).success)
    return undefined;
  if (JSON.stringify(parsed) !== text) return undefined;
  delete rest.varianten;
  return parsed as ExportNode['varianten'];
}

// ---------------------------------------------------------------- helpers

/** Removes and returns an untyped string property. */
function takeString(
  rest: Record<string, PropertyValue>,
  types: Record<string, TypeTag>,
  key: string,
): string | undefined {
  const value = rest[key];
  if (key in types || typeof value !== 'string') return undefined;
  delete rest[key];
  return value;
}

/** Typed properties go to Cypher as text (integers as digits, exact beyond 2^53) to be converted there. */
function splitTyped(properties: Record<string, unknown>, types: Record<string, TypeTag> | undefined): ImportRow {
  const plain = { ...properties };
  const typed = Object.entries(types ?? {}).map(([key, type]) => {
    const value = plain[key];
    delete plain[key];
    return { key, type, value: Array.isArray(value) ? value.map(String) : String(value) };
  });
  return { properties: plain, typed: typed.sort(byKey) };
}

/** Digits as a number when JavaScript holds it exactly, else as text. */
function integerValue(text: string): number | string {
  const value = Number(text);
  return Number.isSafeInteger(value) && String(value) === text ? value : text;
}

function parsedJsonObject(text: string): Record<string, unknown> | undefined {
  const parsed = parseJson(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  return JSON.stringify(parsed) === text ? (parsed as Record<string, unknown>) : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function sortedOrUndefined<T>(map: Record<string, T>): Record<string, T> | undefined {
  const keys = Object.keys(map).sort();
  return keys.length === 0 ? undefined : Object.fromEntries(keys.map((key) => [key, map[key]!]));
}

function assign<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) record[key] = value;
}

function pick<T extends object>(record: T, keys: ReadonlyArray<keyof T>): Partial<T> {
  return Object.fromEntries(
    keys.filter((key) => record[key] !== undefined).map((key) => [key, record[key]]),
  ) as Partial<T>;
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
