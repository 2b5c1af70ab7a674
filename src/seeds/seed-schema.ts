import { z } from 'zod';
import { idPattern, isRoleKind, nodeLabels, relationTypeNames, roleKinds } from '../graph/model.js';

/**
 * The shape of the seed files in seeds/data/: nodes and relations, each with its sources.
 * Property names the loader uses itself cannot be reused as `eigenschappen`.
 */
const reservedProperties = ['id', 'naam', 'afkorting', 'beschrijving', 'herkomst', 'sleutel', 'varianten', 'datumVan', 'datumTot', 'datumWaarden', 'datumenVan', 'datumenTot'];

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const regels = z
  .tuple([z.number().int().min(1), z.number().int().min(1)])
  .refine(([from, to]) => from <= to, 'the first line must not come after the last');
const citaat = z.string().trim().min(3).max(600);

/** A further range a source cites in its own document: the heading or table row its quote needs. */
export const bronDeelSchema = z.object({ regels, citaat }).strict();

export const bronSchema = z
  .object({
    document: z.string().regex(/^document:[a-z0-9-]+$/, 'expected a document id such as document:ibp-programma'),
    regels,
    citaat,
    ook: z.array(bronDeelSchema).min(1, 'leave ook out rather than empty').optional(),
  })
  .strict();

/**
 * A relation's source may say why it shares its quote with more relations than seeds/MODEL.md
 * allows (`gedeeld`, see src/seeds/quote-sharing.ts); the reason is a note on the seed files and is not stored.
 */
export const relatieBronSchema = bronSchema.extend({ gedeeld: z.string().trim().min(10).max(300).optional() }).strict();

const eigenschappenSchema = z
  .record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'property names are camelCase'), scalar)
  .refine((properties) => !Object.keys(properties).some((key) => reservedProperties.includes(key) || key.startsWith('bron')), {
    message: `these property names are reserved: ${reservedProperties.join(', ')}, bron…`,
  });

export const nodeSchema = z
  .object({
    id: z.string().regex(idPattern, 'expected an id such as opgave:klimaat'),
    label: z.enum(nodeLabels),
    naam: z.string().trim().min(1).max(300),
    afkorting: z.string().trim().min(1).max(40).optional(),
    beschrijving: z.string().trim().min(1).max(2000).optional(),
    eigenschappen: eigenschappenSchema.optional(),
    varianten: z
      .array(z.object({ eigenschap: z.string().min(1), waarde: scalar, bron: bronSchema }).strict())
      .optional(),
    bronnen: z.array(bronSchema).min(1, 'every node needs at least one source'),
    // Ids this node had in earlier seed files: what was recorded against them moves here on loading.
    vervangt: z.array(z.string().regex(idPattern, 'expected an id such as organisatie:rob')).min(1).optional(),
  })
  .strict()
  .refine((node) => node.id.startsWith(`${node.label.toLowerCase()}:`), {
    message: 'the id prefix must be the label in lower case (e.g. Opgave → opgave:)',
    path: ['id'],
  });

export const relationSchema = z
  .object({
    van: z.string().min(3),
    type: z.enum(relationTypeNames as [string, ...string[]]),
    naar: z.string().min(3),
    eigenschappen: eigenschappenSchema.optional(),
    bronnen: z.array(relatieBronSchema).min(1, 'every relation needs at least one source'),
  })
  .strict()
  .superRefine(({ eigenschappen }, context) => {
    const kind = eigenschappen?.rolSoort;
    if (kind !== undefined && !isRoleKind(kind)) {
      context.addIssue({
        code: 'custom',
        path: ['eigenschappen', 'rolSoort'],
        message: `expected one of the role kinds (${roleKinds.join(', ')}), got ${JSON.stringify(kind)}`,
      });
    }
  });

export type Bron = z.infer<typeof bronSchema>;
export type RelatieBron = z.infer<typeof relatieBronSchema>;
export type SeedNode = z.infer<typeof nodeSchema>;
export type SeedRelation = z.infer<typeof relationSchema>;
