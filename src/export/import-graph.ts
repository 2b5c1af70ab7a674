import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { entityLabel } from '../graph/model.js';
import { secondsSince, type Logger } from '../logger.js';
import type { Database } from '../neo4j/database.js';
import { applyMigrations } from '../neo4j/migrations.js';
import { ExportRepository, ImportRepository, type EndClass } from '../repositories/export-repository.js';
import { retractedLabel, retractedRelationType } from '../repositories/recording-repository.js';
import { describe } from '../seeds/seed-files.js';
import { BatchLoader } from './batch-loader.js';
import { repeatUntilDone } from './batches.js';
import { readRecords, RecordSyntaxError, type ReadRecord } from './export-files.js';
import {
  apiKeySchema,
  changeSchema,
  dutch,
  exportFiles,
  exportNodeSchema,
  exportRelationSchema,
  manifestSchema,
  noCounts,
  passageSchema,
  retractedNodeSchema,
  seedVersionSchema,
  structuredChangeProperties,
  textBatchSize,
  textSchema,
  totals,
  type Counts,
  type ExportNode,
  type ExportRelation,
  type FlatRecord,
  type Manifest,
} from './export-format.js';
import { flatRow, nodeRow, relationRow } from './export-records.js';

export interface ImportOptions {
  /** Delete everything in the database first; without it a database with nodes is refused. */
  wissen?: boolean;
  /** Rows per write transaction. */
  batchSize?: number;
}

export interface ImportSummary {
  counts: Counts;
  removedNodes: number;
  seconds: number;
}

/** The export cannot be read, or does not fit together; the message names each file and record. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** The database is not one to import into; the message says why and what to do. */
export class ImportRefusal extends Error {
  override name = 'ImportRefusal';
}

const maximumProblems = 20;

/**
 * Loads an export (see export-graph.ts) into an empty database. It first reads and checks every
 * file (nothing is written when one is wrong), then deletes what is there if asked, applies the
 * migrations and creates nodes and then relations, in batches of `UNWIND` in write transactions.
 * At the end the database must hold exactly as many nodes and relations as the export says.
 */
export async function importGraph(
  database: Database,
  directory: string,
  logger: Logger,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 5_000;
  const repository = new ImportRepository(database);
  const present = await repository.nodeCount();
  if (present > 0 && !options.wissen) {
    throw new ImportRefusal(
      `De database bevat al ${present} knopen; een export wordt alleen in een lege database geladen. ` +
        'Voeg --wissen toe om eerst alles erin te wissen.',
    );
  }
  const { manifest, retractedIds } = await checkExport(directory);
  logger.info({ directory, ...manifest.aantallen }, 'export checked');
  const removedNodes = present > 0 ? await clearDatabase(repository, batchSize) : 0;
  await applyMigrations(database, logger);

  const loader = new BatchLoader(repository, batchSize, (written) =>
    logger.info({ written, seconds: secondsSince(started) }, 'import progress'),
  );
  for await (const { record } of records(directory, exportFiles.knooppunten)) {
    const node = record as ExportNode;
    await loader.addNode(entityLabel, node.label, nodeRow(node, false));
  }
  for await (const { record } of records(directory, exportFiles.ingetrokken)) {
    if (isNodeRecord(record)) await loader.addNode(retractedLabel, undefined, nodeRow(record as ExportNode, true));
  }
  for (const [file, nodeClass, structured] of [
    [exportFiles.wijzigingen, 'Wijziging', structuredChangeProperties],
    [exportFiles.sleutels, 'ApiSleutel', []],
    [exportFiles.seedversie, 'SeedVersie', []],
  ] as const) {
    for await (const { record } of records(directory, file))
      await loader.addNode(nodeClass, undefined, flatRow(record as FlatRecord, structured));
  }
  await loader.flush();
  if (manifest.formaat >= 2) {
    const texts = new BatchLoader(repository, Math.min(batchSize, textBatchSize), () => undefined);
    for await (const { record } of records(directory, exportFiles.teksten))
      await texts.addNode('Documenttekst', undefined, flatRow(record as FlatRecord));
    await texts.flush();
    for await (const { record } of records(directory, exportFiles.passages))
      await loader.addNode('Passage', undefined, flatRow(record as FlatRecord));
    await loader.flush();
  }
  const endClass = (id: string): EndClass => (retractedIds.has(id) ? retractedLabel : entityLabel);
  for (const [file, retracted] of [
    [exportFiles.relaties, false],
    [exportFiles.ingetrokken, true],
  ] as const) {
    for await (const { record } of records(directory, file)) {
      if (isNodeRecord(record)) continue;
      const relation = record as ExportRelation;
      await loader.addRelation(
        retracted ? retractedRelationType : relation.type,
        endClass(relation.van),
        endClass(relation.naar),
        {
          ...relationRow(relation, retracted),
          van: relation.van,
          naar: relation.naar,
        },
      );
    }
  }
  await loader.flush();

  const counts = await new ExportRepository(database).counts();
  const expected = totals(manifest.aantallen);
  if (counts.nodes !== expected.nodes || counts.relations !== expected.relations) {
    throw new ImportError(
      `Na de import bevat de database ${counts.nodes} knopen en ${counts.relations} relaties, ` +
        `maar de export heeft er ${expected.nodes} en ${expected.relations}; schreef er iets anders in?`,
    );
  }
  const seconds = secondsSince(started);
  logger.info({ directory, ...manifest.aantallen, removedNodes, seconds }, 'import done');
  return { counts: manifest.aantallen, removedNodes, seconds };
}

/**
 * Reads every file once and checks every record against its schema, that ids are unique,
 * that relations join nodes of the export, and that the counts match the manifest.
 */
async function checkExport(directory: string): Promise<{ manifest: Counted; retractedIds: Set<string> }> {
  const manifest = await readManifest(directory);
  const problems: string[] = [];
  const report = (file: string, index: number, record: unknown, problem: string) => {
    problems.push(`${describe(file, index, record)}: ${problem}`);
    if (problems.length >= maximumProblems) throw invalidExport(directory, problems, true);
  };
  const found = noCounts();
  const nodeIds = new Set<string>();
  const retractedIds = new Set<string>();
  const retractedRelations: Array<{ index: number; record: ExportRelation }> = [];

  const checkNode = (file: string, index: number, record: unknown, retracted: boolean) => {
    if (!valid(file, index, record, retracted ? retractedNodeSchema : exportNodeSchema)) return;
    const { id } = record as ExportNode;
    if (nodeIds.has(id)) report(file, index, record, `het id ${id} komt twee keer voor`);
    nodeIds.add(id);
    if (retracted) retractedIds.add(id);
  };
  const checkEnds = (file: string, index: number, record: ExportRelation) => {
    for (const end of [record.van, record.naar])
      if (!nodeIds.has(end)) report(file, index, record, `${end} is geen knoop van de export`);
  };
  const valid = (
    file: string,
    index: number,
    record: unknown,
    schema: {
      safeParse(
        value: unknown,
        params: { error: typeof dutch },
      ): {
        success: boolean;
        error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
      };
    },
  ) => {
    const parsed = schema.safeParse(record, { error: dutch });
    if (!parsed.success) {
      const issues = parsed.error?.issues ?? [];
      report(
        file,
        index,
        record,
        issues.map((issue) => `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`).join('; '),
      );
    }
    return parsed.success;
  };

  await scan(directory, exportFiles.knooppunten, report, (index, record) => {
    found.knooppunten += 1;
    checkNode(exportFiles.knooppunten, index, record, false);
  });
  await scan(directory, exportFiles.ingetrokken, report, (index, record) => {
    if (isNodeRecord(record)) {
      found.ingetrokkenKnooppunten += 1;
      checkNode(exportFiles.ingetrokken, index, record, true);
    } else {
      found.ingetrokkenRelaties += 1;
      if (valid(exportFiles.ingetrokken, index, record, exportRelationSchema))
        retractedRelations.push({ index, record: record as ExportRelation });
    }
  });
  for (const { index, record } of retractedRelations) checkEnds(exportFiles.ingetrokken, index, record);
  await scan(directory, exportFiles.relaties, report, (index, record) => {
    found.relaties += 1;
    if (valid(exportFiles.relaties, index, record, exportRelationSchema))
      checkEnds(exportFiles.relaties, index, record as ExportRelation);
  });
  const unique = (file: string, property: string) => {
    const seen = new Set<unknown>();
    return (index: number, record: unknown) => {
      const value = (record as FlatRecord | null)?.[property];
      if (value === undefined) return;
      if (seen.has(value)) report(file, index, record, `${property} ${String(value)} komt twee keer voor`);
      seen.add(value);
    };
  };
  const changeIds = unique(exportFiles.wijzigingen, 'id');
  const changeKeys = unique(exportFiles.wijzigingen, 'idempotentie');
  await scan(directory, exportFiles.wijzigingen, report, (index, record) => {
    found.wijzigingen += 1;
    if (valid(exportFiles.wijzigingen, index, record, changeSchema)) {
      changeIds(index, record);
      changeKeys(index, record);
    }
  });
  await scan(directory, exportFiles.sleutels, report, (index, record) => {
    found.sleutels += 1;
    valid(exportFiles.sleutels, index, record, apiKeySchema);
  });
  await scan(directory, exportFiles.seedversie, report, (index, record) => {
    found.seedversies += 1;
    valid(exportFiles.seedversie, index, record, seedVersionSchema);
  });

  if (manifest.formaat >= 2) await checkTexts(directory, nodeIds, found, report, valid);

  // With problems in the records their count says little; without, a wrong count means a file was cut short or added to.
  if (problems.length === 0) {
    for (const [name, count] of Object.entries(found)) {
      const expected = manifest.aantallen[name as keyof Counts];
      if (count !== expected)
        problems.push(
          `${exportFiles.manifest}: ${name} zou ${expected} moeten zijn, de bestanden bevatten er ${count}`,
        );
    }
  }
  if (problems.length > 0) throw invalidExport(directory, problems, false);
  return { manifest, retractedIds };
}

type Report = (file: string, index: number, record: unknown, problem: string) => void;
type Validate = (file: string, index: number, record: unknown, schema: typeof textSchema) => boolean;

/**
 * Texts name a document of the export, once, with a hash no other text has (the database's
 * constraints would otherwise stop the import half-way); passages name a text, once per number.
 */
async function checkTexts(
  directory: string,
  nodeIds: ReadonlySet<string>,
  found: Counts,
  report: Report,
  valid: Validate,
): Promise<void> {
  const texts = new Set<string>();
  const hashes = new Set<unknown>();
  await scan(directory, exportFiles.teksten, report, (index, record) => {
    found.teksten += 1;
    if (!valid(exportFiles.teksten, index, record, textSchema)) return;
    const { document, sha256 } = record as FlatRecord;
    const problem = !nodeIds.has(document as string)
      ? `${String(document)} is not a node of the export`
      : texts.has(document as string)
        ? `the text of ${String(document)} is there twice`
        : sha256 !== undefined && hashes.has(sha256)
          ? `sha256 ${String(sha256)} is used twice`
          : undefined;
    if (problem) report(exportFiles.teksten, index, record, problem);
    texts.add(document as string);
    hashes.add(sha256);
  });
  const passages = new Set<string>();
  await scan(directory, exportFiles.passages, report, (index, record) => {
    found.passages += 1;
    if (!valid(exportFiles.passages, index, record, passageSchema)) return;
    const { document, nummer } = record as FlatRecord;
    const key = `${String(document)}#${String(nummer)}`;
    if (!texts.has(document as string))
      report(exportFiles.passages, index, record, `${String(document)} has no text in the export`);
    else if (passages.has(key))
      report(exportFiles.passages, index, record, `passage ${String(nummer)} of ${String(document)} is there twice`);
    passages.add(key);
  });
}

/** The manifest, with the counts of texts an export of format 1 cannot have (0). */
type Counted = Manifest & { aantallen: Counts };

async function readManifest(directory: string): Promise<Counted> {
  const path = join(directory, exportFiles.manifest);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ImportError(
      `${path} ontbreekt: ${directory} bevat geen (volledige) export; maak er een met npm run export.`,
    );
  }
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new ImportError(`${path}: geen geldige YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = manifestSchema.safeParse(value, { error: dutch });
  if (!parsed.success) {
    throw new ImportError(
      `${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(bestand)'}: ${issue.message}`).join('; ')}`,
    );
  }
  const { teksten = 0, passages = 0 } = parsed.data.aantallen;
  return { ...parsed.data, aantallen: { ...parsed.data.aantallen, teksten, passages } };
}

/** Every record of a file; a file that is missing or not a list is an ImportError naming it. */
async function* records(directory: string, file: string): AsyncGenerator<ReadRecord> {
  try {
    yield* readRecords(join(directory, file));
  } catch (error) {
    if (error instanceof RecordSyntaxError)
      throw new ImportError(`Ongeldige export in ${directory}: ${file}: ${error.message}`);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new ImportError(`Ongeldige export in ${directory}: ${file} ontbreekt`);
    throw error;
  }
}

async function scan(
  directory: string,
  file: string,
  report: (file: string, index: number, record: unknown, problem: string) => void,
  check: (index: number, record: unknown) => void,
): Promise<void> {
  for await (const { record, index, problem } of records(directory, file)) {
    if (problem !== undefined) report(file, index, undefined, problem);
    else if (typeof record !== 'object' || record === null || Array.isArray(record))
      report(file, index, record, 'verwacht een record (een mapping)');
    else check(index, record);
  }
}

function invalidExport(directory: string, problems: readonly string[], truncated: boolean): ImportError {
  return new ImportError(
    `Ongeldige export in ${directory}; er is niets geïmporteerd:\n  ${problems.join('\n  ')}${truncated ? '\n  (hier gestopt)' : ''}`,
  );
}

/** In ingetrokken.yaml, as in the seeds: a record with an `id` is a node, one with `van` a relation. */
function isNodeRecord(record: unknown): boolean {
  return typeof record === 'object' && record !== null && 'id' in record;
}

/** Deletes everything, relations first, in batches; how many nodes it removed. */
async function clearDatabase(repository: ImportRepository, batchSize: number): Promise<number> {
  await repeatUntilDone(() => repository.deleteRelations(batchSize));
  return repeatUntilDone(() => repository.deleteNodes(batchSize));
}
