import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDirectory } from '../../src/http/examples.js';
import { loadTypeDefs } from '../../src/server.js';
import { buildManifest } from '../../src/trusted-documents/build-manifest.js';
import { documentHash } from '../../src/trusted-documents/manifest.js';
import { capturingLogger } from '../support/logs.js';
import { malformedRequests, rootFieldOf, type MalformedRequest } from '../support/malformed-requests.js';
import { sendRaw, startTestService, type RunningService } from '../support/service.js';
import { testJwtSecret, tokenFor } from '../support/tokens.js';

/**
 * A client's mistake is never a server error. Every request here is wrong in one way (generated
 * from the schema for each root field, plus operation names and HTTP bodies a client gets wrong,
 * and the same with trusted documents required, with and without credentials);
 * each must be answered with a 4xx, a code that says what kind of mistake it is, and a message in
 * Dutch, and none may be logged as a failure of the service.
 */

const log = capturingLogger();
let service: RunningService;
beforeAll(async () => {
  service = await startTestService({}, log.logger);
});
afterAll(async () => {
  await service.stop();
});

/** The codes a refused request may carry; INTERNAL_SERVER_ERROR is not among them. */
const clientCodes = [
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
];
/** How graphql-js, Apollo Server and body-parser begin their English messages. */
const englishStart =
  /^(Variable|Argument|Field|Expected|Unknown|Cannot|Syntax Error|Must provide|GraphQL|POST body|Operation|This|There|Int |String |ID |Boolean |Float |Enum |Value |The |Internal server error|Apollo|GET requests|An |`|provided|Unsupported)/;

interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** Sends the request and lists what is wrong with the answer; empty when it is a clear refusal. */
async function problemsWith(baseUrl: string, request: RawRequest): Promise<string[]> {
  const response = await sendRaw(baseUrl, request);
  const problems: string[] = [];
  if (response.status < 400 || response.status >= 500) problems.push(`status ${response.status}`);
  let errors: Array<{ message?: unknown; extensions?: { code?: unknown } }> = [];
  try {
    errors = (JSON.parse(response.body) as { errors?: typeof errors }).errors ?? [];
  } catch {
    problems.push('an answer that is not JSON');
  }
  if (errors.length === 0) problems.push('no errors');
  for (const error of errors) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !clientCodes.includes(code)) problems.push(`code ${String(code)}`);
    if (typeof error.message !== 'string' || error.message.length === 0) problems.push('no message');
    else if (englishStart.test(error.message)) problems.push(`an English message`);
  }
  return problems.length === 0 ? [] : [`${problems.join(', ')}: ${response.status} ${response.body.slice(0, 300)}`];
}

const json = { 'content-type': 'application/json' };
const post = (body: unknown): RawRequest => ({ headers: json, body: JSON.stringify(body) });

/** Sends the requests a few at a time and returns, per request name, what was wrong. */
async function sendAll(requests: Array<[string, RawRequest]>, baseUrl = service.baseUrl): Promise<string[]> {
  const found: string[] = [];
  const queue = [...requests];
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [name, request] = next;
        for (const problem of await problemsWith(baseUrl, request)) found.push(`${name}: ${problem}`);
      }
    }),
  );
  return found;
}

const generated = malformedRequests(buildSchema(loadTypeDefs()));
const byRootField = new Map<string, MalformedRequest[]>();
for (const request of generated) {
  byRootField.set(rootFieldOf(request), [...(byRootField.get(rootFieldOf(request)) ?? []), request]);
}

describe('wrong arguments and variables for every root field', () => {
  it('covers every root field that takes arguments', () => {
    const schema = buildSchema(loadTypeDefs());
    const withArguments = [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
      Object.values(root?.getFields() ?? {})
        .filter((field) => field.args.length > 0)
        .map((field) => `${root!.name}.${field.name}`),
    );
    expect([...byRootField.keys()].sort()).toEqual(withArguments.sort());
    expect(generated.length).toBeGreaterThan(500);
  });

  it.each([...byRootField.entries()])('%s', async (_field, requests: MalformedRequest[]) => {
    expect(await sendAll(requests.map((request) => [request.name, post(request.body)]))).toEqual([]);
  });
});

const twoOperations = 'query Een { __typename } query Twee { dienst { versie } }';
const withVariable = 'query Opgave($id: ID!) { opgave(id: $id) { naam } }';

describe('operation names', () => {
  it.each<[string, unknown]>([
    ['a name the document does not hold', { query: withVariable, operationName: 'Bestaat', variables: { id: 'x' } }],
    ['a name for an anonymous operation', { query: '{ __typename }', operationName: 'Naam' }],
    ['no name for a document with two operations', { query: twoOperations }],
    ['a name neither of two operations has', { query: twoOperations, operationName: 'Drie' }],
    ['an empty name', { query: twoOperations, operationName: '' }],
    ['a name that is a number', { query: twoOperations, operationName: 2 }],
    ['a name that is an object', { query: twoOperations, operationName: { naam: 'Een' } }],
    ['two operations without a name', { query: '{ __typename } { dienst { versie } }' }],
    ['an anonymous and a named operation', { query: '{ __typename } query Een { __typename }' }],
    ['two operations with one name', { query: 'query Een { __typename } query Een { dienst { versie } }' }],
    ['a forgotten variable, with the right name', { query: withVariable, operationName: 'Opgave' }],
  ])('%s', async (name, body) => {
    expect(await sendAll([[name, post(body)]])).toEqual([]);
  });
});

const typename = JSON.stringify({ query: '{ __typename }' });
const get = (query: string, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) => ({
  method: 'GET',
  path: `/graphql?${query}`,
  headers,
});
const utf16 = (text: string) => Buffer.from(`\ufeff${text}`, 'utf16le');

describe('bodies, content types and methods', () => {
  it.each<[string, RawRequest]>([
    ['an empty body', { headers: json, body: '' }],
    ['an empty body without a content type', { headers: {}, body: '' }],
    ['a body that is not JSON', { headers: json, body: 'query { __typename }' }],
    ['JSON cut short', { headers: json, body: typename.slice(0, -2) }],
    ['a JSON array of operations', { headers: json, body: `[${typename},${typename}]` }],
    ['an empty JSON array', { headers: json, body: '[]' }],
    ['JSON null', { headers: json, body: 'null' }],
    ['a JSON string', { headers: json, body: '"{ __typename }"' }],
    ['a JSON number', { headers: json, body: '5' }],
    ['an empty JSON object', { headers: json, body: '{}' }],
    ['text/plain', { headers: { 'content-type': 'text/plain' }, body: typename }],
    ['application/graphql', { headers: { 'content-type': 'application/graphql' }, body: '{ __typename }' }],
    ['a form', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' }],
    ['multipart', { headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' }],
    ['XML', { headers: { 'content-type': 'application/xml' }, body: '<query/>' }],
    ['UTF-16 JSON', { headers: { 'content-type': 'application/json; charset=utf-16' }, body: utf16(typename) }],
    ['latin-1 JSON', { headers: { 'content-type': 'application/json; charset=iso-8859-1' }, body: typename }],
    ['a charset nobody knows', { headers: { 'content-type': 'application/json; charset=klingon' }, body: typename }],
    ['gzip that is not gzip', { headers: { ...json, 'content-encoding': 'gzip' }, body: typename }],
    ['an unknown content encoding', { headers: { ...json, 'content-encoding': 'zstd-9' }, body: typename }],
    ['gzip of a body that is not JSON', { headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync('{') }],
    ['query a number', post({ query: 5 })],
    ['query an object', post({ query: { query: '{ __typename }' } })],
    ['query a list', post({ query: ['{ __typename }'] })],
    ['query null', post({ query: null })],
    ['query empty', post({ query: '' })],
    ['query only a comment', post({ query: '# niets' })],
    ['query a syntax error', post({ query: '{ opgaven { ' })],
    ['variables a string', post({ query: withVariable, variables: '{"id":"opgave:klimaat"}' })],
    ['variables a list', post({ query: withVariable, variables: ['opgave:klimaat'] })],
    ['variables a number', post({ query: withVariable, variables: 5 })],
    ['variables for an operation without any', post({ query: '{ __typename', variables: { id: 1 } })],
    ['extensions a string', post({ query: '{ __typename }', extensions: 'x' })],
    ['extensions a list', post({ query: '{ __typename }', extensions: [] })],
    ['extensions a number', post({ query: '{ __typename }', extensions: 5 })],
    ['a persisted query that is not an object', post({ query: '{ __typename }', extensions: { persistedQuery: 'x' } })],
    [
      'a persisted query of an unknown version',
      post({ query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'ab' } } }),
    ],
    [
      'a persisted query hash that does not match the text',
      post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } }),
    ],
    [
      'a persisted query without a hash',
      post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1 } } }),
    ],
    ['a documentId that is a number', post({ documentId: 5 })],
    ['a GET of a mutation', get(`query=${encodeURIComponent('mutation { __typename }')}`)],
    ['a GET without a preflight header', get(`query=${encodeURIComponent('{ __typename }')}`, {})],
    ['a GET without a query', get('variables=%7B%7D')],
    ['a GET with variables that are not JSON', get(`query=${encodeURIComponent(withVariable)}&variables=%7B`)],
    ['a GET with variables that are a list', get(`query=${encodeURIComponent(withVariable)}&variables=%5B1%5D`)],
    ['a GET with extensions that are not JSON', get(`query=${encodeURIComponent('{ __typename }')}&extensions=x`)],
    ['a GET with the query twice', get('query=%7B__typename%7D&query=%7B__typename%7D')],
    ['a GET with a forgotten variable', get(`query=${encodeURIComponent(withVariable)}`)],
    ['PUT', { method: 'PUT', headers: json, body: typename }],
    ['PATCH', { method: 'PATCH', headers: json, body: typename }],
    ['DELETE', { method: 'DELETE', headers: {} }],
    ['a file of the IDE that does not exist', { method: 'GET', path: '/ide/bestaat-niet.js', headers: {} }],
    ['a file of the verkenner that does not exist', { method: 'GET', path: '/verkenner/bestaat-niet.js', headers: {} }],
    ['a path outside the verkenner', { method: 'GET', path: '/verkenner/..%2f..%2fpackage.json', headers: {} }],
    ['a path that does not exist', { method: 'GET', path: '/bestaat-niet', headers: {} }],
  ])('%s', async (name, request) => {
    expect(await sendAll([[name, request]])).toEqual([]);
  });
});

describe('with trusted documents', () => {
  let folder: string;
  let trusted: RunningService;
  let documentId: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ibp-graph-malformed-'));
    const manifestFile = join(folder, 'trusted-documents.json');
    await writeFile(manifestFile, JSON.stringify(await buildManifest([examplesDirectory], loadTypeDefs())));
    const text = await readFile(join(examplesDirectory, 'hoe-zijn-twee-actoren-verbonden.graphql'), 'utf8');
    documentId = `sha256:${documentHash(text)}`;
    trusted = await startTestService(
      { TRUSTED_DOCUMENTS_FILE: manifestFile, AUTH_JWT_SECRET: testJwtSecret },
      log.logger,
    );
  });
  afterAll(async () => {
    await trusted?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses clearly what a caller without credentials gets wrong', async () => {
    const requests: Array<[string, RawRequest]> = [
      ['free text', post({ query: '{ __typename }' })],
      ['a documentId that is a number', post({ documentId: 5 })],
      ['an unknown documentId', post({ documentId: `sha256:${'0'.repeat(64)}` })],
      ['a documentId of another algorithm', post({ documentId: `sha1:${'0'.repeat(40)}` })],
      [
        'an unknown persisted query',
        post({ extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
      ],
      ['a trusted document with a variable of the wrong type', post({ documentId, variables: { van: true } })],
      ['a trusted document with null for a required variable', post({ documentId, variables: { van: null } })],
      ['a trusted document with variables that are a list', post({ documentId, variables: ['ministerie:lnv'] })],
      ['a trusted document with an operation name it does not hold', post({ documentId, operationName: 'Bestaat' })],
      ['a JSON array', { headers: json, body: `[{"documentId":"${'x'}"}]` }],
      ['JSON null', { headers: json, body: 'null' }],
      ['a GET of free text', get(`query=${encodeURIComponent('{ __typename }')}`)],
    ];
    expect(await sendAll(requests, trusted.baseUrl)).toEqual([]);
  });

  it('refuses clearly every generated mistake of a caller with credentials', async () => {
    // An analyst may not record, so no mutation here could write even if it were well formed.
    const authorization = `Bearer ${await tokenFor('analist')}`;
    const requests = generated.map((request): [string, RawRequest] => [
      request.name,
      { headers: { ...json, authorization }, body: JSON.stringify(request.body) },
    ]);
    expect(await sendAll(requests, trusted.baseUrl)).toEqual([]);
  });
});

describe('the log', () => {
  it('reports none of these mistakes as a failure of the service', () => {
    expect(log.lines.filter((line) => line.level === 'error' || line.level === 'fatal')).toEqual([]);
  });
});
