import { z } from 'zod';
import { badUserInput } from '../errors.js';
import { idPattern } from '../graph/model.js';

/**
 * The shape of every mutation's input, checked before anything touches the database. A
 * violation becomes BAD_USER_INPUT naming the field, such as `invoer.opgaven[1]`.
 */

const id = z.string().max(200).regex(idPattern, 'is not an IBP Graph id; ids look like opgave:klimaat');

/** Text that is trimmed, with runs of whitespace collapsed, between `min` and `max` characters. */
const text = (min: number, max: number) =>
  z
    .string()
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`));

/** Longer text keeps its line breaks. */
const longText = (max: number) =>
  z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(max, `must be at most ${max} characters`));

const ids = (min: number, max: number, what: string) =>
  z
    .array(id)
    .max(max, `at most ${max} ${what}`)
    .refine((list) => new Set(list).size === list.length, `names the same ${what.replace(/s$/, '')} twice`)
    .refine((list) => list.length >= min, `needs at least ${min} different ${what}`);

const line = z.number().int().min(1).max(1_000_000);

export const sourceInput = z
  .object({
    document: id,
    regelVan: line.nullish(),
    regelTot: line.nullish(),
    citaat: text(3, 600),
    vindplaats: text(1, 200).nullish(),
  })
  .refine((source) => (source.regelVan == null) === (source.regelTot == null), {
    message: 'give both regelVan and regelTot, or neither',
    path: ['regelTot'],
  })
  .refine((source) => source.regelVan == null || source.regelTot == null || source.regelVan <= source.regelTot, {
    message: 'must not come before regelVan',
    path: ['regelTot'],
  });

const sources = z.array(sourceInput).min(1, 'needs at least one source').max(10, 'at most 10 sources');

export const crossoverInput = z.object({
  onderwerp: text(3, 200),
  toelichting: longText(2000).nullish(),
  opgaven: ids(2, 10, 'opgaven'),
  kern: id.nullish(),
  regios: ids(0, 20, 'regions').nullish(),
  bronnen: sources,
});

export const crossoverEdit = z.object({
  id,
  versie: z.number().int().min(1),
  onderwerp: text(3, 200).nullish(),
  toelichting: longText(2000).nullish(),
  opgaven: ids(2, 10, 'opgaven').nullish(),
  kern: id.nullish(),
  regios: ids(0, 20, 'regions').nullish(),
  bronnen: sources.nullish(),
});

export const linkInput = z.object({
  van: id,
  naar: id,
  toelichting: longText(2000).nullish(),
  bronnen: sources,
});

export const linkTypes = ['SPEELT_IN', 'INSTRUMENT_VOOR', 'LIGT_IN'] as const;
export type LinkType = (typeof linkTypes)[number];

export const linkEdit = z.object({
  van: id,
  type: z.enum(linkTypes),
  naar: id,
  versie: z.number().int().min(1),
  toelichting: longText(2000).nullish(),
  bronnen: sources.nullish(),
});

export const linkRetraction = z.object({
  van: id,
  type: z.enum(linkTypes),
  naar: id,
  versie: z.number().int().min(1),
  reden: text(3, 500),
});

export const regionInput = z.object({
  naam: text(2, 200),
  beschrijving: longText(2000).nullish(),
  ligtIn: ids(0, 10, 'areas').nullish(),
  bronnen: sources,
});

export const regionEdit = z.object({
  id,
  versie: z.number().int().min(1),
  naam: text(2, 200).nullish(),
  beschrijving: longText(2000).nullish(),
  ligtIn: ids(0, 10, 'areas').nullish(),
  bronnen: sources.nullish(),
});

const url = z
  .string()
  .trim()
  .max(500, 'must be at most 500 characters')
  .url('is not a web address')
  .refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://');

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2018-02-14')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date');

export const documentInput = z.object({
  naam: text(3, 300),
  url: url.nullish(),
  datum: date.nullish(),
  afzender: text(1, 200).nullish(),
  beschrijving: longText(2000).nullish(),
});

export const documentEdit = documentInput
  .partial()
  .extend({ id, versie: z.number().int().min(1), naam: text(3, 300).nullish() });

export const retraction = z.object({ id, versie: z.number().int().min(1), reden: text(3, 500) });

export const idempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, 'must be 8 to 100 letters, digits, - or _');

/**
 * Parses `value` with `schema`; the first problem becomes BAD_USER_INPUT naming the field
 * within `argument`, e.g. `invoer.bronnen[0].citaat: must be at least 3 characters`.
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, argument: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw badUserInput(fieldName(argument, issue?.path ?? []), issue?.message ?? 'is not valid');
}

/** `invoer` + ['opgaven', 1] → `invoer.opgaven[1]`. */
export function fieldName(argument: string, path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : `${name}.${String(part)}`),
    argument,
  );
}
