import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import type { Database } from '../neo4j/database.js';
import { readDocumentText } from '../ingestion/document-text.js';
import { SeedRepository, type SeedText } from '../repositories/seed-repository.js';
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
  const texts = await seedTexts(data);
  await repository.replaceSeededGraph(nodes, relations, fingerprint, texts);
  logger.info(
    {
      nodes: nodes.length,
      relations: relations.length,
      passages: texts.reduce((sum, text) => sum + text.passages.length, 0),
      durationMs: Date.now() - started,
    },
    'seeds loaded',
  );
  return { loaded: true, nodes: nodes.length, relations: relations.length };
}

/** The source documents' texts, read the way an ingested text file is read: lines, passages, hash. */
async function seedTexts(data: SeedData): Promise<SeedText[]> {
  const texts: SeedText[] = [];
  for (const { id, bestand } of documentFiles(data.nodes)) {
    const bytes = await readFile(join(seedDocumentDirectory, bestand));
    texts.push({ document: id, ...(await readDocumentText(bytes, bestand, Infinity, 'bestand')) });
  }
  return texts;
}

/**
 * How the seed loader stores what it loads, besides the files: raise it when that changes, so a
 * database loaded by an earlier version is loaded again (version 2: the documents' texts and passages).
 */
const storageVersion = 2;

/** A hash over every seed file and source document, and the storage version. */
async function seedFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`storage ${storageVersion}`);
  for (const directory of [seedDataDirectory, seedDocumentDirectory]) {
    for (const file of (await readdir(directory)).sort()) {
      hash.update(file);
      hash.update(await readFile(join(directory, file)));
    }
  }
  return hash.digest('hex');
}
