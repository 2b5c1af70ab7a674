import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect } from 'vitest';
import { postGraphql, startTestService, type RunningService } from './service.js';

/*
 * What the question tests (test/integration/questions/) share. They ask IBP Graph the questions a
 * liaison, front-end developer or analyst asks, over HTTP, and check the answers against what the five
 * source documents say. Above each test: the document and the line(s) in seeds/documenten/ that give
 * the answer.
 *   000 = mededeling of 8 February 2018          001 = IPO memo of 2 May 2018
 *   002 = VNG ledenbrief of 16 March 2018        003 = VNG ledenbrief of 15 February 2018 with the Programmastart IBP
 *   004 = web text "1 jaar IBP" (February 2019)
 */

/* The answers' shapes, as the questions select them. */
export interface Eigenschap {
  naam: string;
  waarde: string;
}
export interface Bron {
  citaat: string;
  tekst: string;
  regelVan: number;
  regelTot: number;
  document: { id: string };
  /** Present when asked for with BRON_MET_OOK. */
  ook?: BronDeel[];
}
export interface BronDeel {
  citaat: string;
  tekst: string;
  regelVan: number;
  regelTot: number;
}
export interface Variant {
  eigenschap: string;
  waarde: string;
  bron: Bron;
}
export interface Relatie {
  type: string;
  rol: string | null;
  /** Only when the question asks for it. */
  rolSoort?: string | null;
  onderwerp: string | null;
  eigenschappen: Eigenschap[];
  bronnen: Bron[];
}
export interface Edge<N> {
  node: N;
  relatie: Relatie | null;
}
export interface Connection<N = Ref> {
  totalCount: number;
  edges: Array<Edge<N>>;
}
export interface Ref {
  id: string;
  naam: string;
}
export interface MijlpaalLike extends Ref {
  datum: string | null;
}

/** Posts a query the way a front-end does; fails the test on any GraphQL error. */
export type Ask = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** Starts the service for the tests of the calling file (and stops it after them), and returns how to ask it. */
export function askTheService(): Ask {
  return askAndPost().ask;
}

/**
 * The same, with a way to post a request whose answer may be an error: the status and body as they come.
 */
export function askAndPost(): {
  ask: Ask;
  post: (query: string, variables?: Record<string, unknown>) => ReturnType<typeof postGraphql>;
} {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.stop();
  });
  const post = (query: string, variables?: Record<string, unknown>) =>
    postGraphql(service.baseUrl, { query, variables });
  const ask = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const { status, body } = await postGraphql(service.baseUrl, { query, variables });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    if (!body.data) throw new Error('the response has no data');
    return body.data as T;
  };
  return { ask, post };
}

/** A source's fields, as the questions select them. */
export const BRON = 'citaat tekst regelVan regelTot document { id }';
/** A source's fields with its further ranges (the heading or row its quote needs). */
export const BRON_MET_OOK = `${BRON} ook { citaat tekst regelVan regelTot }`;

/** The ids of a connection's nodes, in its order. */
export const ids = (connection: { edges: Array<{ node: { id: string } }> }): string[] =>
  connection.edges.map((edge) => edge.node.id);
export const sorted = (values: readonly string[]): string[] => [...values].sort();
/** The value of the property `naam` among a relation's properties. */
export const waarde = (eigenschappen: readonly Eigenschap[], naam: string): string | undefined =>
  eigenschappen.find((eigenschap) => eigenschap.naam === naam)?.waarde;
/** Collapses every run of whitespace (NBSP included), as MODEL.md's quote check does. */
export const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The ids of the five documents (000 to 004 at the top of this file). */
export const MEDEDELING = 'document:mededeling-ibp-2018-02-08';
export const MEMO = 'document:ipo-memo-2018-05-02';
export const LEDENBRIEF = 'document:vng-ledenbrief-2018-03-16';
export const PROGRAMMASTART = 'document:ibp-programmastart';
export const EEN_JAAR = 'document:ibp-een-jaar';
/** The number test comments give each of the five documents (see the top of this file). */
const documentNumbers: Readonly<Record<string, string>> = {
  [MEDEDELING]: '000',
  [MEMO]: '001',
  [LEDENBRIEF]: '002',
  [PROGRAMMASTART]: '003',
  [EEN_JAAR]: '004',
};

/** Checks that the text at the lines a source (or a further range of it) cites holds its quote, and these words. */
export function expectQuoted(range: Pick<Bron, 'tekst' | 'citaat'>, ...woorden: string[]): void {
  expect(squash(range.tekst)).toContain(squash(range.citaat));
  for (const woord of woorden) expect(squash(range.tekst)).toContain(woord);
}

/** The source in `document` whose main range starts at line `regel`, checked to hold its quote and these words. */
export function expectCited(bronnen: readonly Bron[], document: string, regel: number, ...woorden: string[]): Bron {
  const bron = bronnen.find((candidate) => candidate.document.id === document && candidate.regelVan === regel);
  expect(
    bron,
    `${document} r.${regel} among ${JSON.stringify(bronnen.map((b) => [b.document.id, b.regelVan]))}`,
  ).toBeDefined();
  expectQuoted(bron!, ...woorden);
  return bron!;
}
/**
 * The lines a relation's sources cite, as the test comments write them: `001 r.471–473`, `003 r.97`
 * (the main range of each source, in the order of the sources).
 */
export const citedLines = (bronnen: ReadonlyArray<Pick<Bron, 'regelVan' | 'regelTot' | 'document'>>): string[] =>
  bronnen.map(({ document, regelVan, regelTot }) => {
    const lines = regelVan === regelTot ? `${regelVan}` : `${regelVan}–${regelTot}`;
    return `${documentNumbers[document.id] ?? document.id} r.${lines}`;
  });
/** A source's document and lines, as `citedLines` reads them. */
export const BRON_REGELS = 'regelVan regelTot document { id }';

/** The relation of the edge to `id`; fails when there is none. */
export const relatieOf = <N extends { id: string }>(connection: Connection<N>, id: string): Relatie => {
  const relatie = connection.edges.find((edge) => edge.node.id === id)?.relatie;
  if (!relatie) throw new Error(`no relation to ${id}`);
  return relatie;
};

const documentLines = new Map<string, Promise<string[]>>();
/** The lines of a source document in seeds/documenten/ (by its file name), read once per test file. */
export function linesOf(bestand: string): Promise<string[]> {
  let lines = documentLines.get(bestand);
  if (!lines) {
    lines = readFile(new URL(`../../seeds/documenten/${bestand}`, import.meta.url), 'utf8').then((text) =>
      text.split(/\r?\n/),
    );
    documentLines.set(bestand, lines);
  }
  return lines;
}
