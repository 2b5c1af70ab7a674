import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitLines } from './provenance.js';
import { seedDocumentDirectory } from './seed-files.js';

/**
 * The source documents' text, kept in memory (a few hundred kB), so a source can show the
 * full lines its quote comes from.
 */
export class DocumentLibrary {
  private constructor(private readonly files: ReadonlyMap<string, readonly string[]>) {}

  static async load(directory = seedDocumentDirectory): Promise<DocumentLibrary> {
    const files = new Map<string, string[]>();
    for (const name of await readdir(directory)) {
      files.set(name, splitLines(await readFile(join(directory, name), 'utf8')));
    }
    return new DocumentLibrary(files);
  }

  /** The lines of a document file, or undefined when there is no such file. */
  lines(file: string): readonly string[] | undefined {
    return this.files.get(file);
  }
}
