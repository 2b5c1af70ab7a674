import { z } from 'zod';
import { nl } from 'zod/locales';
import { nodeLabels, relationTypeNames } from '../graph/model.js';
import { sourceProperties } from '../graph/sources.js';
import { bronSchema } from '../seeds/seed-schema.js';

/**
 * The files of an export (see docs/export-import.md). Nodes and relations are
 * written as seed records (seeds/data/), with a few additions for what the seeds never hold:
 *
 * - `herkomst`: where the fact comes from (`seed`, `api`, `synthetisch`).
 * - `eigenschappen` holds every stored property that has no field of its own, including the
 *   recording metadata (`vastgelegdDoor`, `versie`, `ingetrokkenOp`, ...) and, when they cannot
 *   be written as `bronnen` or `varianten`, the raw `bron…` lists and `varianten` text.
 * - `typen`: the Neo4j type of each property that YAML cannot tell (`integer`, `datetime`, `date`,
 *   `localdatetime`, `time`, `localtime`, `duration`, or a list of one: `integer[]`). Without a
 *   type a number is a float, as everything the service writes from JavaScript is.
 * - a source may leave out `regels` (stored as line 0: the document has no text in the service)
 *   and have a `vindplaats`; facts recorded through the API give every source one, maybe "".
 *   Its further ranges (`ook`) are written as in seeds/data.
 * - a relation has `sleutel` only when it is not `van>type>naar` (null: it has none).
 *
 * Retracted nodes and relations (ingetrokken.yaml) are the same records under their own kind
 * and type; the audit trail, API keys, the seed version, the texts of ingested documents
 * (teksten.yaml: hash, lines, first line of each page) and their passages (passages.yaml) are
 * their stored properties as they are. The seeded documents' texts are left out: the seed loader
 * writes them again from seeds/documenten/.
 *
 * Format 2 added teksten.yaml and passages.yaml; an export of format 1 (without them) still reads.
 * The importer validates every record with these schemas; they transform nothing, so what is
 * read is exactly what was written.
 */

export const exportFormat = 2;

export const exportFiles = {
  manifest: 'export.yaml',
  knooppunten: 'knooppunten.yaml',
  relaties: 'relaties.yaml',
  ingetrokken: 'ingetrokken.yaml',
  wijzigingen: 'wijzigingen.yaml',
  sleutels: 'sleutels.yaml',
  seedversie: 'seedversie.yaml',
  teksten: 'teksten.yaml',
  passages: 'passages.yaml',
} as const;

/** Texts per read and per write: one may hold a whole book's lines. */
export const textBatchSize = 20;

/** The scalar types that need a tag; each also as a list (`integer[]`). */
export const taggedTypes = ['integer', 'datetime', 'localdatetime', 'date', 'time', 'localtime', 'duration'] as const;
export type TaggedType = (typeof taggedTypes)[number];
export type TypeTag = TaggedType | `${TaggedType}[]`;
const typeTags = taggedTypes.flatMap((type) => [type, `${type}[]`]) as [TypeTag, ...TypeTag[]];

/** Neo4j's `valueType` names of the tagged types. */
const neo4jTypes: Record<string, TaggedType> = {
  INTEGER: 'integer',
  'ZONED DATETIME': 'datetime',
  'LOCAL DATETIME': 'localdatetime',
  DATE: 'date',
  'ZONED TIME': 'time',
  'LOCAL TIME': 'localtime',
  DURATION: 'duration',
};

/** The tag of a Neo4j type (`LIST<INTEGER NOT NULL> NOT NULL` → `integer[]`); undefined when the export cannot keep it. */
export function typeTagOf(neo4jType: string): TypeTag | undefined {
  const list = /^LIST<(.+) NOT NULL> NOT NULL$/.exec(neo4jType);
  const scalar = neo4jTypes[(list?.[1] ?? neo4jType).replace(/ NOT NULL$/, '')];
  if (!scalar) return undefined;
  return list ? `${scalar}[]` : scalar;
}

/**
 * Zod's Dutch messages, for the checks that have no message of their own: the operator who exports
 * or imports reads them. Pass to every `safeParse` of these schemas (a nested parse does not inherit it).
 */
export const dutch = nl().localeError;

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** A stored property: a scalar or a list of scalars of one type (Neo4j stores no mixed lists). */
export const propertyValueSchema = z.union([
  scalar,
  z
    .array(scalar)
    .refine(
      (items) => new Set(items.map((item) => typeof item)).size <= 1,
      'een lijst moet waarden van één type bevatten',
    ),
]);
export type PropertyValue = z.infer<typeof propertyValueSchema>;

const propertyName = z.string().min(1).max(200);
export const propertiesSchema = z.record(propertyName, propertyValueSchema);
const typesSchema = z.record(propertyName, z.enum(typeTags));

/** An integer outside JavaScript's safe range is written as its digits, in quotes. */
const integerValue = z.union([
  z.number().int().refine(Number.isSafeInteger, 'buiten het veilige bereik: schrijf het tussen aanhalingstekens'),
  z.string().regex(/^-?\d+$/),
]);
const temporalValue = z.string().min(1);

/** Checks that every typed property exists and holds a value of its type. */
function checkTypes(
  types: Record<string, TypeTag> | undefined,
  properties: Record<string, unknown>,
  context: z.RefinementCtx,
): void {
  for (const [key, tag] of Object.entries(types ?? {})) {
    const value = properties[key];
    const element = tag.startsWith('integer') ? integerValue : temporalValue;
    const valid = (tag.endsWith('[]') ? z.array(element) : element).safeParse(value).success;
    if (value === undefined)
      context.addIssue({ code: 'custom', path: ['typen', key], message: `${key} staat niet bij de eigenschappen` });
    else if (!valid)
      context.addIssue({
        code: 'custom',
        path: ['typen', key],
        message: `${key} bevat geen waarde van het type ${tag}`,
      });
  }
}

export const exportSourceSchema = z
  .object({
    document: z.string().min(1),
    regels: bronSchema.shape.regels.optional(),
    citaat: z.string(),
    vindplaats: z.string().optional(),
    ook: bronSchema.shape.ook,
  })
  .strict();
export type ExportSource = z.infer<typeof exportSourceSchema>;

const sourcesSchema = z
  .array(exportSourceSchema)
  .min(1)
  .refine(
    (sources) => new Set(sources.map((source) => source.vindplaats !== undefined)).size === 1,
    'ofwel elke bron heeft een vindplaats, ofwel geen enkele',
  );

export const variantSchema = z.object({ eigenschap: z.string().min(1), waarde: scalar, bron: z.json() }).strict();

/** What nodes and relations share: origin, other properties, their types, sources. */
const factFields = {
  herkomst: z.string().optional(),
  eigenschappen: propertiesSchema.optional(),
  typen: typesSchema.optional(),
  bronnen: sourcesSchema.optional(),
};

/** A field that has its own place in the record must not also be among `eigenschappen`. */
function checkFact(
  record: { eigenschappen?: Record<string, unknown>; typen?: Record<string, TypeTag>; bronnen?: unknown },
  own: readonly string[],
  context: z.RefinementCtx,
): void {
  const properties = record.eigenschappen ?? {};
  const taken = own.filter((key) => (record as Record<string, unknown>)[key] !== undefined);
  if (record.bronnen) taken.push(...sourceProperties);
  for (const key of taken.filter((key) => key in properties)) {
    context.addIssue({
      code: 'custom',
      path: ['eigenschappen', key],
      message: `${key} heeft in dit record een eigen veld`,
    });
  }
  checkTypes(record.typen, properties, context);
}

const nodeFields = ['id', 'naam', 'afkorting', 'beschrijving', 'herkomst', 'varianten'] as const;

/** A node of the knowledge graph, active (knooppunten.yaml) or retracted (ingetrokken.yaml, where `label` is its `soort`). */
export const exportNodeSchema = z
  .object({
    id: z.string().min(1),
    label: z.enum(nodeLabels),
    naam: z.string().optional(),
    afkorting: z.string().optional(),
    beschrijving: z.string().optional(),
    ...factFields,
    varianten: z.array(variantSchema).optional(),
  })
  .strict()
  .superRefine((record, context) => checkFact(record, nodeFields, context));
export type ExportNode = z.infer<typeof exportNodeSchema>;

/** Retracted nodes keep their kind in `soort`, so `soort` cannot be one of their `eigenschappen`. */
export const retractedNodeSchema = exportNodeSchema.refine(
  (record) => !(record.eigenschappen && 'soort' in record.eigenschappen),
  {
    message: 'soort is het label van een ingetrokken knoop, niet een van zijn eigenschappen',
    path: ['eigenschappen', 'soort'],
  },
);

/** A relation, active (relaties.yaml) or retracted (ingetrokken.yaml, where `type` is the type it had). */
export const exportRelationSchema = z
  .object({
    van: z.string().min(1),
    type: z.enum(relationTypeNames as [string, ...string[]]),
    naar: z.string().min(1),
    sleutel: z.string().nullable().optional(),
    ...factFields,
  })
  .strict()
  .superRefine((record, context) =>
    checkFact(record, record.sleutel === null ? ['herkomst'] : ['herkomst', 'sleutel'], context),
  );
export type ExportRelation = z.infer<typeof exportRelationSchema>;

/** JSON text kept as YAML (the audit trail's `voor` and `na`): an object (a list would read as a list property). */
const jsonStructure = z.record(z.string(), z.json());

/** A node outside the knowledge graph: its stored properties as they are, plus `typen`. */
function flatSchema(required: string, structured: readonly string[] = []) {
  return z.record(propertyName, z.unknown()).superRefine((record, context) => {
    const { typen, ...properties } = record;
    if (typeof properties[required] !== 'string')
      context.addIssue({ code: 'custom', path: [required], message: 'verwacht een tekst' });
    for (const [key, value] of Object.entries(properties)) {
      const schema = structured.includes(key) ? z.union([propertyValueSchema, jsonStructure]) : propertyValueSchema;
      const parsed = schema.safeParse(value, { error: dutch });
      if (!parsed.success)
        context.addIssue({
          code: 'custom',
          path: [key],
          message: parsed.error.issues[0]?.message ?? 'ongeldige waarde',
        });
    }
    const types = typesSchema.optional().safeParse(typen, { error: dutch });
    if (!types.success)
      context.addIssue({
        code: 'custom',
        path: ['typen'],
        message: types.error.issues[0]?.message ?? 'ongeldige typen',
      });
    else checkTypes(types.data, properties, context);
  });
}

/** The JSON-text properties of the audit trail that are written as YAML structures. */
export const structuredChangeProperties = ['voor', 'na'] as const;

export const changeSchema = flatSchema('id', structuredChangeProperties);
export const apiKeySchema = flatSchema('id');
export const seedVersionSchema = flatSchema('naam');
/** A document's text (`Documenttekst`), found by its `document`. */
export const textSchema = flatSchema('document');
/** A passage of a text, found by its `document` and `nummer`. */
export const passageSchema = flatSchema('document');
export type FlatRecord = Record<string, unknown>;

const count = z.number().int().min(0);

/** The manifest; format 1 has no texts and so no counts of them. */
export const manifestSchema = z
  .object({
    formaat: z.union([z.literal(1), z.literal(exportFormat)]),
    aantallen: z
      .object({
        knooppunten: count,
        relaties: count,
        ingetrokkenKnooppunten: count,
        ingetrokkenRelaties: count,
        wijzigingen: count,
        sleutels: count,
        seedversies: count,
        teksten: count.optional(),
        passages: count.optional(),
      })
      .strict(),
  })
  .strict()
  .superRefine((manifest, context) => {
    for (const key of ['teksten', 'passages'] as const) {
      const present = manifest.aantallen[key] !== undefined;
      if (present !== manifest.formaat >= 2)
        context.addIssue({
          code: 'custom',
          path: ['aantallen', key],
          message: present ? 'formaat 1 heeft geen teksten' : 'verwacht een aantal',
        });
    }
  });
export type Manifest = z.infer<typeof manifestSchema>;
/** How many records each file holds (an export of format 1 holds no texts: 0). */
export type Counts = Required<Manifest['aantallen']>;

/** Counts of nothing yet, to count up from. */
export function noCounts(): Counts {
  return {
    knooppunten: 0,
    relaties: 0,
    ingetrokkenKnooppunten: 0,
    ingetrokkenRelaties: 0,
    wijzigingen: 0,
    sleutels: 0,
    seedversies: 0,
    teksten: 0,
    passages: 0,
  };
}

/** The nodes and relations in the database that these counts of records stand for. */
export function totals(counts: Counts): { nodes: number; relations: number } {
  return {
    nodes:
      counts.knooppunten +
      counts.ingetrokkenKnooppunten +
      counts.wijzigingen +
      counts.sleutels +
      counts.seedversies +
      counts.teksten +
      counts.passages,
    relations: counts.relaties + counts.ingetrokkenRelaties,
  };
}
