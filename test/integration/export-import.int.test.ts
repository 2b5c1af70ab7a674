import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/export-graph.js';
import { importGraph } from '../../src/export/import-graph.js';
import { createLogger } from '../../src/logger.js';
import type { Database } from '../../src/neo4j/database.js';
import { fromProjectRoot } from '../../src/paths.js';
import { ApiKeyRepository } from '../../src/repositories/api-key-repository.js';
import { startPrivateNeo4j, type PrivateNeo4j } from '../support/private-neo4j.js';
import { processTestTimeoutMs } from '../support/service-process.js';
import { postGraphql, startTestService, type GraphqlResponseBody, type RunningService } from '../support/service.js';
import { textPdf } from '../support/test-pdfs.js';
import { testJwtSecret, tokenFor } from '../support/tokens.js';

/**
 * A seeded graph with facts recorded over HTTP (an edit and retractions among them), documents
 * ingested with their texts, API keys and values of every type Neo4j may hold, exported from one
 * Neo4j and imported into another.
 */

const logger = createLogger('silent');
let source: PrivateNeo4j;
let target: PrivateNeo4j;
let service: RunningService;
let work: string;
const exported = () => join(work, 'export');

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ibp-graph-export-'));
  [source, target] = await Promise.all([startPrivateNeo4j({ seeded: true }), startPrivateNeo4j({ seeded: false })]);
  service = await startTestService({ NEO4J_URI: source.uri, AUTH_JWT_SECRET: testJwtSecret });
  await recordFacts();
  await ingestDocuments();
  const keys = new ApiKeyRepository(source.database);
  await keys.create({ id: 'sleutel-1', naam: 'Jan de Vries', rol: 'liaison', hash: 'a'.repeat(64) });
  await keys.create({ id: 'sleutel-2', naam: 'Piet', rol: 'analist', hash: 'b'.repeat(64) });
  await keys.revoke('sleutel-2');
  await addValuesOfEveryType(source.database);
}, 900_000);

afterAll(async () => {
  await service?.stop();
  await Promise.all([source?.stop(), target?.stop()]);
  if (work) await rm(work, { recursive: true, force: true });
});

const inburgering = {
  document: 'document:ibp-programmastart',
  regelVan: 253,
  regelTot: 253,
  citaat: 'raken elkaar op het thema inburgering',
};

/** 003 r. 253, naming the opgaven of the crossover recorded below (migratie, wonen, and then klimaat). */
const dwarsverbanden = {
  ...inburgering,
  citaat:
    "Zo bestaat er bijvoorbeeld overlap tussen 'samen aan de slag voor het klimaat' en 'toekomstbestendig wonen' op het gebied van een duurzame bebouwde omgeving. 'Nederland en migrant voorbereid'",
};

/** Members of a crossover on migratie and wonen, each named by its own quote of 003 r. 253. */
const migratieEnWonen = [
  { opgave: 'opgave:migratie', bronnen: [dwarsverbanden] },
  { opgave: 'opgave:wonen', bronnen: [dwarsverbanden] },
];

/** Records facts through the API as liaisons do: new, edited, linked, retracted, and a source without lines. */
async function recordFacts(): Promise<void> {
  const anna = await tokenFor('liaison', 'anna');
  const send = async (mutation: string, input: string, invoer: Record<string, unknown>, extra = '') => {
    const { body } = await postGraphql(
      service.baseUrl,
      {
        query: `mutation ($invoer: ${input}!) { ${mutation}(invoer: $invoer${extra}) { knooppunt { id } } }`,
        variables: { invoer },
      },
      { authorization: `Bearer ${anna}` },
    );
    expect(body.errors).toBeUndefined();
    return (body.data?.[mutation] as { knooppunt: { id: string } | null }).knooppunt;
  };
  const crossover = await send(
    'crossoverVastleggen',
    'CrossoverInvoer',
    {
      onderwerp: 'Inburgering en wonen in Food Valley',
      opgaven: ['opgave:migratie', 'opgave:wonen'],
      regios: ['regio:food-valley'],
      bronnen: [dwarsverbanden],
    },
    ', idempotentieSleutel: "export-test-0001"',
  );
  await send('crossoverBewerken', 'CrossoverBewerking', {
    id: crossover!.id,
    versie: 1,
    toelichting: 'Warmtenetten.',
    opgaven: ['opgave:migratie', 'opgave:klimaat'],
  });
  const link = { van: 'opgave:schulden', naar: 'regio:food-valley' };
  await send('opgaveKoppelenAanRegio', 'KoppelingInvoer', {
    ...link,
    toelichting: 'Stikstof.',
    bronnen: [inburgering],
  });
  await send('koppelingIntrekken', 'KoppelingIntrekking', { ...link, type: 'SPEELT_IN', versie: 1, reden: 'Dubbel.' });
  const region = await send('regioToevoegen', 'RegioInvoer', {
    naam: 'Regio Foodvalley-Oost',
    ligtIn: ['provincie:gelderland'],
    grond: 'naam: Foodvalley',
    bronnen: [inburgering],
  });
  await send('intrekken', 'Intrekking', { id: region!.id, versie: 1, reden: 'Bestaat niet meer.' });
  const document = await send('bronToevoegen', 'BronDocumentInvoer', {
    naam: 'Regiodeal Foodvalley',
    url: 'https://example.org/regiodeal',
    datum: '2019-06-14',
    afzender: 'LNV',
  });
  await send('instrumentKoppelen', 'KoppelingInvoer', {
    van: 'instrument:regiodeals',
    naar: 'opgave:vitaal-platteland',
    bronnen: [{ document: document!.id, citaat: 'eiwittransitie en gezonde voeding', vindplaats: 'p. 4' }],
  });
}

/**
 * A Dutch text whose characters an export could lose: accents, a euro sign, guillemets, non-breaking
 * spaces, a tab, trailing spaces, an emoji outside the BMP, and CRLF line ends.
 */
const oddText =
  'Voortgang in Foodvalley\r\n' +
  '\r\n' +
  'De gemeenten\u00a0Ede en Wageningen zoeken samen naar woonruimte voor statushouders.   \r\n' +
  'Coördinatie ligt bij de regio; café-eigenaren en één «tuinder» doen mee.\t\r\n' +
  '\r\n' +
  '- Naïeve ramingen: € 2,5\u00a0mln. 🌱\u00a0\r\n' +
  '- Geen “aanhalingstekens” vergeten — en ook geen \\ of "quotes".\r\n';
const oddBytes = Buffer.from(oddText, 'utf8');
const oddQuote = {
  regelVan: 3,
  regelTot: 4,
  citaat: 'woonruimte voor statushouders. Coördinatie ligt bij de regio',
};
const ingestedIds: string[] = [];

/** A liaison ingests the odd text and a PDF with accents, and cites the text in a crossover. */
async function ingestDocuments(): Promise<void> {
  const anna = await tokenFor('liaison', 'anna');
  const ingest = async (bytes: Uint8Array, bestandsnaam: string, titel: string) => {
    const { body } = await postGraphql(
      service.baseUrl,
      {
        query: `mutation ($invoer: DocumentInleesInvoer!) { documentInlezen(invoer: $invoer) { document { id } } }`,
        variables: {
          invoer: {
            bestand: Buffer.from(bytes).toString('base64'),
            bestandsnaam,
            titel,
            datum: '2026-11-20',
            afzender: 'Regio Foodvalley',
            geadresseerde: 'Minister van BZK',
            soort: 'Brief',
            kenmerk: 'FV-2026/Ω-1',
          },
        },
      },
      { authorization: `Bearer ${anna}` },
    );
    expect(body.errors).toBeUndefined();
    ingestedIds.push((body.data!.documentInlezen as { document: { id: string } }).document.id);
  };
  await ingest(oddBytes, 'voortgang foodvalley.txt', 'Voortgang Foodvalley — één');
  await ingest(
    await textPdf([
      [['Coördinatie in de regio'], ['Café-eigenaren en één tuinder', 'zoeken samen naar ruimte.']],
      [['Naïeve ramingen'], ['Ook de reünie van gemeenten is gepland.']],
    ]),
    'reünie.pdf',
    'Reünie van gemeenten',
  );
  const { body } = await postGraphql(
    service.baseUrl,
    {
      query: `mutation ($invoer: CrossoverInvoer!) { crossoverVastleggen(invoer: $invoer) { knooppunt { id } } }`,
      variables: {
        invoer: {
          onderwerp: 'Statushouders in Foodvalley',
          leden: migratieEnWonen,
          bronnen: [{ document: ingestedIds[0], ...oddQuote }],
        },
      },
    },
    { authorization: `Bearer ${anna}` },
  );
  expect(body.errors).toBeUndefined();
}

/** Types the service does not write today (integers, dates, durations, ...), which an export must keep all the same. */
async function addValuesOfEveryType(database: Database): Promise<void> {
  await database.write(
    'values of every type',
    `CREATE (t:Entiteit:Thema {id: 'thema:alle-typen', naam: 'Alle typen', herkomst: 'test',
       geheel: 42, groot: 9007199254740993, gehelen: [1, 2, 3], breuk: 2.5, rond: 3.0, leeg: [], vlaggen: [true, false],
       dag: date('2024-02-29'), dagen: [date('2020-01-01'), date('2020-12-31')], duur: duration('P1Y2M3DT4H5M6.007S'),
       lokaal: localdatetime('2024-01-01T10:00:00.123456789'), zone: datetime('2024-03-31T03:30:00+02:00[Europe/Amsterdam]'),
       offset: datetime('2024-06-01T12:00:00.5-03:00'), tijd: time('10:00:00+02:00'), klok: localtime('23:59:59.999999999'),
       getal: '2018', tekst: 'regel 1\nregel 2 – "é" \\\\ ', bronDocument: ['document:x'], bronRegelVan: [2], bronRegelTot: [1], bronCitaat: ['scheef']})
     WITH t MATCH (o:Opgave {id: 'opgave:klimaat'})
     CREATE (t)-[:THEMA_VAN {sleutel: 'thema:alle-typen>THEMA_VAN>opgave:klimaat', gewicht: 3, sinds: date('2018-02-14'), herkomst: 'test'}]->(o)`,
    {},
  );
}

/** Every node and relation with its labels or type and every property with its Neo4j type and exact text, sorted. */
async function snapshot(database: Database): Promise<{ nodes: string[]; relations: string[] }> {
  const properties = (variable: string) =>
    `[key IN keys(${variable}) | [key, valueType(${variable}[key]), ${variable}[key],
       CASE WHEN valueType(${variable}[key]) STARTS WITH 'LIST' THEN [item IN ${variable}[key] | toString(item)] ELSE toString(${variable}[key]) END]]`;
  const nodes = await database.read<{ labels: string[]; properties: unknown[][] }>(
    'snapshot nodes',
    // The seeded documents' texts are not exported: the seed loader writes them again from seeds/documenten/.
    `MATCH (n) WHERE NOT (n:Documenttekst AND n.herkomst = 'seed')
       AND NOT (n:Passage AND EXISTS { MATCH (:Documenttekst {document: n.document, herkomst: 'seed'}) })
     RETURN labels(n) AS labels, ${properties('n')} AS properties`,
    {},
  );
  const relations = await database.read<{ van: string; type: string; naar: string; properties: unknown[][] }>(
    'snapshot relations',
    `MATCH (a)-[r]->(b) RETURN a.id AS van, type(r) AS type, b.id AS naar, ${properties('r')} AS properties`,
    {},
  );
  const sortedProperties = (list: unknown[][]) => [...list].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return {
    nodes: nodes.map((node) => JSON.stringify([[...node.labels].sort(), sortedProperties(node.properties)])).sort(),
    relations: relations
      .map((relation) =>
        JSON.stringify([relation.van, relation.type, relation.naar, sortedProperties(relation.properties)]),
      )
      .sort(),
  };
}

/** A document's stored text as Neo4j holds it: each property with its type, the lines joined, and its passages. */
async function storedText(database: Database, document: string) {
  const typed = (variable: string) =>
    `[key IN keys(${variable}) | [key, valueType(${variable}[key]),
       CASE WHEN valueType(${variable}[key]) STARTS WITH 'LIST' THEN [item IN ${variable}[key] | toString(item)]
            ELSE toString(${variable}[key]) END]]`;
  const [row] = await database.read<{
    text: string;
    properties: Array<[string, string, unknown]>;
    passages: Array<Array<[string, string, unknown]>>;
    document: Record<string, unknown>;
  }>(
    'stored text',
    `MATCH (t:Documenttekst {document: $document}) MATCH (d:Document {id: $document})
     RETURN reduce(text = '', index IN range(0, size(t.regels) - 1) |
              text + CASE WHEN index = 0 THEN '' ELSE '\n' END + t.regels[index]) AS text,
            ${typed('t')} AS properties, properties(d) AS document,
            COLLECT { MATCH (p:Passage {document: $document}) RETURN ${typed('p')} AS passage ORDER BY p.nummer } AS passages`,
    { document },
  );
  if (!row) throw new Error(`no text stored for ${document}`);
  const byKey = (pairs: Array<[string, string, unknown]>): Record<string, { type: string; value: unknown }> =>
    Object.fromEntries(pairs.map(([key, type, value]) => [key, { type, value }]));
  return {
    text: row.text,
    document: row.document,
    passages: row.passages.map(byKey),
    properties: byKey(row.properties),
  };
}

async function filesOf(directory: string): Promise<Record<string, string>> {
  const names = (await readdir(directory)).sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await readFile(join(directory, name), 'utf8')] as const)),
  );
}

const nodeCount = async (database: Database) =>
  (await database.read<{ n: number }>('count', 'MATCH (n) RETURN count(n) AS n', {}))[0]?.n;

// Each test moves the whole graph between two databases: minutes, not seconds, on a loaded machine.
describe('export and import', { timeout: processTestTimeoutMs }, () => {
  it('carries every node and relation, with every property and its type, into an empty database', async () => {
    const summary = await exportGraph(source.database, exported(), logger);
    expect(summary.counts).toMatchObject({ ingetrokkenKnooppunten: 1, sleutels: 2, seedversies: 1 });
    expect(summary.counts.ingetrokkenRelaties).toBeGreaterThanOrEqual(3);
    expect(summary.counts.wijzigingen).toBe(11);
    expect(summary.counts.teksten).toBe(2);
    expect(summary.counts.passages).toBeGreaterThanOrEqual(7);

    await importGraph(target.database, exported(), logger);
    const before = await snapshot(source.database);
    const after = await snapshot(target.database);
    expect(after.nodes).toHaveLength(before.nodes.length);
    expect(after.relations).toHaveLength(before.relations.length);
    expect(after).toEqual(before);

    // The comparison covers what an export must carry, not only the seeds.
    const text = [...before.nodes, ...before.relations].join('\n');
    for (const expected of [
      '["Ingetrokken"]',
      '"INGETROKKEN"',
      '["Wijziging"]',
      '["ApiSleutel"]',
      '["SeedVersie"]',
      '"ZONED DATETIME NOT NULL"',
      '"INTEGER NOT NULL"',
      '"LIST<DATE NOT NULL> NOT NULL"',
      '"DURATION NOT NULL"',
      '"LOCAL TIME NOT NULL"',
      '"9007199254740993"',
      '"bronVindplaats"',
      '"bronOokCitaat"',
      '["Documenttekst"]',
      '["Passage"]',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('carries the ingested documents and their texts byte for byte: lines, hash, pages, passages, metadata', async () => {
    for (const id of ingestedIds) {
      const [before, after] = await Promise.all([storedText(source.database, id), storedText(target.database, id)]);
      expect(after.text.length).toBeGreaterThan(0);
      expect(after).toEqual(before);
      expect(Buffer.compare(Buffer.from(after.text, 'utf8'), Buffer.from(before.text, 'utf8'))).toBe(0);
    }
    // The odd text's lines are the file's lines, CRLF taken as a line end and nothing else lost.
    const odd = await storedText(target.database, ingestedIds[0]!);
    expect(
      Buffer.from(odd.text, 'utf8').equals(Buffer.from(oddText.replace(/\r\n$/, '').split('\r\n').join('\n'))),
    ).toBe(true);
    expect(odd.properties.sha256).toEqual({
      type: 'STRING NOT NULL',
      value: createHash('sha256').update(oddBytes).digest('hex'),
    });
    expect(odd.document).toMatchObject({
      naam: 'Voortgang Foodvalley — één',
      kenmerk: 'FV-2026/Ω-1',
      bestandsnaam: 'voortgang foodvalley.txt',
      mediatype: 'text/plain',
    });
    const pdf = await storedText(target.database, ingestedIds[1]!);
    expect(pdf.properties.paginaBegin).toEqual({ type: 'LIST<FLOAT NOT NULL> NOT NULL', value: ['1.0', '5.0'] });
    expect(pdf.text).toContain('Coördinatie in de regio');
  });

  it('lets the imported texts be searched, cited facts keep their verified lines, and new quotes be checked', async () => {
    const imported = await startTestService({ NEO4J_URI: target.uri, AUTH_JWT_SECRET: testJwtSecret });
    try {
      const anna = await tokenFor('liaison', 'anna');
      const ask = async (url: string, query: string, variables: Record<string, unknown> = {}) =>
        (await postGraphql(url, { query, variables }, { authorization: `Bearer ${anna}` })).body;
      const search = `query ($tekst: String!, $documenten: [ID!]) { zoekInTeksten(tekst: $tekst, documenten: $documenten) {
        totalCount edges { markering node { document { id } regelVan regelTot pagina soort } knooppunten { id } } } }`;
      const found = await ask(imported.baseUrl, search, { tekst: 'statushouder', documenten: [ingestedIds[0]] });
      expect(found.errors).toBeUndefined();
      expect(found.data!.zoekInTeksten).toMatchObject({
        totalCount: 1,
        edges: [
          {
            markering: expect.stringContaining('«statushouders»'),
            node: { document: { id: ingestedIds[0] }, regelVan: 3, regelTot: 4, pagina: null, soort: 'ALINEA' },
            knooppunten: [{ id: 'crossover:statushouders-in-foodvalley' }],
          },
        ],
      });
      const inPdf = await ask(imported.baseUrl, search, { tekst: 'reünie', documenten: [ingestedIds[1]] });
      expect(inPdf.data!.zoekInTeksten).toMatchObject({ totalCount: 1, edges: [{ node: { pagina: 2 } }] });

      const sources = `{ node(id: "crossover:statushouders-in-foodvalley") {
        ... on Crossover { bronnen { document { id } regelVan regelTot citaat tekst geverifieerd } } } }`;
      const [before, after] = await Promise.all([ask(service.baseUrl, sources), ask(imported.baseUrl, sources)]);
      expect(after).toEqual(before);
      expect(after.data!.node).toMatchObject({ bronnen: [{ ...oddQuote, geverifieerd: true }] });

      const record = (citaat: string) =>
        ask(
          imported.baseUrl,
          `mutation ($invoer: CrossoverInvoer!) { crossoverVastleggen(invoer: $invoer) { knooppunt { id } } }`,
          {
            invoer: {
              onderwerp: `Ramingen in Foodvalley ${citaat.length}`,
              // This bare imported database has no seeded texts (the seed loader writes them at a start), so the
              // members cite the programmastart by place instead of by lines.
              leden: migratieEnWonen.map((member) => ({
                ...member,
                bronnen: [
                  { document: 'document:ibp-programmastart', citaat: dwarsverbanden.citaat, vindplaats: 'r. 253' },
                ],
              })),
              bronnen: [{ document: ingestedIds[0], regelVan: 6, regelTot: 6, citaat }],
            },
          },
        );
      expect((await record('ramingen: € 2,5 mln. 🌱')).errors).toBeUndefined();
      const wrong: GraphqlResponseBody = await record('ramingen: € 3 mln.');
      expect(wrong.errors?.[0]?.extensions?.argument).toBe('invoer.bronnen[0].citaat');

      const again = await ask(
        imported.baseUrl,
        `mutation ($invoer: DocumentInleesInvoer!) { documentInlezen(invoer: $invoer) { nieuw document { id } } }`,
        { invoer: { bestand: oddBytes.toString('base64'), bestandsnaam: 'kopie.txt', titel: 'Kopie' } },
      );
      expect(again.data!.documentInlezen).toEqual({ nieuw: false, document: { id: ingestedIds[0] } });
    } finally {
      await imported.stop();
    }
    // What was recorded here leaves the target as the source was for the tests below.
    await importGraph(target.database, exported(), logger, { wissen: true });
  });

  it('writes the same files again from the imported database, byte for byte', async () => {
    await exportGraph(target.database, join(work, 'again'), logger);
    expect(await filesOf(join(work, 'again'))).toEqual(await filesOf(exported()));
  });

  it('writes nodes and relations as seed records, with sources as in seeds/data', async () => {
    const files = await filesOf(exported());
    expect(files['knooppunten.yaml']).toContain(
      '- id: "opgave:klimaat"\n  label: Opgave\n  naam: "Samen aan de slag voor het klimaat"\n',
    );
    expect(files['knooppunten.yaml']).toContain(
      '      regels: [242, 242]\n      citaat: "Fysiek 1. Samen aan de slag voor het klimaat"\n',
    );
    expect(files['relaties.yaml']).toContain(
      '      citaat: "1. *Mensen die te maken hebben met eenzaamheid"\n      ook:\n        - regels: [528, 528]\n',
    );
    expect(files['relaties.yaml']).toMatch(
      /- van: "instrument:regiodeals"\n {2}type: INSTRUMENT_VOOR\n {2}naar: "opgave:vitaal-platteland"\n {2}herkomst: api\n/,
    );
    expect(files['relaties.yaml']).toContain(
      '    - document: "document:regiodeal-foodvalley"\n      citaat: "eiwittransitie en gezonde voeding"\n      vindplaats: "p. 4"\n',
    );
    expect(files['ingetrokken.yaml']).toContain('- id: "regio:regio-foodvalley-oost"\n  label: Regio\n');
    expect(files['wijzigingen.yaml']).toMatch(/soort: BEWERKT\n {2}mutatie: crossoverBewerken\n/);
  });

  it('refuses a database that holds nodes, unless told to delete them', async () => {
    const present = await nodeCount(target.database);
    await expect(importGraph(target.database, exported(), logger)).rejects.toThrow(
      `De database bevat al ${present} knopen; een export wordt alleen in een lege database geladen. Voeg --wissen toe om eerst alles erin te wissen.`,
    );
    await importGraph(target.database, exported(), logger, { wissen: true });
    expect(await snapshot(target.database)).toEqual(await snapshot(source.database));
  });

  it('refuses a malformed export before it deletes or writes anything, naming file and record', async () => {
    const broken = join(work, 'broken');
    await cp(exported(), broken, { recursive: true });
    const relations = await readFile(join(broken, 'relaties.yaml'), 'utf8');
    const at = relations.indexOf('  type: VERBINDT\n');
    const record = relations
      .slice(0, at)
      .split('\n')
      .filter((line) => line.startsWith('- ')).length;
    const van = /van: "([^"]+)"\n$/.exec(relations.slice(0, at))?.[1];
    const naar = /naar: "([^"]+)"/.exec(relations.slice(at))?.[1];
    await writeFile(join(broken, 'relaties.yaml'), relations.replace('  type: VERBINDT\n', '  type: VERBIND\n'));
    const changes = await readFile(join(broken, 'wijzigingen.yaml'), 'utf8');
    await writeFile(
      join(broken, 'wijzigingen.yaml'),
      `${changes}\n- id: "kapot"\n  op: [niet gesloten\n\n- id: "heel"\n`,
    );

    const present = await nodeCount(target.database);
    const failure = await importGraph(target.database, broken, logger, { wissen: true }).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(
      new RegExp(`^Ongeldige export in .*broken; er is niets geïmporteerd:\n {2}relaties\\.yaml, record ${record} \\(`),
    );
    expect((failure as Error).message).toContain(
      `relaties.yaml, record ${record} (${van} VERBIND ${naar}): type: Ongeldige optie`,
    );
    expect((failure as Error).message).toMatch(/\n {2}wijzigingen\.yaml, record 12: geen geldige YAML: Flow sequence/);
    expect(await nodeCount(target.database)).toBe(present);

    await writeFile(join(broken, 'relaties.yaml'), relations);
    await writeFile(join(broken, 'wijzigingen.yaml'), `${changes}\n- id: "extra"\n`);
    await expect(importGraph(target.database, broken, logger, { wissen: true })).rejects.toThrow(
      /\n {2}export\.yaml: wijzigingen zou 11 moeten zijn, de bestanden bevatten er 12$/,
    );

    await rm(join(broken, 'export.yaml'));
    await expect(importGraph(target.database, broken, logger, { wissen: true })).rejects.toThrow(
      /export\.yaml ontbreekt/,
    );
    expect(await nodeCount(target.database)).toBe(present);
  });

  it('refuses to export nodes it does not know, and writes nothing', async () => {
    await target.database.write('stranger', "CREATE (:Vreemd {id: 'vreemd:1'})", {});
    try {
      await expect(exportGraph(target.database, join(work, 'stranger'), logger)).rejects.toThrow(
        'Er is niets geëxporteerd: de graaf bevat 1 knopen met label Vreemd, dat de export niet kent.',
      );
      await expect(readdir(join(work, 'stranger'))).rejects.toThrow();
    } finally {
      await target.database.write('stranger', 'MATCH (n:Vreemd) DELETE n', {});
    }
  });

  it(
    'does the same through the built commands, npm run export and npm run import',
    async () => {
      const run = (command: string, ...args: string[]) =>
        promisify(execFile)(process.execPath, [fromProjectRoot('dist', 'commands', `${command}.js`), ...args], {
          cwd: work,
          env: { ...process.env, NEO4J_URI: target.uri, LOG_LEVEL: 'warn' },
        });
      await run('export', '--map', 'door-commando');
      expect(await filesOf(join(work, 'door-commando'))).toEqual(await filesOf(exported()));

      const refused = await run('import', '--map', 'door-commando').catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(refused).toMatchObject({
        code: 1,
        stderr: expect.stringContaining('Voeg --wissen toe om eerst alles erin te wissen.'),
      });
      await run('import', '--map', 'door-commando', '--wissen');
      expect(await snapshot(target.database)).toEqual(await snapshot(source.database));
    },
    processTestTimeoutMs,
  );
});
