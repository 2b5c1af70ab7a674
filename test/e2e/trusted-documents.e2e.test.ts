import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDirectory } from '../../src/http/examples.js';
import { loadTypeDefs } from '../../src/server.js';
import { buildManifest } from '../../src/trusted-documents/build-manifest.js';
import { documentHash } from '../../src/trusted-documents/manifest.js';
import { startTestService, type RunningService } from '../support/service.js';
import { signToken, testJwtSecret } from '../support/tokens.js';

let folder: string;
let service: RunningService;
let padText: string;
let padId: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ibp-graph-trusted-'));
  const manifestFile = join(folder, 'trusted-documents.json');
  await writeFile(manifestFile, JSON.stringify(await buildManifest([examplesDirectory], loadTypeDefs())));
  padText = await readFile(join(examplesDirectory, 'hoe-zijn-twee-actoren-verbonden.graphql'), 'utf8');
  padId = documentHash(padText);
  service = await startTestService({ TRUSTED_DOCUMENTS_FILE: manifestFile, AUTH_JWT_SECRET: testJwtSecret });
});
afterAll(async () => {
  await service?.stop();
  await rm(folder, { recursive: true, force: true });
});

const jwt = (rol: string) => signToken({ rol }, { subject: 'jan' });

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function post(body: unknown, authorization?: string): Promise<Answer> {
  const response = await fetch(`${service.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const freeText = { query: '{ opgaven { totalCount } }' };
const onlyRegistered = {
  status: 403,
  body: {
    errors: [
      {
        message: expect.stringMatching(/^Zonder sleutel of token worden alleen geregistreerde operaties aangenomen/),
        extensions: { code: 'FORBIDDEN' },
      },
    ],
  },
};
/** The example's answer: the shortest paths from LNV to Chemelot, two steps each. */
const padAnswer = {
  status: 200,
  body: { data: { pad: expect.arrayContaining([expect.objectContaining({ lengte: 2 })]) } },
};

describe('callers without credentials', () => {
  it('run a trusted document by its documentId (GraphQL over HTTP), with variables', async () => {
    expect(await post({ documentId: `sha256:${padId}` })).toMatchObject(padAnswer);
    const other = await post({
      documentId: `sha256:${padId}`,
      variables: { van: 'ministerie:lnv', naar: 'regio:food-valley' },
    });
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
  });

  it('run a trusted document by Apollo persisted-query hash, or by its exact text', async () => {
    expect(await post({ extensions: { persistedQuery: { version: 1, sha256Hash: padId } } })).toMatchObject(padAnswer);
    expect(await post({ query: padText })).toMatchObject(padAnswer);
  });

  it('are refused free text, also over GET, with a message that says what is accepted', async () => {
    expect(await post(freeText)).toMatchObject(onlyRegistered);
    expect(await post({ query: `${padText} ` })).toMatchObject(onlyRegistered);
    const get = await fetch(`${service.baseUrl}/graphql?query=${encodeURIComponent(freeText.query)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect({ status: get.status, body: await get.json() }).toMatchObject(onlyRegistered);
  });

  it('cannot register their own operation as an Apollo persisted query', async () => {
    const sha256Hash = documentHash(freeText.query);
    expect(await post({ ...freeText, extensions: { persistedQuery: { version: 1, sha256Hash } } })).toMatchObject(
      onlyRegistered,
    );
    expect(await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } })).toMatchObject({
      status: 400,
      body: {
        errors: [
          {
            message: `Er is geen vertrouwd document met het id ${sha256Hash}.`,
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
          },
        ],
      },
    });
  });

  it('get PERSISTED_QUERY_NOT_FOUND for an unknown documentId', async () => {
    const unknown = `sha256:${documentHash('query Onbekend { opgaven { totalCount } }')}`;
    expect(await post({ documentId: unknown })).toMatchObject({
      status: 400,
      body: {
        errors: [
          {
            message: `Er is geen vertrouwd document met het id ${unknown}.`,
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
          },
        ],
      },
    });
  });
});

describe('authenticated callers', () => {
  it.each(['liaison', 'analist', 'beheerder'])('keep the full API as %s', async (rol) => {
    const authorization = `Bearer ${await jwt(rol)}`;
    expect(await post(freeText, authorization)).toEqual({
      status: 200,
      body: { data: { opgaven: { totalCount: 10 } } },
    });
    expect(await post({ documentId: `sha256:${padId}` }, authorization)).toMatchObject(padAnswer);
  });

  it('get UNAUTHENTICATED, not a way round, when the credentials are wrong', async () => {
    expect(await post(freeText, 'Bearer not-a-valid-token-at-all')).toMatchObject({
      status: 401,
      body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
    });
  });
});

describe('a manifest that cannot be used', () => {
  it('stops the start with a message naming TRUSTED_DOCUMENTS_FILE and the problem', async () => {
    const broken = join(folder, 'broken.json');
    await writeFile(
      broken,
      JSON.stringify({ [documentHash('query A { opgaven { totalCount } }')]: 'query B { opgaven { totalCount } }' }),
    );
    await expect(startTestService({ TRUSTED_DOCUMENTS_FILE: broken })).rejects.toThrow(
      /^TRUSTED_DOCUMENTS_FILE: .*broken.json: the id [0-9a-f]{64} is not the SHA-256 of its document; rebuild the manifest.$/,
    );
  });
});
