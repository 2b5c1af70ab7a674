import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Raised for command-line arguments that are unknown or out of range; the message says which. */
export class ArgumentError extends Error {
  override name = 'ArgumentError';
}

/**
 * Runs a command's main function. A failure prints its message (and, for a mistake in the
 * arguments, the usage) to stderr and exits with 1; the log keeps the detail.
 */
export function runCommand(main: () => Promise<void>, usage?: string): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    if (usage && error instanceof ArgumentError) process.stderr.write(`\n${usage}`);
    process.exit(1);
  });
}

/** Node's `parseArgs`, with a mistake in the command line raised as an ArgumentError. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new ArgumentError(error instanceof Error ? error.message : String(error));
  }
}
