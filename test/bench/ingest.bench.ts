/*
 * How long ingesting a document takes and how fast the texts are searched, on a Neo4j of its own (a
 * temporary folder and a free port) with the seeds loaded, through the service's HTTP API as a liaison
 * would: the seeds' passage counts; zoekInTeksten's latency at seed size; `documentInlezen` of 100-page
 * PDFs with a text layer (reading and storing, request to answer); the same search again after
 * ingesting more documents. It prints a Markdown summary for docs/ingestion.md and asserts only that
 * the work was done: speed on a shared machine varies too much for a pass/fail line. Run it with
 *
 *   npm run bench:ingest        (npx vitest run --config test/bench/vitest.config.ts test/bench/ingest.bench.ts)
 *
 * INGEST_BENCH_DOCUMENTEN: documents ingested before the second search measurement (default 200);
 * INGEST_BENCH_RONDES: measured runs of each search text, after one unmeasured (default 20);
 * INGEST_BENCH_PDFS: 100-page PDFs among them, each timed (default 3);
 * INGEST_BENCH_UIT: a file to write the summary to as well.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { Database } from '../../src/neo4j/database.js';
import { startLocalNeo4j } from '../../src/neo4j/local/local-neo4j.js';
import { applyMigrations } from '../../src/neo4j/migrations.js';
import { freePort } from '../../src/net.js';
import { loadSeeds } from '../../src/seeds/load-seeds.js';
import { createServer } from '../../src/server.js';
import { testDatabaseSettings } from '../support/database.js';
import { signToken, testJwtSecret } from '../support/tokens.js';

/** Dutch search texts a liaison might type: single words, word forms, a few words. */
const searchTexts = [
  'vakantieparken',
  'woningbouw',
  'klimaatadaptatie',
  'energietransitie',
  'inburgering',
  'schulden',
  'arbeidsmarkt',
  'stikstof',
  'regio deals',
  'samenwerking gemeenten provincies',
  'digitale overheid',
  'ondermijning',
  'eenzaamheid',
  'bestuurlijk overleg',
  'voortgang',
  'wonen',
];

/** Words the generated letters are made of; the search texts' words among them, so the new passages are found. */
const vocabulary = (
  'de het een en van in op voor met aan door over naar bij om te is zijn wordt worden heeft hebben ' +
  'gemeenten provincies waterschappen rijk regio samenwerking opgave aanpak voortgang afspraken middelen ' +
  'woningbouw wonen vakantieparken klimaatadaptatie energietransitie inburgering schulden arbeidsmarkt ' +
  'stikstof platteland ondermijning eenzaamheid digitale overheid bestuurlijk overleg programma uitvoering ' +
  'statushouders woningcorporaties warmtenetten netcongestie jongeren zorg veiligheid financiering monitor'
).split(' ');

describe('ingesting documents and searching their texts', () => {
  it('measures ingestion of 100-page PDFs and the search latency before and after many documents', measure, 3_600_000);
});

async function measure(): Promise<void> {
  const documents = Number(process.env.INGEST_BENCH_DOCUMENTEN ?? 200);
  const rounds = Number(process.env.INGEST_BENCH_RONDES ?? 20);
  const pdfs = Number(process.env.INGEST_BENCH_PDFS ?? 3);
  const logger = createLogger('warn');
  const dataDir = await mkdtemp(join(tmpdir(), 'ibp-graph-bench-ingest-'));
  const neo4j = await startLocalNeo4j(
    { boltPort: await freePort(), dataDir, heap: '1g', pageCache: '256m', startTimeoutMs: 600_000 },
    logger,
  );
  const database = Database.connect({ ...testDatabaseSettings(neo4j.uri), queryTimeoutMs: 300_000 });
  try {
    await applyMigrations(database, logger);
    await loadSeeds(database, logger);
    const config = loadConfig({
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NODE_ENV: 'test',
      AUTH_JWT_SECRET: testJwtSecret,
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_COST_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
    });
    const service = await createServer({ config, database, logger });
    await new Promise<void>((resolve) => service.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(service.httpServer.address() as AddressInfo).port}/graphql`;
    const token = await signToken({ rol: 'liaison' }, { subject: 'bench', expires: '4h' });
    const send = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (body.errors) throw new Error(`${response.status}: ${JSON.stringify(body.errors).slice(0, 500)}`);
      return body.data!;
    };
    const lines: string[] = [];
    const report = (line: string) => {
      lines.push(line);
      process.stderr.write(`${line}\n`);
    };
    report(
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${commit()}, ` +
        `${cpus().length} cores, load average at the start ${loadText()}.`,
    );

    const passages = await database.read<{ document: string; passages: number }>(
      'bench seed passages',
      `MATCH (t:Documenttekst {herkomst: 'seed'})
       RETURN t.document AS document, COUNT { (p:Passage {document: t.document}) } AS passages ORDER BY document`,
      {},
    );
    report(
      `- Seed documents: ${passages.reduce((sum, row) => sum + row.passages, 0)} passages ` +
        `(${passages.map((row) => `${row.document.replace('document:', '')}: ${row.passages}`).join(', ')}).`,
    );

    report(`- ${await searchLatency(send, rounds, 'at seed size')}`);

    const ingest = `mutation Inlezen($invoer: DocumentInleesInvoer!) {
      documentInlezen(invoer: $invoer) { nieuw document { id aantalRegels aantalPaginas aantalPassages } } }`;
    const timed = async (bytes: Uint8Array, bestandsnaam: string, titel: string) => {
      const started = performance.now();
      const data = await send(ingest, {
        invoer: { bestand: Buffer.from(bytes).toString('base64'), bestandsnaam, titel },
      });
      const seconds = (performance.now() - started) / 1000;
      const result = data.documentInlezen as {
        nieuw: boolean;
        document: { aantalRegels: number; aantalPaginas: number | null; aantalPassages: number };
      };
      if (!result.nieuw) throw new Error(`${bestandsnaam} was not new`);
      return { seconds, ...result.document, bytes: bytes.length };
    };
    const bookTimes: number[] = [];
    let book: Awaited<ReturnType<typeof timed>> | undefined;
    for (let index = 0; index < pdfs; index += 1) {
      book = await timed(await letterPdf(1000 + index, 100), `boek-${index}.pdf`, `Meerjarenplan ${index + 1}`);
      bookTimes.push(book.seconds);
    }
    if (book) {
      report(
        `- documentInlezen of a 100-page PDF with a text layer (${Math.round(book.bytes / 1024)} kB, ` +
          `${book.aantalRegels} lines, ${book.aantalPassages} passages), request to answer, reading and storing: ` +
          `${bookTimes.map((seconds) => `${seconds.toFixed(1)} s`).join(', ')} (load average ${loadText()}).`,
      );
    }

    const letterTimes: number[] = [];
    for (let index = 0; index < documents - pdfs; index += 1) {
      // One in four a 5-page PDF, the rest Markdown letters of about the same length.
      const pdf = index % 4 === 0;
      const bytes = pdf ? await letterPdf(index, 5) : new TextEncoder().encode(letterMarkdown(index, 5));
      letterTimes.push((await timed(bytes, `brief-${index}.${pdf ? 'pdf' : 'md'}`, `Brief ${index + 1}`)).seconds);
    }
    const [{ texts, total } = { texts: 0, total: 0 }] = await database.read<{ texts: number; total: number }>(
      'bench passage total',
      `CALL () { MATCH (t:Documenttekst) RETURN count(t) AS texts } CALL () { MATCH (p:Passage) RETURN count(p) AS total }
       RETURN texts, total`,
      {},
    );
    report(
      `- ${documents} documents ingested (${pdfs} of 100 pages, the others letters of 5 pages, one in four a PDF): ` +
        `${texts} texts, ${total} passages in all; a letter took ${percentileText(letterTimes, 's')} (load average ${loadText()}).`,
    );
    report(`- ${await searchLatency(send, rounds, `after ingesting ${documents} documents`)}`);
    expect(texts).toBe(passages.length + documents);
    await service.apollo.stop();
    process.stdout.write(`${lines.join('\n')}\n`);
    if (process.env.INGEST_BENCH_UIT) await writeFile(process.env.INGEST_BENCH_UIT, `${lines.join('\n')}\n`);
  } finally {
    await database.close();
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** p50 and p95 of zoekInTeksten over the search texts, each run once unmeasured and then `rounds` times. */
async function searchLatency(
  send: (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>,
  rounds: number,
  when: string,
): Promise<string> {
  const query = `query Zoek($tekst: String!) { zoekInTeksten(tekst: $tekst, first: 10) {
    totalCount edges { score markering node { document { id } regelVan regelTot pagina soort }
    knooppunten { id naam } relaties { type van naar } } } }`;
  const samples: number[] = [];
  for (const tekst of searchTexts) await send(query, { tekst });
  for (let round = 0; round < rounds; round += 1) {
    for (const tekst of searchTexts) {
      const started = performance.now();
      await send(query, { tekst });
      samples.push(performance.now() - started);
    }
  }
  return (
    `zoekInTeksten ${when} (first: 10, with the facts citing each passage; ${searchTexts.length} Dutch search texts ` +
    `× ${rounds}, one after the other over HTTP): ${percentileText(samples, 'ms')} (load average ${loadText()}).`
  );
}

function percentileText(samples: readonly number[], unit: 'ms' | 's'): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  const text = (value: number) => (unit === 'ms' ? `${Math.round(value)} ms` : `${value.toFixed(2)} s`);
  return `p50 ${text(at(0.5))}, p95 ${text(at(0.95))} (n = ${samples.length})`;
}

const loadText = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** A small deterministic generator, so every run ingests the same letters. */
function random(seed: number): () => number {
  let state = seed * 2654435761 + 1;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Paragraphs of a generated Dutch letter: per page a heading and paragraphs of a few lines, and a list. */
function letterPages(seed: number, pages: number): string[][][] {
  const next = random(seed);
  const word = () => vocabulary[Math.floor(next() * vocabulary.length)]!;
  const line = () => Array.from({ length: 9 }, word).join(' ');
  return Array.from({ length: pages }, (_unused, page) => [
    [`Brief ${seed}, deel ${page + 1}: ${word()} en ${word()}`],
    ...Array.from({ length: 6 }, () => Array.from({ length: 5 }, line)),
    [`- ${line()}`, `- ${line()}`, `- ${line()}`],
  ]);
}

function letterMarkdown(seed: number, pages: number): string {
  return letterPages(seed, pages)
    .flatMap((paragraphs) => paragraphs.map((lines, index) => (index === 0 ? `# ${lines[0]}` : lines.join('\n'))))
    .join('\n\n')
    .concat('\n');
}

async function letterPdf(seed: number, pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const paragraphs of letterPages(seed, pages)) {
    const page = pdf.addPage();
    let y = 800;
    for (const paragraph of paragraphs) {
      for (const text of paragraph) {
        page.drawText(text, { x: 40, y, font, size: 9 });
        y -= 12;
      }
      y -= 10;
    }
  }
  return pdf.save();
}
