import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../src/paths.js';
import { processTestTimeoutMs } from '../support/service-process.js';
import { startTestService, type RunningService } from '../support/service.js';

const execFileAsync = promisify(execFile);

/** Runs a command; when it fails, the error carries what it printed (tsc prints its errors on stdout). */
async function run(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  try {
    return await execFileAsync(file, args, { ...options, timeout: processTestTimeoutMs });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${(error as Error).message}\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
  }
}

/**
 * A front-end project as docs/front-ends.md builds one: its operations in TypeScript, typed by
 * graphql-codegen's client preset from the service's /schema.graphql, sent as persisted documents.
 */
const project: Record<string, string> = {
  'package.json': JSON.stringify({ type: 'module', private: true }),
  'codegen.json': JSON.stringify({
    schema: 'schema.graphql',
    documents: ['src/**/*.ts', '!src/gql/**/*'],
    generates: {
      'src/gql/': {
        preset: 'client',
        presetConfig: { persistedDocuments: true },
        config: { emitLegacyCommonJSImports: false },
      },
    },
  }),
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'es2022',
      module: 'nodenext',
      moduleResolution: 'nodenext',
      strict: true,
      skipLibCheck: true,
      types: ['node'],
      outDir: 'dist',
    },
    include: ['src'],
  }),
  'src/operations.ts': `import { graphql } from './gql/index.js';

export const OpgaveMetTrekkers = graphql(\`
  query OpgaveMetTrekkers($id: ID!) {
    opgave(id: $id) {
      naam
      trekkers {
        edges {
          node {
            naam
          }
        }
      }
    }
  }
\`);

export const EersteOpgaven = graphql(\`
  query EersteOpgaven($aantal: Int!) {
    opgaven(first: $aantal) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
\`);
`,
  'src/client.ts': `import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { EersteOpgaven, OpgaveMetTrekkers } from './operations.js';

/** Sends a document by its id alone: the service knows it from the persisted-documents manifest. */
async function execute<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
  const documentId = (document as unknown as { __meta__: { hash: string } }).__meta__.hash;
  const response = await fetch(process.env.GRAPHQL_URL!, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ documentId, variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: unknown };
  if (!response.ok || body.data === undefined) throw new Error(JSON.stringify(body));
  return body.data;
}

/** Never called: the compiler must refuse these, or the types would say nothing. */
export function mistakes() {
  // @ts-expect-error: $id is an ID (text or a number), not a truth value
  void execute(OpgaveMetTrekkers, { id: true });
  // @ts-expect-error: $aantal is required
  void execute(EersteOpgaven, {});
}

const klimaat = await execute(OpgaveMetTrekkers, { id: 'opgave:klimaat' });
const naam: string | undefined = klimaat.opgave?.naam;
// @ts-expect-error: the answer holds only the fields the operation asks for
void klimaat.opgave?.nummer;
const trekkers: string[] = klimaat.opgave?.trekkers.edges.map((edge) => edge.node.naam) ?? [];
const eerste = await execute(EersteOpgaven, { aantal: 3 });
const ids: string[] = eerste.opgaven.edges.map((edge) => edge.node.id);
console.log(JSON.stringify({ naam, trekkers, totaal: eerste.opgaven.totalCount, ids }));
`,
};

let folder: string;
let schemaSource: RunningService;
let service: RunningService;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ibp-graph-typed-client-'));
  await symlink(fromProjectRoot('node_modules'), join(folder, 'node_modules'), 'dir');
  await mkdir(join(folder, 'src'));
  for (const [file, text] of Object.entries(project)) await writeFile(join(folder, file), text);
  schemaSource = await startTestService();
});
afterAll(async () => {
  await schemaSource?.stop();
  await service?.stop();
  await rm(folder, { recursive: true, force: true });
});

describe('a typed front-end client', () => {
  it(
    'is generated from /schema.graphql, type-checks, and runs its persisted documents against the service',
    async () => {
      const schema = await fetch(`${schemaSource.baseUrl}/schema.graphql`);
      expect(schema.status).toBe(200);
      expect(schema.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      const sdl = await schema.text();
      expect(sdl).toMatch(/^type Query \{/m);
      expect(sdl).not.toMatch(/^extend type/m);
      await writeFile(join(folder, 'schema.graphql'), sdl);

      const node = (script: string, args: string[]) =>
        run(process.execPath, [fromProjectRoot('node_modules', ...script.split('/')), ...args], { cwd: folder });
      await node('@graphql-codegen/cli/cjs/bin.js', ['--config', 'codegen.json', '--silent']);
      // Type-checks the client against the generated types, and compiles it to run.
      await node('typescript/bin/tsc', ['-p', 'tsconfig.json']);

      const manifestFile = join(folder, 'src', 'gql', 'persisted-documents.json');
      const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, string>;
      expect(Object.keys(manifest)).toHaveLength(2);
      for (const id of Object.keys(manifest)) expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);

      // The generated manifest as it is, with trusted documents on: nothing else runs without a token.
      service = await startTestService({ TRUSTED_DOCUMENTS_FILE: manifestFile });
      const freeText = await fetch(`${service.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ opgaven { totalCount } }' }),
      });
      expect(freeText.status).toBe(403);

      const { stdout } = await run(process.execPath, [join(folder, 'dist', 'client.js')], {
        cwd: folder,
        env: { ...process.env, GRAPHQL_URL: `${service.baseUrl}/graphql` },
      });
      expect(JSON.parse(stdout)).toEqual({
        naam: expect.stringMatching(/klimaat/i),
        trekkers: expect.arrayContaining([expect.any(String)]),
        totaal: 10,
        ids: [expect.stringMatching(/^opgave:/), expect.stringMatching(/^opgave:/), expect.stringMatching(/^opgave:/)],
      });
    },
    processTestTimeoutMs,
  );
});
