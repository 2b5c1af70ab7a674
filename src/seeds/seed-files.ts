import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { fromProjectRoot, projectRoot } from '../paths.js';
import { nodeSchema, relationSchema, type SeedNode, type SeedRelation } from './seed-schema.js';

export const seedDataDirectory = fromProjectRoot('seeds', 'data');
export const seedDocumentDirectory = fromProjectRoot('seeds', 'documenten');

/** A record together with where it was read from, for error messages. */
export interface Located<T> {
  record: T;
  file: string;
  index: number;
}

export interface SeedData {
  nodes: Located<SeedNode>[];
  relations: Located<SeedRelation>[];
}

/** Raised when a seed file or record is invalid; the message names the file and record. */
export class SeedError extends Error {
  override name = 'SeedError';
}

/**
 * Reads every YAML file in the folder. A record with an `id` is a node, one with `van` a
 * relation; each is validated against the seed schema.
 */
export async function readSeedFiles(directory = seedDataDirectory): Promise<SeedData> {
  const files = (await readdir(directory)).filter((file) => file.endsWith('.yaml')).sort();
  const data: SeedData = { nodes: [], relations: [] };
  const problems: string[] = [];
  for (const name of files) {
    const path = join(directory, name);
    const file = relative(projectRoot, path);
    let records: unknown;
    try {
      records = parse(await readFile(path, 'utf8')) ?? [];
    } catch (error) {
      problems.push(`${file}: not valid YAML: ${(error as Error).message}`);
      continue;
    }
    if (!Array.isArray(records)) {
      problems.push(`${file}: expected a list of records`);
      continue;
    }
    records.forEach((record: unknown, index) => {
      const isNode = typeof record === 'object' && record !== null && 'id' in record;
      const parsed = (isNode ? nodeSchema : relationSchema).safeParse(record);
      if (!parsed.success) {
        problems.push(`${describe(file, index, record)}: ${formatIssues(parsed.error)}`);
      } else if (isNode) {
        data.nodes.push({ record: parsed.data as SeedNode, file, index });
      } else {
        data.relations.push({ record: parsed.data as SeedRelation, file, index });
      }
    });
  }
  if (problems.length > 0) throw new SeedError(`Invalid seed data:\n  ${problems.join('\n  ')}`);
  return data;
}

/** `seeds/data/opgaven.yaml, record 3 (opgave:klimaat)` */
export function describe(file: string, index: number, record: unknown): string {
  const value = record as { id?: unknown; van?: unknown; type?: unknown; naar?: unknown } | null;
  const name =
    typeof value?.id === 'string'
      ? value.id
      : typeof value?.van === 'string'
        ? `${value.van} ${String(value.type)} ${String(value.naar)}`
        : undefined;
  return `${file}, record ${index + 1}${name ? ` (${name})` : ''}`;
}

function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`).join('; ');
}
