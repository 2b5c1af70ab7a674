import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDirectory } from '../../src/http/examples.js';
import { ownDocuments } from '../../src/http/own-documents.js';
import * as operations from '../../src/http/verkenner/generated/operations.js';
import { verkennerOperationsDirectory, verkennerOperationsManifest } from '../../src/http/verkenner.js';
import { loadTypeDefs } from '../../src/server.js';
import { buildManifest } from '../../src/trusted-documents/build-manifest.js';
import { documentHash, TrustedDocuments } from '../../src/trusted-documents/manifest.js';

const text = 'query Opgaven { opgaven { totalCount } }';
const id = documentHash(text);
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ibp-graph-manifest-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('a manifest of trusted documents', () => {
  it('is read in the flat format (ids bare or sha256:-prefixed) and in Apollo’s, a document found by bare or prefixed id and by its text', () => {
    const apollo = {
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id, name: 'Opgaven', type: 'query', body: text }],
    };
    // graphql-codegen's client preset writes `sha256:<hex>` keys; older manifests hold the bare hex.
    for (const manifest of [{ [`sha256:${id}`]: text }, { [id]: text }, apollo]) {
      const documents = TrustedDocuments.fromManifest(manifest, 'test.json');
      expect(documents.document(id)).toBe(text);
      expect(documents.document(`sha256:${id}`)).toBe(text);
      expect(documents.includes(text)).toBe(true);
      expect(documents.includes(`${text}\n`)).toBe(false);
    }
  });

  it('is refused when an id is not the hash of its document, or the shape is wrong', () => {
    expect(() => TrustedDocuments.fromManifest({ [id]: `${text} ` }, 'test.json')).toThrow(
      `test.json: the id ${id} is not the SHA-256 of its document; rebuild the manifest.`,
    );
    expect(() => TrustedDocuments.fromManifest({ Opgaven: text }, 'test.json')).toThrow(
      /test.json: expected an object from SHA-256 ids/,
    );
    expect(() => TrustedDocuments.fromManifest([text], 'test.json')).toThrow(/test.json: expected/);
    // A SHA-1 id (the client preset's `hashAlgorithm: 'sha1'`) cannot be checked against SHA-256.
    expect(() => TrustedDocuments.fromManifest({ [`sha1:${id.slice(0, 40)}`]: text }, 'test.json')).toThrow(
      /test.json: expected an object from SHA-256 ids/,
    );
  });

  it('says which file cannot be read', async () => {
    await expect(TrustedDocuments.load(join(folder, 'missing.json'))).rejects.toThrow(
      /manifest .*missing.json cannot be read/,
    );
    await writeFile(join(folder, 'broken.json'), '{');
    await expect(TrustedDocuments.load(join(folder, 'broken.json'))).rejects.toThrow(/broken.json is not valid JSON/);
  });
});

describe('building the manifest', () => {
  it('holds every example operation under the hash of its file, text unchanged', async () => {
    const documents = (await buildManifest([examplesDirectory], loadTypeDefs())).toJSON();
    const files = (await readdir(examplesDirectory)).filter((file) => file.endsWith('.graphql'));
    expect(Object.keys(documents)).toHaveLength(files.length);
    for (const file of files) {
      const source = await readFile(join(examplesDirectory, file), 'utf8');
      expect(documents[documentHash(source)]).toBe(source);
    }
  });

  it("always holds the service's own documents: every verkenner operation, exactly as the page sends it", async () => {
    const documents = await buildManifest([...ownDocuments], loadTypeDefs());
    const sent = Object.entries(operations).filter(([name]) => name.startsWith('Verkenner'));
    expect(sent.length).toBeGreaterThanOrEqual(11);
    for (const [name, text] of sent) expect(documents.includes(text as string), name).toBe(true);
    const files = (await readdir(verkennerOperationsDirectory)).filter((file) => file.endsWith('.graphql'));
    expect(sent).toHaveLength(files.length);
  });

  it('gives an operation the shared fragments it uses after its own text, by name, the page and the manifest alike', async () => {
    const read = (file: string) => readFile(join(verkennerOperationsDirectory, file), 'utf8');
    // VerkennerCrossovers spreads CrossoverMetOpgaven, which spreads Relatie, which spreads Bron.
    const composed = [
      await read('crossovers.graphql'),
      await read('fragments/bron.graphql'),
      await read('fragments/crossover-met-opgaven.graphql'),
      await read('fragments/relatie.graphql'),
    ].join('\n');
    expect(operations.VerkennerCrossovers).toBe(composed);
    const documents = await buildManifest([...ownDocuments], loadTypeDefs());
    expect(documents.document(documentHash(composed))).toBe(composed);

    // A shared fragment is no document of its own: the verkenner's documents are its operations.
    const verkenner = await buildManifest([verkennerOperationsManifest], loadTypeDefs());
    const files = (await readdir(verkennerOperationsDirectory)).filter((file) => file.endsWith('.graphql'));
    expect(verkenner.size).toBe(files.length);
    const fragments = await readdir(join(verkennerOperationsDirectory, 'fragments'));
    expect(fragments.length).toBeGreaterThanOrEqual(4);
    for (const fragment of fragments) expect(verkenner.includes(await read(join('fragments', fragment)))).toBe(false);
  });

  it('merges other manifests, and refuses an operation the schema does not allow, naming its file', async () => {
    await writeFile(join(folder, 'front-end.json'), JSON.stringify({ [id]: text }));
    const merged = await buildManifest([examplesDirectory, join(folder, 'front-end.json')], loadTypeDefs());
    expect(merged.document(id)).toBe(text);

    await writeFile(join(folder, 'fout.graphql'), 'query Fout { opgaven { bestaatNiet } }');
    await expect(buildManifest([join(folder, 'fout.graphql')], loadTypeDefs())).rejects.toThrow(
      /fout.graphql: Cannot query field "bestaatNiet" on type/,
    );
  });
});
