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

export const usage = `npm run generate -- [options]

Loads a synthetic graph in the shape of the IBP graph into the configured database
(NEO4J_URI, or the local one in NEO4J_LOCAL_DATA_DIR). Use a separate data folder:
  NEO4J_LOCAL_DATA_DIR=.data/schaal npm run generate

  --knopen N               number of nodes, ${minimumNodes}-${maximumNodes} (default 100000);
                           0 with --wissen only removes the synthetic data
  --relaties-per-knoop X   relations per node, ${minimumRelationsPerNode}-${maximumRelationsPerNode} (default 10)
  --seed S                 seed, 0-4294967295 (default 1): the same seed gives the same graph
  --wissen                 first remove synthetic data already there (herkomst 'synthetisch')
  --naast-seeds            load even though the database holds the seeded graph
  --batch N                rows per transaction, 100-50000 (default 10000)
  --help                   show this text
`;

const numberArgument = (name: string, min: number, max: number, integer = true) =>
  z.coerce
    .number({ error: `--${name} expects a number` })
    .refine((value) => !integer || Number.isInteger(value), `--${name} expects a whole number`)
    .refine((value) => value >= min && value <= max, `--${name} must be from ${min} to ${max}`);

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
    message: `--knopen must be from ${minimumNodes} to ${maximumNodes} (or 0 together with --wissen, to only remove)`,
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
