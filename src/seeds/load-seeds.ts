import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import type { Database } from '../neo4j/database.js';
import { SeedRepository } from '../repositories/seed-repository.js';
import { checkSeedData, documentFiles } from './seed-checks.js';
import { readSeedFiles, seedDataDirectory, seedDocumentDirectory, type SeedData } from './seed-files.js';
import { readDocumentTexts } from './provenance.js';
import { toNodeRow, toRelationRows } from './seed-rows.js';

/** Reads, validates and checks the seed files (schema, references, every quote at its lines). */
export async function readCheckedSeeds(): Promise<SeedData> {
  const data = await readSeedFiles();
  const texts = await readDocumentTexts(documentFiles(data.nodes), seedDocumentDirectory);
  checkSeedData(data, texts);
  return data;
}

export interface SeedResult {
  loaded: boolean;
  nodes: number;
  relations: number;
}

/**
 * Loads the seeds into the database. Unless `force` is set, it does nothing when the
 * database already holds exactly these seed files (same fingerprint), so starting the
 * service on a seeded database costs one query.
 */
export async function loadSeeds(database: Database, logger: Logger, { force = false } = {}): Promise<SeedResult> {
  const repository = new SeedRepository(database);
  const fingerprint = await seedFingerprint();
  if (!force && (await repository.fingerprint()) === fingerprint) {
    return { loaded: false, nodes: 0, relations: 0 };
  }
  const started = Date.now();
  const data = await readCheckedSeeds();
  const nodes = data.nodes.map(({ record }) => toNodeRow(record));
  const relations = toRelationRows(data.relations.map(({ record }) => record));
  await repository.replaceSeededGraph(nodes, relations, fingerprint);
  logger.info({ nodes: nodes.length, relations: relations.length, durationMs: Date.now() - started }, 'seeds loaded');
  return { loaded: true, nodes: nodes.length, relations: relations.length };
}

/** A hash over every seed file and source document. */
async function seedFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const directory of [seedDataDirectory, seedDocumentDirectory]) {
    for (const file of (await readdir(directory)).sort()) {
      hash.update(file);
      hash.update(await readFile(join(directory, file)));
    }
  }
  return hash.digest('hex');
}
