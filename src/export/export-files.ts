import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parse } from 'yaml';
import { mappingYaml, parseRecordLines, recordYaml } from './yaml-records.js';

/**
 * Writing and reading the export's YAML files one record at a time, so that neither side ever
 * holds a whole file: each record is a top-level list item (`- ` at the start of a line), which
 * is what any block list in YAML looks like, and is parsed on its own.
 */

/** A whole small document (the manifest). */
export function documentYaml(header: string, value: Record<string, unknown>): string {
  return `${header}${mappingYaml(value)}`;
}

/** Appends records to a file, a blank line between them, honouring back-pressure. */
export class RecordWriter {
  private readonly stream: WriteStream;
  count = 0;

  /** A write failure (a full disk, say), raised at the next write or at close. */
  private failure: Error | undefined;

  constructor(
    readonly path: string,
    header: string,
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.on('error', (error) => (this.failure = error));
    this.stream.write(header);
  }

  async write(record: Record<string, unknown>): Promise<void> {
    if (this.failure) throw this.failure;
    const text = `${this.count > 0 ? '\n' : ''}${recordYaml(record)}`;
    this.count += 1;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    this.stream.end();
    await once(this.stream, 'finish');
  }

  /** Closes without waiting for anything more to be written (after a failure). */
  destroy(): void {
    this.stream.destroy();
  }
}

/** The file is not a list of records. */
export class RecordSyntaxError extends Error {
  override name = 'RecordSyntaxError';
}

const itemStart = /^-(?:[ \t]|$)/;

/** One record of a file, by its position (0-based), or why its text could not be read. */
export type ReadRecord =
  { index: number; record: unknown; problem?: undefined } | { index: number; record?: undefined; problem: string };

/**
 * The records of a YAML file that holds a list, one at a time. A record that is not valid
 * YAML is reported and the next one read, since each stands on its own. Text before the first
 * item may only be comments, `---` or an empty list (`[]`).
 */
export async function* readRecords(path: string): AsyncGenerator<ReadRecord> {
  const input = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let chunk: string[] = [];
  let index = -1;
  const finish = (): ReadRecord | undefined => {
    const lines = chunk;
    chunk = [];
    if (index < 0) {
      const text = lines.join('\n');
      let value: unknown;
      try {
        value = parse(text);
      } catch {
        value = 'not YAML';
      }
      if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) {
        throw new RecordSyntaxError(
          'verwacht een lijst van records, elk beginnend met "- " aan het begin van een regel',
        );
      }
      return undefined;
    }
    try {
      return { index, record: parseRecordLines(lines) };
    } catch (error) {
      return { index, problem: (error as Error).message.split('\n')[0]! };
    }
  };
  for await (const line of input) {
    if (itemStart.test(line)) {
      const previous = finish();
      if (previous) yield previous;
      index += 1;
    }
    chunk.push(line);
  }
  const last = finish();
  if (last) yield last;
}
