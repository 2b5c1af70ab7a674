import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** The id of a document: the SHA-256 of its exact text, in lowercase hex. */
export function documentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in lowercase hex');

/** An id as GraphQL over HTTP's persisted documents write it (`sha256:<hex>`), or the bare hex. */
const documentId = z
  .string()
  .regex(/^(sha256:)?[0-9a-f]{64}$/, 'expected a SHA-256 in lowercase hex, bare or as sha256:<hex>')
  .transform(bareHash);

/**
 * `{ "<id>": "<document>" }`: graphql-codegen's client preset writes this as `persisted-documents.json`,
 * its ids `sha256:<hex>` (its default hash algorithm); older manifests hold the bare hex.
 */
const flatManifest = z.record(documentId, z.string().min(1));

/** Apollo's persisted query manifest (`@apollo/generate-persisted-query-manifest`). */
const apolloManifest = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(z.object({ id: sha256Hex, body: z.string().min(1) })),
});

/** A manifest that cannot be used; the message names the file and what is wrong. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

/**
 * The trusted documents: the GraphQL operations a front-end may send, each known by the
 * SHA-256 of its text. Every id is checked against its text when the manifest is read, so an
 * id can never stand for another operation than the one it names.
 */
export class TrustedDocuments {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  /** Reads a manifest in either format; throws a ManifestError naming `source` when it is unusable. */
  static fromManifest(manifest: unknown, source: string): TrustedDocuments {
    const entries = manifestEntries(manifest, source);
    for (const [id, text] of entries) {
      if (documentHash(text) !== id) {
        throw new ManifestError(`${source}: the id ${id} is not the SHA-256 of its document; rebuild the manifest.`);
      }
    }
    return new TrustedDocuments(new Map(entries));
  }

  static async load(file: string): Promise<TrustedDocuments> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new ManifestError(`The trusted documents manifest ${file} cannot be read (${(error as Error).message}).`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ManifestError(`The trusted documents manifest ${file} is not valid JSON.`);
    }
    return TrustedDocuments.fromManifest(json, file);
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The document with this id (`sha256:<hex>` as GraphQL over HTTP writes it, or the bare hex). */
  document(id: string): string | undefined {
    return this.byHash.get(bareHash(id));
  }

  /** Whether this exact text is one of the documents. */
  includes(text: string): boolean {
    return this.byHash.has(documentHash(text));
  }

  /** The manifest in the flat format, ids in order, ready to be written to a file. */
  toJSON(): Record<string, string> {
    return Object.fromEntries([...this.byHash].sort(([a], [b]) => a.localeCompare(b)));
  }
}

function bareHash(id: string): string {
  return id.startsWith('sha256:') ? id.slice('sha256:'.length) : id;
}

function manifestEntries(manifest: unknown, source: string): Array<[string, string]> {
  const apollo = apolloManifest.safeParse(manifest);
  if (apollo.success) return apollo.data.operations.map((operation) => [operation.id, operation.body]);
  const flat = flatManifest.safeParse(manifest);
  if (flat.success) return Object.entries(flat.data);
  const issue = flat.error.issues[0];
  throw new ManifestError(
    `${source}: expected an object from SHA-256 ids (sha256:<hex>) to documents, or Apollo's persisted query manifest` +
      (issue ? ` (at ${issue.path.join('.') || 'the top'}: ${issue.message})` : '') +
      '.',
  );
}
