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
    throw new ArgumentError('--batch moet een geheel getal van 100 tot 50000 zijn');
  if (!values.map) throw new ArgumentError('--map vraagt om een map');
  return { map: values.map, wissen: values.wissen === true, batchSize, help: values.help === true };
}
