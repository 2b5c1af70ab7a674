import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { ManifestError, TrustedDocuments, documentHash } from './manifest.js';

/**
 * Builds the trusted documents from `.graphql` files (each file one document, its text exactly
 * as written, so a client that sends the file's text or its hash matches it) and from manifests
 * made elsewhere (`.json`, such as a front-end's graphql-codegen `persisted-documents.json`).
 * Folders are read recursively. Every document must be valid against `typeDefs`, so the manifest
 * never holds an operation the service would refuse.
 */
export async function buildManifest(paths: string[], typeDefs: string): Promise<TrustedDocuments> {
  const schema = buildSchema(typeDefs);
  const manifest: Record<string, string> = {};
  for (const file of await filesIn(paths)) {
    const documents = file.endsWith('.json') ? await documentsOfManifest(file) : [await readFile(file, 'utf8')];
    for (const text of documents) {
      checkDocument(text, file, schema);
      manifest[documentHash(text)] = text;
    }
  }
  return TrustedDocuments.fromManifest(manifest, 'the built manifest');
}

function checkDocument(text: string, file: string, schema: GraphQLSchema): void {
  let document;
  try {
    document = parse(text);
  } catch (error) {
    throw new ManifestError(`${file}: ${(error as Error).message}`);
  }
  const problems = validate(schema, document);
  if (problems.length > 0) throw new ManifestError(`${file}: ${problems.map((problem) => problem.message).join('; ')}`);
}

async function documentsOfManifest(file: string): Promise<string[]> {
  const documents = (await TrustedDocuments.load(file)).toJSON();
  return Object.values(documents);
}

/** The `.graphql` and `.json` files named or inside the folders named, in a stable order. */
async function filesIn(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new ManifestError(`${path} does not exist.`);
    });
    if (info.isDirectory()) {
      const entries = await readdir(path, { recursive: true });
      files.push(
        ...entries
          .filter((entry) => entry.endsWith('.graphql'))
          .sort()
          .map((entry) => join(path, entry)),
      );
    } else {
      files.push(path);
    }
  }
  if (files.length === 0) throw new ManifestError(`No .graphql files in ${paths.join(', ')}.`);
  return files;
}
