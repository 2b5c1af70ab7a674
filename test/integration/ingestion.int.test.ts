import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDocumentDirectory } from '../../src/seeds/seed-files.js';
import { useOwnService } from '../support/own-service.js';
import { postGraphql, type GraphqlResponseBody } from '../support/service.js';
import { imageOnlyPdf, textPdf } from '../support/test-pdfs.js';

/**
 * Ingested documents against a real Neo4j of this file's own: stored text and passages, the same bytes
 * as one document, quotes checked at the lines of an ingested text, search with Dutch stemming over
 * seeded and ingested passages, and versions.
 */

const own = useOwnService({ liaison: { role: 'liaison', subject: 'anna' } });

/** Sends an operation as the liaison. */
const send = (query: string, variables: Record<string, unknown> = {}) => own.send('liaison', query, variables);

const errorOf = (body: GraphqlResponseBody) => ({
  code: body.errors?.[0]?.extensions?.code,
  argument: body.errors?.[0]?.extensions?.argument,
  message: body.errors?.[0]?.message,
});

/** Documents, texts, passages, relations and audit entries: what a refusal must leave as it was. */
async function counts() {
  const [row] = await own.neo4j.database.read(
    'counts',
    `CALL () { MATCH (d:Document) RETURN count(d) AS documents }
     CALL () { MATCH (t:Documenttekst) RETURN count(t) AS texts }
     CALL () { MATCH (p:Passage) RETURN count(p) AS passages }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relations }
     CALL () { MATCH (w:Wijziging) RETURN count(w) AS changes }
     RETURN documents, texts, passages, relations, changes`,
    {},
  );
  return row;
}

const ingestMutation = `mutation Inlezen($invoer: DocumentInleesInvoer!) {
  documentInlezen(invoer: $invoer) {
    nieuw herhaald wijziging { soort mutatie }
    document { id naam datum afzender geadresseerde documentsoort kenmerk bestandsnaam mediatype sha256 aantalRegels aantalPaginas
               vastlegging { door versie } vervangt { id } }
  }
}`;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A two-page Dutch letter; the quote cited below is on page 2, lines 9–10. */
const letter = () =>
  textPdf([
    [
      ['Voortgangsbrief Interbestuurlijk Programma'],
      ['Geachte voorzitter,', 'hierbij informeer ik u over de voortgang.'],
      ['- Wonen: de woningbouw loopt op schema.'],
    ],
    [['Vitaal platteland'], ['De aanpak van het vakantiepark vraagt samenwerking tussen', 'gemeenten en provincies.']],
  ]);

let ingested: { id: string; sha256: string };

describe('ingesting a document', () => {
  it('stores a PDF as a Document with its metadata, lines, pages and passages', async () => {
    const body = await send(ingestMutation, {
      invoer: {
        bestand: base64(await letter()),
        bestandsnaam: 'voortgangsbrief.pdf',
        titel: 'Voortgangsbrief IBP 2026',
        datum: '2026-11-20',
        afzender: 'Minister van BZK',
        geadresseerde: 'Tweede Kamer',
        soort: 'Kamerbrief',
        kenmerk: '2026-0000123',
      },
    });
    expect(body.errors).toBeUndefined();
    const result = body.data!.documentInlezen as { nieuw: boolean; document: Record<string, unknown> };
    ingested = { id: result.document.id as string, sha256: result.document.sha256 as string };
    expect(result).toMatchObject({
      nieuw: true,
      herhaald: false,
      wijziging: { soort: 'VASTGELEGD', mutatie: 'documentInlezen' },
      document: {
        id: 'document:voortgangsbrief-ibp-2026',
        naam: 'Voortgangsbrief IBP 2026',
        datum: '2026-11-20',
        afzender: 'Minister van BZK',
        geadresseerde: 'Tweede Kamer',
        documentsoort: 'Kamerbrief',
        kenmerk: '2026-0000123',
        bestandsnaam: 'voortgangsbrief.pdf',
        mediatype: 'application/pdf',
        aantalRegels: 10,
        aantalPaginas: 2,
        vastlegging: { door: 'anna', versie: 1 },
        vervangt: null,
      },
    });
    expect(ingested.sha256).toBe(
      createHash('sha256')
        .update(await letter())
        .digest('hex'),
    );

    const text = await send(`{ document(id: "${ingested.id}") {
      regels(van: 7, tot: 10) { nummer pagina tekst }
      aantalPassages passages(first: 20) { nummer soort regelVan regelTot pagina } } }`);
    expect(text.errors).toBeUndefined();
    const document = text.data!.document as {
      regels: unknown[];
      aantalPassages: number;
      passages: unknown[];
    };
    expect(document.regels).toEqual([
      { nummer: 7, pagina: 2, tekst: 'Vitaal platteland' },
      { nummer: 8, pagina: 2, tekst: '' },
      { nummer: 9, pagina: 2, tekst: 'De aanpak van het vakantiepark vraagt samenwerking tussen' },
      { nummer: 10, pagina: 2, tekst: 'gemeenten en provincies.' },
    ]);
    expect(document.aantalPassages).toBe(5);
    expect(document.passages).toEqual([
      { nummer: 1, soort: 'ALINEA', regelVan: 1, regelTot: 1, pagina: 1 },
      { nummer: 2, soort: 'ALINEA', regelVan: 3, regelTot: 4, pagina: 1 },
      { nummer: 3, soort: 'LIJSTITEM', regelVan: 6, regelTot: 6, pagina: 1 },
      { nummer: 4, soort: 'ALINEA', regelVan: 7, regelTot: 7, pagina: 2 },
      { nummer: 5, soort: 'ALINEA', regelVan: 9, regelTot: 10, pagina: 2 },
    ]);
  });

  it('answers the same bytes again with the same document, storing nothing', async () => {
    const before = await counts();
    const body = await send(ingestMutation, {
      invoer: { bestand: base64(await letter()), bestandsnaam: 'kopie.pdf', titel: 'Een andere titel' },
    });
    expect(body.data!.documentInlezen).toMatchObject({ nieuw: false, wijziging: null, document: { id: ingested.id } });
    expect(await counts()).toEqual(before);
  });

  it('answers the bytes of a seeded document with that document', async () => {
    const bytes = await readFile(join(seedDocumentDirectory, '002_cce8884eb6739015.txt'));
    const body = await send(ingestMutation, {
      invoer: { bestand: base64(bytes), bestandsnaam: 'ledenbrief.txt', titel: 'Ledenbrief' },
    });
    expect(body.data!.documentInlezen).toMatchObject({
      nieuw: false,
      document: { id: 'document:vng-ledenbrief-2018-03-16' },
    });
  });

  it('refuses a scan without a text layer with a 422, and stores nothing', async () => {
    const before = await counts();
    const response = await postGraphql(
      own.service.baseUrl,
      {
        query: ingestMutation,
        variables: { invoer: { bestand: base64(await imageOnlyPdf()), bestandsnaam: 'scan.pdf', titel: 'Scan' } },
      },
      { authorization: `Bearer ${own.token('liaison')}` },
    );
    expect(response.status).toBe(422);
    expect(errorOf(response.body)).toMatchObject({ code: 'UNREADABLE_DOCUMENT', argument: 'invoer.bestand' });
    expect(await counts()).toEqual(before);
  });
});

describe('the seeded documents as texts', () => {
  it('have their lines, hash and passages stored like an ingested one', async () => {
    const file = await readFile(join(seedDocumentDirectory, '003_4af6d6007d3d8bea.txt'));
    const body = await send(`{ document(id: "document:ibp-programmastart") {
      sha256 aantalRegels aantalPaginas regels(van: 429, tot: 429) { nummer pagina tekst }
      aantalPassages } }`);
    const document = body.data!.document as Record<string, unknown>;
    expect(document).toMatchObject({
      sha256: createHash('sha256').update(file).digest('hex'),
      aantalRegels: 1246,
      aantalPaginas: null,
      regels: [{ nummer: 429, pagina: null, tekst: file.toString('utf8').split('\n')[428] }],
    });
    expect(document.aantalPassages).toBeGreaterThan(300);
  });
});

const crossoverMutation = `mutation Vastleggen($invoer: CrossoverInvoer!) {
  crossoverVastleggen(invoer: $invoer) { knooppunt { id ... on Crossover { bronnen { regelVan regelTot citaat tekst geverifieerd } } } }
}`;

/** The crossover's own source is `source`; each opgave is named by its own line of the letter (6 and 7). */
const crossoverInput = (source: Record<string, unknown>) => ({
  onderwerp: 'Vakantieparken op het platteland',
  leden: [
    {
      opgave: 'opgave:vitaal-platteland',
      bronnen: [{ document: ingested.id, regelVan: 7, regelTot: 7, citaat: 'Vitaal platteland' }],
    },
    {
      opgave: 'opgave:wonen',
      bronnen: [{ document: ingested.id, regelVan: 6, regelTot: 6, citaat: 'Wonen: de woningbouw loopt op schema' }],
    },
  ],
  bronnen: [{ document: ingested.id, ...source }],
});

describe('citing an ingested document', () => {
  it('refuses a quote that does not stand at the lines it cites, changing nothing', async () => {
    const before = await counts();
    const body = await send(crossoverMutation, {
      invoer: crossoverInput({ regelVan: 9, regelTot: 10, citaat: 'de aanpak van het recreatiepark' }),
    });
    expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.bronnen[0].citaat' });
    expect(errorOf(body).message).toContain(`staat niet op de regels 9-10 van ${ingested.id}`);
    expect(await counts()).toEqual(before);
  });

  it('refuses a source without lines, since the text is in the service', async () => {
    const body = await send(crossoverMutation, {
      invoer: crossoverInput({ citaat: 'samenwerking tussen gemeenten', vindplaats: 'p. 2' }),
    });
    expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.bronnen[0].regelVan' });
  });

  it('records a fact whose quote on page 2 spans two lines, shown as verified with its lines', async () => {
    const body = await send(crossoverMutation, {
      invoer: crossoverInput({ regelVan: 9, regelTot: 10, citaat: 'samenwerking tussen gemeenten en provincies' }),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.crossoverVastleggen).toMatchObject({
      knooppunt: {
        id: 'crossover:vakantieparken-op-het-platteland',
        bronnen: [
          {
            regelVan: 9,
            regelTot: 10,
            citaat: 'samenwerking tussen gemeenten en provincies',
            tekst: 'De aanpak van het vakantiepark vraagt samenwerking tussen\ngemeenten en provincies.',
            geverifieerd: true,
          },
        ],
      },
    });
  });

  it('keeps a source without text possible only with a vindplaats, and shows it unverified', async () => {
    const added = await send(
      `mutation { bronToevoegen(invoer: {naam: "Regiodeal Achterhoek", url: "https://example.org/achterhoek"}) { knooppunt { id } } }`,
    );
    const source = (added.data!.bronToevoegen as { knooppunt: { id: string } }).knooppunt.id;
    const link = `mutation Koppelen($invoer: KoppelingInvoer!) {
      opgaveKoppelenAanRegio(invoer: $invoer) { relatie { bronnen { geverifieerd vindplaats regelVan } } } }`;
    const invoer = { van: 'opgave:regionale-economie', naar: 'provincie:gelderland' };
    const withoutPlace = await send(link, {
      invoer: { ...invoer, bronnen: [{ document: source, citaat: 'de regio' }] },
    });
    expect(errorOf(withoutPlace)).toMatchObject({ argument: 'invoer.bronnen[0].vindplaats' });
    const withPlace = await send(link, {
      invoer: { ...invoer, bronnen: [{ document: source, citaat: 'de regio', vindplaats: 'p. 3' }] },
    });
    expect(withPlace.data!.opgaveKoppelenAanRegio).toEqual({
      relatie: { bronnen: [{ geverifieerd: false, vindplaats: 'p. 3', regelVan: null }] },
    });
  });
});

const searchQuery = `query Zoek($tekst: String!, $documenten: [ID!]) {
  zoekInTeksten(tekst: $tekst, documenten: $documenten, first: 10) {
    totalCount
    edges { score markering node { document { id } regelVan regelTot pagina soort }
            knooppunten { id } relaties { type van naar } }
  }
}`;

interface Hit {
  markering: string;
  node: { document: { id: string }; regelVan: number; regelTot: number; pagina: number | null };
  knooppunten: Array<{ id: string }>;
  relaties: Array<{ type: string; van: string; naar: string }>;
}

describe('searching the texts', () => {
  it('finds the passage of an ingested document by another form of a word, with the facts citing it', async () => {
    const body = await send(searchQuery, { tekst: 'vakantieparken', documenten: [ingested.id] });
    expect(body.errors).toBeUndefined();
    const found = body.data!.zoekInTeksten as { totalCount: number; edges: Hit[] };
    expect(found.totalCount).toBe(1);
    const [hit] = found.edges;
    expect(hit!.node).toEqual({
      document: { id: ingested.id },
      regelVan: 9,
      regelTot: 10,
      pagina: 2,
      soort: 'ALINEA',
    });
    expect(hit!.markering).toContain('«vakantiepark»');
    expect(hit!.knooppunten.map((node) => node.id)).toContain('crossover:vakantieparken-op-het-platteland');
    // Each VERBINDT cites the line that names its opgave (its member's own sources): wonen's is line 6.
    const wonen = await send(searchQuery, { tekst: 'woningbouw', documenten: [ingested.id] });
    const [line] = (wonen.data!.zoekInTeksten as { edges: Hit[] }).edges;
    expect(line!.node).toMatchObject({ regelVan: 6, regelTot: 6 });
    expect(line!.relaties).toContainEqual({
      type: 'VERBINDT',
      van: 'crossover:vakantieparken-op-het-platteland',
      naar: 'opgave:wonen',
    });
  });

  it('finds passages of the seeded documents, with the seeded facts citing them', async () => {
    const body = await send(searchQuery, { tekst: 'vakantiepark', documenten: ['document:ibp-programmastart'] });
    expect(body.errors).toBeUndefined();
    const found = body.data!.zoekInTeksten as { edges: Hit[] };
    const passage = found.edges.find((hit) => hit.node.regelVan <= 429 && hit.node.regelTot >= 429);
    expect(passage?.markering).toContain('«vakantieparken»');
    expect(passage?.relaties.map((relation) => relation.van)).toContain(
      'instrument:ondersteuningsstructuur-vakantieparken',
    );
  });

  it('searches every document when none is named, and refuses an empty search text', async () => {
    const body = await send(searchQuery, { tekst: 'vakantieparken' });
    const documents = (body.data!.zoekInTeksten as { edges: Hit[] }).edges.map((hit) => hit.node.document.id);
    expect(documents).toEqual(expect.arrayContaining([ingested.id, 'document:ibp-programmastart']));
    expect(errorOf(await send(searchQuery, { tekst: ' ' }))).toMatchObject({ argument: 'tekst' });
  });
});

const reviewQuery = `query TeHerzien($document: ID, $first: Int, $after: String) {
  teHerzienNaVervanging(document: $document, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      knooppunt { id } relatie { type van naar }
      bron { document { id } regelVan regelTot citaat }
      citaatBehouden
      nieuweVersies { document { id } gevonden plaatsen { regelVan regelTot pagina tekst } }
    } }
  }
}`;

interface ReviewNode {
  knooppunt: { id: string } | null;
  relatie: { type: string; van: string; naar: string } | null;
  bron: { regelVan: number; regelTot: number; citaat: string };
}

let newerVersion: string;

describe('a new version of a document', () => {
  it('is preceded by a fact citing a line the new version drops', async () => {
    const body = await send(
      `mutation Koppelen($invoer: KoppelingInvoer!) { opgaveKoppelenAanRegio(invoer: $invoer) { relatie { type } } }`,
      {
        invoer: {
          van: 'opgave:wonen',
          naar: 'regio:food-valley',
          bronnen: [{ document: ingested.id, regelVan: 6, regelTot: 6, citaat: 'de woningbouw loopt op schema' }],
        },
      },
    );
    expect(body.errors).toBeUndefined();
  });

  it('says which one it replaces, and both stay', async () => {
    const corrected = await textPdf([
      [['Voortgangsbrief Interbestuurlijk Programma, verbeterd']],
      [['Vitaal platteland'], ['De aanpak van vakantieparken vraagt samenwerking tussen gemeenten', 'en provincies.']],
    ]);
    const body = await send(ingestMutation, {
      invoer: {
        bestand: base64(corrected),
        bestandsnaam: 'v2.pdf',
        titel: 'Voortgangsbrief IBP 2026 (verbeterd)',
        vervangt: ingested.id,
      },
    });
    expect(body.errors).toBeUndefined();
    const newer = (body.data!.documentInlezen as { document: { id: string; vervangt: { id: string } } }).document;
    expect(newer.vervangt).toEqual({ id: ingested.id });
    const old = await send(`{ document(id: "${ingested.id}") { id vervangenDoor { id } } }`);
    expect(old.data!.document).toEqual({ id: ingested.id, vervangenDoor: [{ id: newer.id }] });
    newerVersion = newer.id;
  });

  it('lists the facts citing the replaced version for review, with where each quote stands in the new one', async () => {
    const body = await send(reviewQuery, { document: ingested.id });
    expect(body.errors).toBeUndefined();
    const review = body.data!.teHerzienNaVervanging as { totalCount: number; edges: Array<{ node: ReviewNode }> };
    const items = review.edges.map((edge) => edge.node);
    expect(review.totalCount).toBe(items.length);
    // The crossover cites the old version, and so do its VERBINDT relations and the link recorded below it.
    expect(items[0]).toEqual({
      knooppunt: { id: 'crossover:vakantieparken-op-het-platteland' },
      relatie: null,
      bron: {
        document: { id: ingested.id },
        regelVan: 9,
        regelTot: 10,
        citaat: 'samenwerking tussen gemeenten en provincies',
      },
      citaatBehouden: true,
      nieuweVersies: [
        {
          document: { id: newerVersion },
          gevonden: true,
          plaatsen: [
            {
              regelVan: 4,
              regelTot: 5,
              pagina: 2,
              tekst: 'De aanpak van vakantieparken vraagt samenwerking tussen gemeenten\nen provincies.',
            },
          ],
        },
      ],
    });
    const relations = items.filter((item) => item.relatie !== null);
    expect(relations.map((item) => item.relatie)).toEqual(
      expect.arrayContaining([
        { type: 'VERBINDT', van: 'crossover:vakantieparken-op-het-platteland', naar: 'opgave:wonen' },
        { type: 'SPEELT_IN', van: 'opgave:wonen', naar: 'regio:food-valley' },
      ]),
    );
    const gone = relations.find((item) => item.relatie!.type === 'SPEELT_IN')!;
    expect(gone).toMatchObject({
      bron: { regelVan: 6, regelTot: 6, citaat: 'de woningbouw loopt op schema' },
      citaatBehouden: false,
      nieuweVersies: [{ document: { id: newerVersion }, gevonden: false, plaatsen: [] }],
    });
  });

  it('lists them for every replaced document when none is named, pages them, and refuses an unknown one', async () => {
    const all = await send(reviewQuery, {});
    const byDocument = await send(reviewQuery, { document: ingested.id });
    expect(all.data!.teHerzienNaVervanging).toEqual(byDocument.data!.teHerzienNaVervanging);
    const total = (all.data!.teHerzienNaVervanging as { totalCount: number }).totalCount;
    const first = await send(reviewQuery, { first: 1 });
    const page = first.data!.teHerzienNaVervanging as {
      edges: Array<{ node: ReviewNode }>;
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    expect(page.edges).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(total > 1);
    const second = await send(reviewQuery, { first: 1, after: page.pageInfo.endCursor });
    expect((second.data!.teHerzienNaVervanging as { edges: unknown[] }).edges[0]).toEqual(
      (all.data!.teHerzienNaVervanging as { edges: unknown[] }).edges[1],
    );

    const current = await send(reviewQuery, { document: newerVersion });
    expect(current.data!.teHerzienNaVervanging).toMatchObject({ totalCount: 0, edges: [] });
    expect(errorOf(await send(reviewQuery, { document: 'document:bestaat-niet' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'document',
      message: expect.stringContaining('geen document'),
    });
  });

  it('must replace a document that exists', async () => {
    const body = await send(ingestMutation, {
      invoer: {
        bestand: base64(new TextEncoder().encode('Een notitie.')),
        bestandsnaam: 'n.txt',
        titel: 'Notitie',
        vervangt: 'document:bestaat-niet',
      },
    });
    expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.vervangt' });
  });
});
