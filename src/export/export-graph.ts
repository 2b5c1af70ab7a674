import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { actorLabel, entityLabel, nodeLabels, relationTypeNames, type NodeLabel } from '../graph/model.js';
import { secondsSince, type Logger } from '../logger.js';
import type { QueryRunner } from '../neo4j/database.js';
import {
  ExportRepository,
  labelsOf,
  type EndClass,
  type StoredNode,
  type StoredRelation,
} from '../repositories/export-repository.js';
import { retractedLabel, retractedRelationType } from '../repositories/recording-repository.js';
import { documentYaml, RecordWriter } from './export-files.js';
import {
  apiKeySchema,
  changeSchema,
  dutch,
  exportFiles,
  exportFormat,
  exportNodeSchema,
  exportRelationSchema,
  passageSchema,
  retractedNodeSchema,
  seedVersionSchema,
  textBatchSize,
  textSchema,
  noCounts,
  structuredChangeProperties,
  totals,
  type Counts,
} from './export-format.js';
import { itemsAfter, pagesAfter } from './batches.js';
import {
  ExportError,
  flatRecord,
  flatRow,
  nodeRecord,
  nodeRow,
  relationRecord,
  relationRow,
  sameRow,
  storedRow,
  toYamlProperties,
} from './export-records.js';

export interface ExportOptions {
  /** Nodes per read; relations are read for a tenth as many start nodes at a time. */
  batchSize?: number;
}

export interface ExportSummary {
  counts: Counts;
  seconds: number;
}

const header = (what: string) =>
  `# IBP Graph export (format ${exportFormat}): ${what}.\n# Written by npm run export, read by npm run import; see docs/export-import.md.\n`;

/** The order in which the audit trail's properties are written (the rest follows by name). */
const changeOrder = [
  'id',
  'op',
  'soort',
  'mutatie',
  'door',
  'rol',
  'via',
  'onderwerp',
  'knooppunten',
  'reden',
  'voor',
  'na',
  'idempotentie',
  'invoerHash',
];

const textOrder = ['document', 'sha256', 'mediatype', 'herkomst', 'paginaBegin', 'regels'];
const passageOrder = ['document', 'nummer', 'soort', 'regelVan', 'regelTot', 'pagina', 'tekst'];

/**
 * Writes the whole graph into `directory` as YAML (see export-format.ts), reading it in batches
 * in a stable order, so that the same graph always gives the same files. Files are written
 * under a temporary name and renamed at the end, the manifest last; a failed export leaves
 * nothing that looks complete. Refuses (before writing) a graph with nodes it does not know.
 */
export async function exportGraph(
  database: QueryRunner,
  directory: string,
  logger: Logger,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 5_000;
  const repository = new ExportRepository(database);
  const before = await repository.counts();
  await checkLabelSets(repository);
  await mkdir(directory, { recursive: true });

  const files = {
    knooppunten: new RecordWriter(
      join(directory, `${exportFiles.knooppunten}.tmp`),
      header('the nodes of the knowledge graph, by id'),
    ),
    relaties: new RecordWriter(join(directory, `${exportFiles.relaties}.tmp`), header('the relations, by start node')),
    ingetrokken: new RecordWriter(
      join(directory, `${exportFiles.ingetrokken}.tmp`),
      header('retracted nodes (label: their kind), then retracted relations (type: the type they had)'),
    ),
    wijzigingen: new RecordWriter(
      join(directory, `${exportFiles.wijzigingen}.tmp`),
      header('the audit trail, oldest first'),
    ),
    sleutels: new RecordWriter(join(directory, `${exportFiles.sleutels}.tmp`), header('API keys (only their hashes)')),
    seedversie: new RecordWriter(
      join(directory, `${exportFiles.seedversie}.tmp`),
      header('which seed files the graph was loaded from'),
    ),
    teksten: new RecordWriter(
      join(directory, `${exportFiles.teksten}.tmp`),
      header('the texts of ingested documents (lines, first line of each page, hash of the bytes), by document'),
    ),
    passages: new RecordWriter(
      join(directory, `${exportFiles.passages}.tmp`),
      header('the passages of those texts, by document and number'),
    ),
  };
  const counts = noCounts();
  const progress = (phase: string) =>
    logger.info({ phase, ...counts, seconds: secondsSince(started) }, 'export progress');
  try {
    for await (const node of pagedById((after) => repository.nodesAfter(entityLabel, after, batchSize))) {
      await files.knooppunten.write(entityRecord(node, false));
      if (++counts.knooppunten % 50_000 === 0) progress('nodes');
    }
    for await (const node of pagedById((after) => repository.nodesAfter(retractedLabel, after, batchSize))) {
      await files.ingetrokken.write(entityRecord(node, true));
      counts.ingetrokkenKnooppunten += 1;
    }
    for (const startClass of [entityLabel, retractedLabel] as const) {
      for await (const relation of relationsFrom(repository, startClass, Math.max(1, Math.floor(batchSize / 10)))) {
        const retracted = relation.type === retractedRelationType;
        await (retracted ? files.ingetrokken : files.relaties).write(relationExportRecord(relation, retracted));
        if (retracted) counts.ingetrokkenRelaties += 1;
        else if (++counts.relaties % 200_000 === 0) progress('relations');
      }
    }
    for await (const change of itemsAfter(
      (after) => repository.changesAfter(after, batchSize),
      (last) => ({ op: String(last.properties.op), id: String(last.properties.id) }),
      { op: '', id: '' },
    )) {
      await files.wijzigingen.write(checkedFlat(change, changeOrder, structuredChangeProperties, changeSchema));
      counts.wijzigingen += 1;
    }
    for await (const key of pagedById((after) => repository.nodesAfter('ApiSleutel', after, batchSize))) {
      await files.sleutels.write(
        checkedFlat(key, ['id', 'naam', 'rol', 'hash', 'aangemaakt', 'ingetrokken'], [], apiKeySchema),
      );
      counts.sleutels += 1;
    }
    const versions = (await repository.seedVersions()).map((version) =>
      checkedFlat(version, ['naam', 'vingerafdruk', 'geladen'], [], seedVersionSchema),
    );
    for (const version of versions.sort((a, b) => compareText(JSON.stringify(a), JSON.stringify(b)))) {
      await files.seedversie.write(version);
      counts.seedversies += 1;
    }
    for await (const text of itemsAfter(
      (after) => repository.textsAfter(after, Math.min(batchSize, textBatchSize)),
      (last) => String(last.properties.document),
      '',
    )) {
      await files.teksten.write(checkedFlat(text, textOrder, [], textSchema));
      counts.teksten += 1;
    }
    for await (const passage of itemsAfter(
      (after) => repository.passagesAfter(after, batchSize),
      (last) => ({ document: String(last.properties.document), nummer: Number(last.properties.nummer) }),
      { document: '', nummer: 0 },
    )) {
      await files.passages.write(checkedFlat(passage, passageOrder, [], passageSchema));
      if (++counts.passages % 200_000 === 0) progress('passages');
    }
    await Promise.all(Object.values(files).map((file) => file.close()));
    checkComplete(counts, before, await repository.counts());
    // The manifest goes first and comes back last: files without one are never read as an export.
    await rm(join(directory, exportFiles.manifest), { force: true });
    for (const [name, file] of Object.entries(files))
      await rename(file.path, join(directory, exportFiles[name as keyof typeof files]));
    await writeFile(
      join(directory, exportFiles.manifest),
      documentYaml(header('what the files hold; the importer checks these counts'), {
        formaat: exportFormat,
        aantallen: counts,
      }),
    );
  } catch (error) {
    for (const file of Object.values(files)) file.destroy();
    await Promise.all(Object.values(files).map((file) => rm(file.path, { force: true })));
    throw error;
  }
  const seconds = secondsSince(started);
  logger.info({ directory, ...counts, seconds }, 'export done');
  return { counts, seconds };
}

/** Refuses nodes the export would not write: unknown label sets, or no id to order them by. */
async function checkLabelSets(repository: ExportRepository): Promise<void> {
  const known = new Set([
    ...nodeLabels.map((label) => key(labelsOf(entityLabel, label))),
    ...[retractedLabel, 'Wijziging', 'ApiSleutel', 'SeedVersie', 'Documenttekst', 'Passage'].map((label) =>
      key([label]),
    ),
  ]);
  const keys: Record<string, string> = {
    Wijziging: 'een id als tekst en op',
    Documenttekst: 'een document als tekst',
    Passage: 'een document als tekst en een getal als nummer',
  };
  const problems: string[] = [];
  for (const set of await repository.labelSets()) {
    const labels = set.labels.join(':') || '(geen label)';
    if (!known.has(key(set.labels))) problems.push(`${set.aantal} knopen met label ${labels}, dat de export niet kent`);
    else if (set.zonderSleutel > 0 && !set.labels.includes('SeedVersie')) {
      problems.push(`${set.zonderSleutel} knopen met label ${labels} zonder ${keys[labels] ?? 'een id als tekst'}`);
    }
  }
  if (problems.length > 0) throw new ExportError(`Er is niets geëxporteerd: de graaf bevat ${problems.join('; ')}.`);
}

const key = (labels: readonly string[]) => [...labels].sort().join(':');

function entityRecord(node: StoredNode, retracted: boolean) {
  const id = String(node.properties.id);
  const what = `${retracted ? 'ingetrokken knoop' : 'knoop'} ${id}`;
  const label = retracted
    ? node.properties.soort
    : node.labels.find((name) => name !== entityLabel && name !== actorLabel);
  if (
    typeof label !== 'string' ||
    !(nodeLabels as readonly string[]).includes(label) ||
    node.typed.some((typed) => typed.key === 'soort' && retracted)
  ) {
    throw new ExportError(
      `${what}: ${retracted ? `zijn soort ${String(label)} noemt` : 'zijn labels noemen'} geen soort knoop`,
    );
  }
  const record = nodeRecord(label as NodeLabel, toYamlProperties(node.properties, node.typed, what), retracted);
  return checked(record, retracted ? retractedNodeSchema : exportNodeSchema, nodeRow(record, retracted), node, what);
}

function relationExportRecord(relation: StoredRelation, retracted: boolean) {
  const what = `relatie ${String(relation.van)} ${relation.type} ${String(relation.naar)}`;
  if (typeof relation.naar !== 'string' || !relation.endKnown) {
    throw new ExportError(
      `${what}: ze eindigt bij een knoop die niet in de kennisgraaf staat en niet is ingetrokken, of die geen id heeft`,
    );
  }
  const type = retracted ? relation.properties.type : relation.type;
  if (
    typeof type !== 'string' ||
    !(relationTypeNames as readonly string[]).includes(type) ||
    (retracted && relation.typed.some((typed) => typed.key === 'type'))
  ) {
    throw new ExportError(
      `${what}: ${retracted ? `haar eigenschap type ${String(type)}` : 'haar type'} is geen relatietype van het model`,
    );
  }
  const record = relationRecord(
    String(relation.van),
    type,
    relation.naar,
    toYamlProperties(relation.properties, relation.typed, what),
    retracted,
  );
  return checked(record, exportRelationSchema, relationRow(record, retracted), relation, what);
}

function checkedFlat(
  node: StoredNode,
  order: readonly string[],
  structured: readonly string[],
  schema: typeof changeSchema,
) {
  const name = node.properties.id ?? node.properties.naam ?? node.properties.document;
  const what = `${node.labels.join(':')} ${String(name)}${node.properties.nummer === undefined ? '' : ` ${String(node.properties.nummer)}`}`;
  const record = flatRecord(toYamlProperties(node.properties, node.typed, what), order, structured);
  return checked(record, schema, flatRow(record, structured), node, what);
}

/**
 * Every record is checked before it is written: the importer's schema accepts it, and it
 * converts back to exactly the stored properties and types.
 */
function checked<T>(
  record: T,
  schema: {
    safeParse(
      value: unknown,
      params: { error: typeof dutch },
    ): {
      success: boolean;
      error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
    };
  },
  row: ReturnType<typeof storedRow>,
  stored: { properties: Record<string, unknown>; typed: StoredNode['typed'] },
  what: string,
): T {
  const parsed = schema.safeParse(record, { error: dutch });
  if (!parsed.success) {
    const issue = parsed.error?.issues[0];
    throw new ExportError(
      `${what} kan niet worden geëxporteerd: ${issue?.path.map(String).join('.') || '(record)'}: ${issue?.message}`,
    );
  }
  if (!sameRow(row, storedRow(stored.properties, stored.typed))) {
    throw new ExportError(
      `${what} kan niet worden geëxporteerd: het record zou niet dezelfde eigenschappen teruggeven`,
    );
  }
  return record;
}

/** Nodes page after page, each page starting after the last id of the one before. */
function pagedById(page: (after: string) => Promise<StoredNode[]>): AsyncGenerator<StoredNode> {
  return itemsAfter(page, (last) => String(last.properties.id), '');
}

/** Relations by start node in id order; those of one start node by type, end, key, then content. */
async function* relationsFrom(
  repository: ExportRepository,
  startClass: EndClass,
  startsPerBatch: number,
): AsyncGenerator<StoredRelation> {
  for await (const ids of pagesAfter(
    (after: string) => repository.idsAfter(startClass, after, startsPerBatch),
    (last) => last,
    '',
  )) {
    const relations = await repository.relationsFrom(startClass, ids);
    const sortKey = (relation: StoredRelation) => [
      String(relation.van),
      relation.type,
      String(relation.naar),
      String(relation.properties.sleutel),
      canonicalJson(storedRow(relation.properties, relation.typed)),
    ];
    const keyed = relations.map((relation) => ({ relation, key: sortKey(relation) }));
    keyed.sort((a, b) => {
      for (let index = 0; index < a.key.length; index += 1) {
        const order = compareText(a.key[index]!, b.key[index]!);
        if (order !== 0) return order;
      }
      return 0;
    });
    for (const { relation } of keyed) yield relation;
  }
}

/** What was written must be everything, and nothing may have changed meanwhile. */
function checkComplete(
  counts: Counts,
  before: { nodes: number; relations: number },
  after: { nodes: number; relations: number },
): void {
  const { nodes, relations } = totals(counts);
  if (before.nodes !== after.nodes || before.relations !== after.relations) {
    throw new ExportError(
      `De graaf veranderde tijdens de export (${before.nodes} → ${after.nodes} knopen, ${before.relations} → ${after.relations} relaties); ` +
        'exporteer opnieuw terwijl niets erin schrijft (stop de dienst).',
    );
  }
  if (nodes !== after.nodes || relations !== after.relations) {
    throw new ExportError(
      `De export bevat ${nodes} van de ${after.nodes} knopen en ${relations} van de ${after.relations} relaties; ` +
        'relaties moeten beginnen bij een knoop van de kennisgraaf of een ingetrokken knoop.',
    );
  }
}

/** JSON with object keys in order: Neo4j returns properties in an order of its own. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => compareText(a, b)))
      : inner,
  );
}

/** Plain code-unit order, the same on every machine (unlike localeCompare). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
