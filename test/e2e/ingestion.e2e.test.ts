import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/net.js';
import { seedDocumentDirectory } from '../../src/seeds/seed-files.js';
import { processTestTimeoutMs, spawnService, type ServiceProcess } from '../support/service-process.js';
import { postGraphql, sendRaw } from '../support/service.js';
import { encryptedPdf, imageOnlyPdf, malformedPdf, textPdf } from '../support/test-pdfs.js';
import { testJwtSecret, tokenFor } from '../support/tokens.js';

/**
 * `documentInlezen` over HTTP against the built service as a process, with its own embedded database:
 * a PDF taken in, the refusals with their 4xx statuses and Dutch messages, nothing stored by a refusal,
 * and a file larger than HTTP_BODY_LIMIT accepted only from a caller who may record.
 */

let dataDir: string;
let service: ServiceProcess | undefined;
let baseUrl: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ibp-graph-ingestion-'));
  const port = await freePort();
  service = spawnService({
    PORT: String(port),
    NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
    NEO4J_LOCAL_DATA_DIR: dataDir,
    NEO4J_LOCAL_PAGECACHE: '32m',
    AUTH_JWT_SECRET: testJwtSecret,
    RATE_LIMIT_PER_MINUTE: '0',
    INGEST_MAX_SIZE: '256kb',
    NEO4J_LOCAL_START_TIMEOUT_S: '900',
  });
  await service.waitForLog((line) => line.msg === 'IBP Graph is ready', processTestTimeoutMs);
  baseUrl = `http://127.0.0.1:${port}`;
  tokens.liaison = await tokenFor('liaison', 'anna');
  tokens.analist = await tokenFor('analist', 'carla');
}, 1_200_000);

afterAll(async () => {
  if (service && service.child.exitCode === null && service.child.signalCode === null) {
    service.child.kill('SIGTERM');
    await service.exited;
  }
  await rm(dataDir, { recursive: true, force: true });
}, processTestTimeoutMs);

const mutation = `mutation Inlezen($invoer: DocumentInleesInvoer!) {
  documentInlezen(invoer: $invoer) { nieuw document { id aantalRegels aantalPaginas mediatype } }
}`;

async function ingest(file: Uint8Array, bestandsnaam: string, who: string | null = 'liaison') {
  const invoer = { bestand: Buffer.from(file).toString('base64'), bestandsnaam, titel: `Bestand ${bestandsnaam}` };
  const headers: Record<string, string> = who ? { authorization: `Bearer ${tokens[who]}` } : {};
  const { status, body } = await postGraphql(baseUrl, { query: mutation, variables: { invoer } }, headers);
  const error = body.errors?.[0];
  return { status, body, code: error?.extensions?.code, reden: error?.extensions?.reden, message: error?.message };
}

async function documentCount(): Promise<number> {
  const { body } = await postGraphql(baseUrl, { query: '{ documenten { totalCount } }' });
  return (body.data!.documenten as { totalCount: number }).totalCount;
}

describe('documentInlezen over HTTP', () => {
  it(
    'takes in a two-page PDF with a text layer',
    async () => {
      const pdf = await textPdf([[['Eerste pagina van de brief.']], [['Tweede pagina over het platteland.']]]);
      const answer = await ingest(pdf, 'brief.pdf');
      expect(answer.status).toBe(200);
      expect(answer.body.data!.documentInlezen).toEqual({
        nieuw: true,
        document: { id: 'document:bestand-brief-pdf', aantalRegels: 2, aantalPaginas: 2, mediatype: 'application/pdf' },
      });
    },
    processTestTimeoutMs,
  );

  it(
    'refuses a scan, an encrypted and a malformed PDF with 422, and another kind of file with 415, storing nothing',
    async () => {
      const before = await documentCount();
      const scan = await ingest(await imageOnlyPdf(), 'scan.pdf');
      expect(scan).toMatchObject({ status: 422, code: 'UNREADABLE_DOCUMENT', reden: 'GEEN_TEKSTLAAG' });
      expect(scan.message).toBe(
        'invoer.bestand: de PDF heeft geen tekstlaag (een scan of afbeelding); lees een versie met tekst in, bijvoorbeeld na tekstherkenning (OCR)',
      );
      expect(await ingest(await encryptedPdf(), 'geheim.pdf')).toMatchObject({ status: 422, reden: 'VERSLEUTELD' });
      expect(await ingest(malformedPdf(), 'kapot.pdf')).toMatchObject({ status: 422, reden: 'BESCHADIGD' });
      const word = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
      const wrongKind = await ingest(word, 'brief.pdf');
      expect(wrongKind).toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE_TYPE' });
      expect(wrongKind.message).toMatch(/^invoer\.bestand: dit is een Word- of ander Office-bestand/);
      expect(await documentCount()).toBe(before);
    },
    processTestTimeoutMs,
  );

  it(
    'refuses a file over INGEST_MAX_SIZE with 413, and asks credentials that may record',
    async () => {
      const large = new TextEncoder().encode('Een regel tekst.\n'.repeat(16_000));
      expect(await ingest(large, 'groot.txt')).toMatchObject({ status: 413, code: 'FILE_TOO_LARGE' });
      const pdf = await textPdf([[['Een brief.']]]);
      expect(await ingest(pdf, 'x.pdf', null)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect(await ingest(pdf, 'x.pdf', 'analist')).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    },
    processTestTimeoutMs,
  );

  it(
    'takes a body over HTTP_BODY_LIMIT from a liaison, not from an anonymous caller',
    async () => {
      // The programmastart is 170 kB: in base64 more than the default HTTP_BODY_LIMIT of 100 kB.
      const bytes = await readFile(join(seedDocumentDirectory, '003_4af6d6007d3d8bea.txt'));
      const answer = await ingest(bytes, 'programmastart.txt');
      expect(answer.status).toBe(200);
      expect(answer.body.data!.documentInlezen).toMatchObject({
        nieuw: false,
        document: { id: 'document:ibp-programmastart' },
      });
      const body = JSON.stringify({ query: mutation, variables: { invoer: { bestand: bytes.toString('base64') } } });
      const anonymous = await sendRaw(baseUrl, { headers: { 'content-type': 'application/json' }, body });
      expect(anonymous.status).toBe(413);
    },
    processTestTimeoutMs,
  );
});
