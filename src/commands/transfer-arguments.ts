import { ArgumentError, parseCommandLine } from './run-command.js';

export interface TransferArguments {
  /** The folder of the export files. */
  map: string;
  wissen: boolean;
  batchSize: number;
  help: boolean;
}

/** Reads `--map`, `--batch`, `--help` and (for the import) `--wissen`; throws an ArgumentError naming the problem. */
export function parseTransferArguments(
  argv: readonly string[],
  { allowWissen }: { allowWissen: boolean },
): TransferArguments {
  const { values } = parseCommandLine({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      map: { type: 'string', default: 'export' },
      batch: { type: 'string', default: '5000' },
      help: { type: 'boolean', short: 'h', default: false },
      ...(allowWissen && { wissen: { type: 'boolean', default: false } }),
    },
  });
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 100 || batchSize > 50_000)
    throw new ArgumentError('--batch must be a whole number from 100 to 50000');
  if (!values.map) throw new ArgumentError('--map needs a folder');
  return { map: values.map, wissen: values.wissen === true, batchSize, help: values.help === true };
}
