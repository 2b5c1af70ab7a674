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

/** Node's `parseArgs`, with a mistake in the command line raised as an ArgumentError, in Dutch. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new ArgumentError(commandLineMistake(error));
  }
}

/** Node's English message for a mistake in the command line, in Dutch, by its error code. */
export function commandLineMistake(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const named = /'([^' ]+)/.exec(message)?.[1] ?? '';
  switch ((error as { code?: unknown }).code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `onbekende optie ${named}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('argument missing')
        ? `de optie ${named} vraagt om een waarde`
        : `de optie ${named} neemt geen waarde`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `onverwacht argument ${named}; deze opdracht neemt alleen opties`;
    default:
      return message;
  }
}
