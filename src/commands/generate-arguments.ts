import { ArgumentError, parseCommandLine } from './run-command.js';
import { z } from 'zod';
import {
  maximumNodes,
  maximumRelationsPerNode,
  minimumNodes,
  minimumRelationsPerNode,
  type SyntheticGraphOptions,
} from '../generate/synthetic-plan.js';

export interface GenerateArguments extends SyntheticGraphOptions {
  /** Remove the synthetic data already in the database first (in batches). */
  wissen: boolean;
  /** Load even though the database holds the seeded graph. */
  naastSeeds: boolean;
  /** Rows per transaction. */
  batchSize: number;
  help: boolean;
}

export const usage = `npm run generate -- [opties]

Laadt een synthetische graaf in de vorm van de IBP-graaf in de ingestelde database
(NEO4J_URI, of de lokale in NEO4J_LOCAL_DATA_DIR). Gebruik een eigen datamap:
  NEO4J_LOCAL_DATA_DIR=.data/schaal npm run generate

  --knopen N               aantal knopen, ${minimumNodes}-${maximumNodes} (standaard 100000);
                           0 met --wissen verwijdert alleen de synthetische gegevens
  --relaties-per-knoop X   relaties per knoop, ${minimumRelationsPerNode}-${maximumRelationsPerNode} (standaard 10)
  --seed S                 startgetal, 0-4294967295 (standaard 1): hetzelfde startgetal geeft dezelfde graaf
  --wissen                 verwijder eerst synthetische gegevens die er al zijn (herkomst 'synthetisch')
  --naast-seeds            laad ook als de database de graaf uit de seeds bevat
  --batch N                rijen per transactie, 100-50000 (standaard 10000)
  --help                   toon deze tekst
`;

const numberArgument = (name: string, min: number, max: number, integer = true) =>
  z.coerce
    .number({ error: `--${name} verwacht een getal` })
    .refine((value) => !integer || Number.isInteger(value), `--${name} verwacht een geheel getal`)
    .refine((value) => value >= min && value <= max, `--${name} moet van ${min} tot ${max} zijn`);

const argumentsSchema = z
  .object({
    knopen: numberArgument('knopen', 0, maximumNodes),
    relatiesPerKnoop: numberArgument('relaties-per-knoop', minimumRelationsPerNode, maximumRelationsPerNode, false),
    seed: numberArgument('seed', 0, 4_294_967_295),
    batchSize: numberArgument('batch', 100, 50_000),
    wissen: z.boolean(),
    naastSeeds: z.boolean(),
    help: z.boolean(),
  })
  .refine((parsed) => parsed.knopen >= minimumNodes || (parsed.knopen === 0 && parsed.wissen), {
    message: `--knopen moet van ${minimumNodes} tot ${maximumNodes} zijn (of 0 samen met --wissen, om alleen te verwijderen)`,
  });

/** Reads the command line (without `node` and the script); throws an ArgumentError naming the problem. */
export function parseGenerateArguments(argv: readonly string[]): GenerateArguments {
  const { values } = parseCommandLine({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      knopen: { type: 'string', default: '100000' },
      'relaties-per-knoop': { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      batch: { type: 'string', default: '10000' },
      wissen: { type: 'boolean', default: false },
      'naast-seeds': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const parsed = argumentsSchema.safeParse({
    knopen: values.knopen,
    relatiesPerKnoop: values['relaties-per-knoop'],
    seed: values.seed,
    batchSize: values.batch,
    wissen: values.wissen,
    naastSeeds: values['naast-seeds'],
    help: values.help,
  });
  if (!parsed.success) throw new ArgumentError(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}
