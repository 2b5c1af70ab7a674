import { z } from 'zod';
import { nl } from 'zod/locales';
import { badUserInput } from '../errors.js';
import { idPattern } from '../graph/model.js';

/**
 * The shape of every mutation's input, checked before anything touches the database. A
 * violation becomes BAD_USER_INPUT naming the field, such as `invoer.opgaven[1]`, with a Dutch
 * message: our own for each check, Zod's Dutch locale for the rest.
 */

const id = z
  .string()
  .max(200, 'mag hoogstens 200 tekens lang zijn')
  .regex(idPattern, 'is geen id van IBP Graph; een id ziet eruit als opgave:klimaat');

/** Text that is trimmed, with runs of whitespace collapsed, between `min` and `max` characters. */
const text = (min: number, max: number) =>
  z
    .string()
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(
      z.string().min(min, `moet minstens ${min} tekens lang zijn`).max(max, `mag hoogstens ${max} tekens lang zijn`),
    );

/** Longer text keeps its line breaks. */
const longText = (max: number) =>
  z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(max, `mag hoogstens ${max} tekens lang zijn`));

const ids = (min: number, max: number, what: string) =>
  z
    .array(id)
    .max(max, `hoogstens ${max} ${what}`)
    .refine((list) => new Set(list).size === list.length, 'noemt een id twee keer')
    .refine((list) => list.length >= min, `vraagt minstens ${min} verschillende ${what}`);

const line = z
  .number()
  .int('moet een geheel getal zijn')
  .min(1, 'moet minstens 1 zijn')
  .max(1_000_000, 'mag hoogstens 1000000 zijn');

const version = z.number().int('moet een geheel getal zijn').min(1, 'moet minstens 1 zijn');

export const sourceInput = z
  .object({
    document: id,
    regelVan: line.nullish(),
    regelTot: line.nullish(),
    citaat: text(3, 600),
    vindplaats: text(1, 200).nullish(),
  })
  .refine((source) => (source.regelVan == null) === (source.regelTot == null), {
    message: 'geef regelVan en regelTot allebei, of geen van beide',
    path: ['regelTot'],
  })
  .refine((source) => source.regelVan == null || source.regelTot == null || source.regelVan <= source.regelTot, {
    message: 'mag niet voor regelVan liggen',
    path: ['regelTot'],
  });

const sources = z.array(sourceInput).min(1, 'vraagt minstens één bron').max(10, 'hoogstens 10 bronnen');

/** An opgave of a crossover with its own sources and its place in it (`VERBINDT.rol`). */
const crossoverMember = z.object({
  opgave: id,
  rol: z.enum(['KERN', 'VERBONDEN']).nullish(),
  bronnen: sources,
});

const crossoverMembers = z
  .array(crossoverMember)
  .max(10, 'hoogstens 10 opgaven')
  .refine((list) => new Set(list.map((member) => member.opgave)).size === list.length, 'noemt een opgave twee keer')
  .refine((list) => list.length >= 2, 'vraagt minstens 2 verschillende opgaven')
  .refine((list) => list.filter((member) => member.rol === 'KERN').length <= 1, 'heeft hoogstens één opgave als KERN');

/**
 * A crossover names its opgaven one of two ways: `opgaven` (with `kern`), whose relations all take the
 * crossover's sources, or `leden`, each opgave with its own sources and role. Not both, and `kern`
 * only beside `opgaven`. `required`: whether one of them must be given (on a new crossover).
 */
const oneWayOfMembers =
  (required: boolean) =>
  (input: { opgaven?: unknown[] | null; leden?: unknown[] | null; kern?: string | null }, context: z.RefinementCtx) => {
    if (input.opgaven != null && input.leden != null)
      context.addIssue({ code: 'custom', path: ['leden'], message: 'geef opgaven of leden, niet allebei' });
    else if (required && input.opgaven == null && input.leden == null)
      context.addIssue({ code: 'custom', path: ['opgaven'], message: 'vraagt opgaven of leden' });
    else if (input.leden != null && input.kern != null)
      context.addIssue({
        code: 'custom',
        path: ['kern'],
        message: 'geef de kern bij leden als rol KERN van die opgave, niet in kern',
      });
  };

export const crossoverInput = z
  .object({
    onderwerp: text(3, 200),
    toelichting: longText(2000).nullish(),
    opgaven: ids(2, 10, 'opgaven').nullish(),
    kern: id.nullish(),
    leden: crossoverMembers.nullish(),
    regios: ids(0, 20, "regio's").nullish(),
    bronnen: sources,
  })
  .superRefine(oneWayOfMembers(true));

export const crossoverEdit = z
  .object({
    id,
    versie: version,
    onderwerp: text(3, 200).nullish(),
    toelichting: longText(2000).nullish(),
    opgaven: ids(2, 10, 'opgaven').nullish(),
    kern: id.nullish(),
    leden: crossoverMembers.nullish(),
    regios: ids(0, 20, "regio's").nullish(),
    bronnen: sources.nullish(),
  })
  .superRefine(oneWayOfMembers(false));

export const linkInput = z.object({
  van: id,
  naar: id,
  toelichting: longText(2000).nullish(),
  bronnen: sources,
});

export const linkTypes = [
  'SPEELT_IN',
  'INSTRUMENT_VOOR',
  'LIGT_IN',
  'BASIS_VOOR',
  'FINANCIERT',
  'GENOEMD_IN_GESPREKSRONDE',
  'DEELT',
  'BESPREEKT',
  'KNELPUNT_BIJ',
  'BEHANDELD_IN',
] as const;
export type LinkType = (typeof linkTypes)[number];

/** The properties a link can carry beside its sources, each in the words of the text (seeds/MODEL.md, Conventies). */
const linkProperties = {
  grond: text(2, 300).nullish(),
  onderwerp: text(2, 300).nullish(),
  met: text(2, 200).nullish(),
  bijdrage: text(1, 200).nullish(),
};
export const linkPropertyNames = ['grond', 'onderwerp', 'met', 'bijdrage'] as const;
export type LinkProperty = (typeof linkPropertyNames)[number];

export const typedLinkInput = linkInput.extend({ type: z.enum(linkTypes), ...linkProperties });

export const linkEdit = z.object({
  van: id,
  type: z.enum(linkTypes),
  naar: id,
  versie: version,
  toelichting: longText(2000).nullish(),
  ...linkProperties,
  bronnen: sources.nullish(),
});

export const linkRetraction = z.object({
  van: id,
  type: z.enum(linkTypes),
  naar: id,
  versie: version,
  reden: text(3, 500),
});

export const regionInput = z.object({
  naam: text(2, 200),
  beschrijving: longText(2000).nullish(),
  ligtIn: ids(0, 10, 'gebieden').nullish(),
  grond: linkProperties.grond,
  bronnen: sources,
});

export const regionEdit = z.object({
  id,
  versie: version,
  naam: text(2, 200).nullish(),
  beschrijving: longText(2000).nullish(),
  ligtIn: ids(0, 10, 'gebieden').nullish(),
  grond: linkProperties.grond,
  bronnen: sources.nullish(),
});

const url = z
  .string()
  .trim()
  .max(500, 'mag hoogstens 500 tekens lang zijn')
  .url('is geen webadres')
  .refine((value) => /^https?:\/\//i.test(value), 'moet beginnen met http:// of https://');

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'verwacht een datum zoals 2018-02-14')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is geen bestaande datum');

export const documentInput = z.object({
  naam: text(3, 300),
  url: url.nullish(),
  datum: date.nullish(),
  afzender: text(1, 200).nullish(),
  beschrijving: longText(2000).nullish(),
});

export const documentEdit = documentInput.partial().extend({ id, versie: version, naam: text(3, 300).nullish() });

/** A date as precise as the source gives it: 2019, 2019-02, 2019-Q1 or 2019-02-14. */
const preciseAsSource = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4])?$/,
    'is geen datum zoals 2019-02-14, 2019-02, 2019-Q1 of 2019',
  );

export const statusStatementInput = z.object({
  van: id,
  status: z.enum(['GEPLAND', 'BEREIKT', 'DEELS', 'UITGESTELD', 'VERVALLEN', 'ONBEKEND']),
  peildatum: preciseAsSource,
  toelichting: longText(2000).nullish(),
  bronnen: sources,
});

export const commitmentInput = z.object({
  naam: text(3, 300),
  beschrijving: longText(2000).nullish(),
  door: ids(1, 10, 'actoren'),
  voor: ids(1, 10, 'knooppunten'),
  datum: preciseAsSource.nullish(),
  wanneer: text(2, 200).nullish(),
  bronnen: sources,
});

export const bottleneckInput = z.object({
  naam: text(3, 300),
  beschrijving: longText(2000).nullish(),
  soort: z.enum([
    'WET_EN_REGELGEVING',
    'FISCAAL',
    'FINANCIEEL',
    'SAMENWERKING',
    'CAPACITEIT',
    'INFORMATIE',
    'UITVOERING',
  ]),
  schaal: z.enum(['LANDELIJK', 'REGIONAAL', 'LOKAAL']).nullish(),
  bij: ids(1, 20, 'knooppunten'),
  gesignaleerdDoor: ids(0, 10, 'actoren').nullish(),
  bronnen: sources,
});

const bottleneckStatus = z.enum(['GESIGNALEERD', 'IN_BEHANDELING', 'DEELS_OPGELOST', 'OPGELOST', 'ONBEKEND']);

export const bottleneckStatusInput = z.object({
  knelpunt: id,
  status: bottleneckStatus,
  datum: preciseAsSource,
  reden: text(3, 2000),
  versie: version,
  bronnen: sources,
});

export const agendaInput = z.object({
  knelpunt: id,
  overleg: id,
  vanaf: date,
  toelichting: longText(2000).nullish(),
  bronnen: sources,
});

export const reportInput = z.object({
  naam: text(3, 300),
  beschrijving: longText(2000).nullish(),
  door: ids(1, 10, 'actoren'),
  aan: ids(1, 10, 'actoren'),
  over: ids(1, 20, 'knooppunten'),
  onderwerp: text(2, 300).nullish(),
  frequentie: text(2, 100).nullish(),
  perJaar: z
    .number()
    .int('moet een geheel getal zijn')
    .min(1, 'moet minstens 1 zijn')
    .max(365, 'mag hoogstens 365 zijn')
    .nullish(),
  datum: preciseAsSource.nullish(),
  bronnen: sources,
});

/** Short statements in the words of the liaison or the region: asks to the Rijk, what goes well, what could be better. */
const statements = (what: string) =>
  z
    .array(text(3, 500))
    .max(20, `hoogstens 20 ${what}`)
    .refine((list) => new Set(list).size === list.length, 'noemt iets twee keer');

export const initiativeWork = z.object({
  opgave: id,
  genoemdAls: text(2, 300).nullish(),
});

export const initiativeInput = z.object({
  naam: text(3, 300),
  beschrijving: longText(2000).nullish(),
  gebieden: ids(1, 10, 'gebieden'),
  opgaven: z
    .array(initiativeWork)
    .max(20, 'hoogstens 20 opgaven')
    .refine((list) => new Set(list.map((item) => item.opgave)).size === list.length, 'noemt een id twee keer')
    .nullish(),
  crossovers: ids(0, 10, 'crossovers').nullish(),
  knelpunten: ids(0, 20, 'knelpunten').nullish(),
  vragenAanRijk: statements('vragen').nullish(),
  gaatGoed: statements('punten').nullish(),
  kanBeter: statements('punten').nullish(),
  bronnen: sources,
});

export const initiativeEdit = z.object({
  id,
  versie: version,
  naam: text(3, 300).nullish(),
  beschrijving: longText(2000).nullish(),
  vragenAanRijk: statements('vragen').nullish(),
  gaatGoed: statements('punten').nullish(),
  kanBeter: statements('punten').nullish(),
  bronnen: sources.nullish(),
});

/** Base64 as JSON carries it (line breaks allowed); its decoded size is checked after decoding. */
const base64 = z
  .string()
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(
    z
      .string()
      .min(1, 'is leeg')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is geen base64'),
  );

export const ingestionInput = z.object({
  bestand: base64,
  bestandsnaam: text(1, 200).refine((name) => !/[\\/]/.test(name), 'is een bestandsnaam zonder map'),
  titel: text(3, 300),
  datum: date.nullish(),
  afzender: text(1, 200).nullish(),
  geadresseerde: text(1, 200).nullish(),
  soort: text(1, 100).nullish(),
  kenmerk: text(1, 100).nullish(),
  beschrijving: longText(2000).nullish(),
  vervangt: id.nullish(),
});

export const retraction = z.object({ id, versie: version, reden: text(3, 500) });

export const idempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, 'moet 8 tot 100 letters, cijfers, - of _ zijn');

/** Zod's Dutch messages, for the checks that have no message of their own. */
const dutch = nl().localeError;

/**
 * Parses `value` with `schema`; the first problem becomes BAD_USER_INPUT naming the field
 * within `argument`, e.g. `invoer.bronnen[0].citaat: moet minstens 3 tekens lang zijn`.
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, argument: string): z.output<T> {
  const result = schema.safeParse(value, { error: dutch });
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw badUserInput(fieldName(argument, issue?.path ?? []), issue?.message ?? 'is ongeldig');
}

/** `invoer` + ['opgaven', 1] → `invoer.opgaven[1]`. */
export function fieldName(argument: string, path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : `${name}.${String(part)}`),
    argument,
  );
}
