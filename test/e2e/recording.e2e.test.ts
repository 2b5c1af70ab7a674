import { beforeAll, describe, expect, it } from 'vitest';
import { recordingCallers, useOwnService } from '../support/own-service.js';
import type { GraphqlResponseBody } from '../support/service.js';

/** Liaisons recording crossovers, links, regions and sources over HTTP, on a Neo4j of this file's own. */

const own = useOwnService({ ...recordingCallers, beheerder: { role: 'beheerder', subject: 'dirk' } });
const { send, graphCounts } = own;

/** The ids of a connection's nodes, sorted (lists come sorted by name, not id). */
const idsOf = (connection: unknown) =>
  (connection as { edges: Array<{ node: { id: string } }> }).edges.map((edge) => edge.node.id).sort();

const errorOf = (body: GraphqlResponseBody) => ({
  code: body.errors?.[0]?.extensions?.code,
  argument: body.errors?.[0]?.extensions?.argument,
  message: body.errors?.[0]?.message,
});

const inburgeringSource = {
  document: 'document:ibp-programmastart',
  regelVan: 253,
  regelTot: 253,
  citaat: 'raken elkaar op het thema inburgering',
};

/** 003 r. 253 as a whole: it names klimaat, wonen, migratie and the sociaal domein, as a crossover's quote must. */
const dwarsverbandenSource = {
  ...inburgeringSource,
  citaat:
    "Tussen deze opgaven bestaan dwarsverbanden. Zo bestaat er bijvoorbeeld overlap tussen 'samen aan de slag voor het klimaat' en 'toekomstbestendig wonen' op het gebied van een duurzame bebouwde omgeving. 'Nederland en migrant voorbereid' en 'merkbaar beter in het sociaal domein' raken elkaar op het thema inburgering.",
};

/** 003 r. 520: the sociaal domein's dwarsverbanden with schulden, wonen, migratie and regionale economie. */
const sociaalDomeinSource = {
  document: 'document:ibp-programmastart',
  regelVan: 520,
  regelTot: 520,
  citaat:
    "Hiervoor liggen kansen binnen het sociaal domein, al hebben veel van deze vraagstukken dwarsverbanden met andere opgaven in het IBP, zoals 'problematische schulden voorkomen en oplossen', 'toekomstbestendig wonen', 'Nederland en migrant voorbereid' en 'regionale economie als versneller'.",
};

/** 003 r. 920: veenbodemdaling links klimaat with vitaal platteland and wonen. */
const bodemdalingSource = {
  document: 'document:ibp-programmastart',
  regelVan: 920,
  regelTot: 920,
  citaat:
    "Het tegengaan van en omgaan met veenbodemdaling raakt naast de IBP-opgave 'samen aan de slag voor het klimaat' ook aan de opgaven 'naar een vitaal platteland' en 'toekomstbestendig wonen'.",
};

/** 003 r. 937: names klimaatadaptatie, a theme, but not the climate opgave itself. */
const klimaatadaptatieSource = {
  document: 'document:ibp-programmastart',
  regelVan: 937,
  regelTot: 937,
  citaat:
    'Bij de aanpak van klimaatadaptatie zal door de overheden goed gekeken worden naar de mogelijkheid voor het koppelen met andere opgaven en crossovers (zoals met klimaatbestendige woningbouw, vitaal platteland en regionale economie).',
};

const RESULT = `
  herhaald
  wijziging { id soort mutatie door rol onderwerp knooppunten reden voor na }
  knooppunt { id naam beschrijving vastlegging { door versie gewijzigdOp }
    bronnen { document { id } regelVan regelTot citaat tekst vindplaats }
    ... on Crossover { opgaven { edges { node { id } } } betreft { edges { node { id } } } } }
  relatie { type van naar eigenschappen { naam waarde } vastlegging { door versie } bronnen { citaat vindplaats } }`;

const recordCrossover = `mutation ($invoer: CrossoverInvoer!, $sleutel: String) {
  crossoverVastleggen(invoer: $invoer, idempotentieSleutel: $sleutel) { ${RESULT} } }`;
const editCrossover = `mutation ($invoer: CrossoverBewerking!) { crossoverBewerken(invoer: $invoer) { ${RESULT} } }`;
const linkOpgave = `mutation ($invoer: KoppelingInvoer!) { opgaveKoppelenAanRegio(invoer: $invoer) { ${RESULT} } }`;
const linkInstrument = `mutation ($invoer: KoppelingInvoer!) { instrumentKoppelen(invoer: $invoer) { ${RESULT} } }`;
const editLink = `mutation ($invoer: KoppelingBewerking!) { koppelingBewerken(invoer: $invoer) { ${RESULT} } }`;
const retractLink = `mutation ($invoer: KoppelingIntrekking!) { koppelingIntrekken(invoer: $invoer) { ${RESULT} } }`;
const addRegion = `mutation ($invoer: RegioInvoer!) { regioToevoegen(invoer: $invoer) { ${RESULT} } }`;
const addSource = `mutation ($invoer: BronDocumentInvoer!) { bronToevoegen(invoer: $invoer) { ${RESULT} } }`;
const retract = `mutation ($invoer: Intrekking!) { intrekken(invoer: $invoer) { ${RESULT} } }`;

type Result = {
  herhaald: boolean;
  wijziging: {
    id: string;
    soort: string;
    door: string;
    onderwerp: string;
    knooppunten: string[];
    voor: unknown;
    na: unknown;
  };
  knooppunt: { id: string; naam: string; vastlegging: { versie: number } } & Record<string, unknown>;
  relatie: { vastlegging: { versie: number } } & Record<string, unknown>;
};
const resultOf = (body: GraphqlResponseBody): Result => {
  expect(body.errors).toBeUndefined();
  return Object.values(body.data ?? {})[0] as Result;
};

describe('recording a crossover', () => {
  it('records it with its opgaven, regions and checked sources, and later reads see it', async () => {
    const body = await send('anna', recordCrossover, {
      invoer: {
        onderwerp: 'Inburgering en wonen in Food Valley',
        toelichting: 'Statushouders vinden er werk en een huis.',
        opgaven: ['opgave:migratie', 'opgave:wonen'],
        regios: ['regio:food-valley'],
        bronnen: [dwarsverbandenSource],
      },
    });
    const result = resultOf(body);
    expect(result.herhaald).toBe(false);
    expect(result.knooppunt).toMatchObject({
      id: 'crossover:inburgering-en-wonen-in-food-valley',
      naam: 'Inburgering en wonen in Food Valley',
      beschrijving: 'Statushouders vinden er werk en een huis.',
      vastlegging: { door: 'anna', versie: 1, gewijzigdOp: null },
      betreft: { edges: [{ node: { id: 'regio:food-valley' } }] },
    });
    expect(idsOf(result.knooppunt.opgaven)).toEqual(['opgave:migratie', 'opgave:wonen']);
    const [source] = result.knooppunt.bronnen as Array<Record<string, unknown>>;
    expect(source).toMatchObject({ regelVan: 253, regelTot: 253, citaat: dwarsverbandenSource.citaat });
    expect(source?.tekst).toContain('raken elkaar op het thema inburgering');
    expect(result.wijziging).toMatchObject({
      soort: 'VASTGELEGD',
      mutatie: 'crossoverVastleggen',
      door: 'anna',
      rol: 'liaison',
      onderwerp: 'crossover:inburgering-en-wonen-in-food-valley',
      knooppunten: [
        'crossover:inburgering-en-wonen-in-food-valley',
        'opgave:migratie',
        'opgave:wonen',
        'regio:food-valley',
      ],
      voor: null,
    });

    const read = await send(
      undefined,
      `{ crossovers(regio: "regio:food-valley") { edges { node { id } } }
      opgave(id: "opgave:wonen") { crossovers { edges { node { id } } } } }`,
    );
    expect(JSON.stringify(read.data)).toContain('crossover:inburgering-en-wonen-in-food-valley');

    // Who recorded it belongs to the audit trail: a caller without a role sees when, not who (D8).
    const recording = `{ node(id: "crossover:inburgering-en-wonen-in-food-valley") { ... on Crossover { vastlegging { door versie } } } }`;
    expect((await send(undefined, recording)).data).toEqual({ node: { vastlegging: { door: null, versie: 1 } } });
    expect((await send('analist', recording)).data).toEqual({ node: { vastlegging: { door: 'anna', versie: 1 } } });
  });

  it.each([
    ['an unknown opgave', { opgaven: ['opgave:migratie', 'opgave:bestaat-niet'] }, 'invoer.opgaven[1]', /bestaat niet/],
    [
      'a node of another kind as opgave',
      { opgaven: ['opgave:migratie', 'regio:food-valley'] },
      'invoer.opgaven[1]',
      /is een Regio/,
    ],
    ['a single opgave', { opgaven: ['opgave:migratie'] }, 'invoer.opgaven', /minstens 2/],
    ['the same opgave twice', { opgaven: ['opgave:migratie', 'opgave:migratie'] }, 'invoer.opgaven', /twee keer/],
    ['a malformed id', { opgaven: ['opgave:migratie', 'DROP (n)'] }, 'invoer.opgaven[1]', /geen id van IBP Graph/],
    ['a topic that is too long', { onderwerp: 'x'.repeat(201) }, 'invoer.onderwerp', /hoogstens 200/],
    ['an explanation that is too long', { toelichting: 'x'.repeat(2001) }, 'invoer.toelichting', /hoogstens 2000/],
    ['no sources', { bronnen: [] }, 'invoer.bronnen', /minstens één bron/],
    [
      'a quote that is not at the cited lines',
      { bronnen: [{ ...inburgeringSource, regelVan: 300, regelTot: 300 }] },
      'invoer.bronnen[0].citaat',
      /staat niet op de regels 300-300/,
    ],
    [
      'a source without lines in a shipped document',
      { bronnen: [{ document: 'document:ibp-programmastart', citaat: 'inburgering' }] },
      'invoer.bronnen[0].regelVan',
      /is verplicht/,
    ],
    ['an unknown region', { regios: ['regio:atlantis'] }, 'invoer.regios[0]', /bestaat niet/],
    [
      'the crossover from the documents again',
      { onderwerp: 'inburgering', opgaven: ['opgave:sociaal-domein', 'opgave:migratie'] },
      'invoer.onderwerp',
      /bestaat al als crossover:inburgering/,
    ],
    [
      'sources whose quotes name only one of the opgaven',
      { bronnen: [inburgeringSource, bodemdalingSource] },
      'invoer.bronnen',
      /geen citaat noemt de opgave opgave:migratie/,
    ],
    [
      'a quote naming a theme of the opgave inside a compound, not the opgave',
      { opgaven: ['opgave:wonen', 'opgave:klimaat'], bronnen: [klimaatadaptatieSource] },
      'invoer.bronnen',
      /geen citaat noemt de opgave opgave:klimaat/,
    ],
    [
      'both opgaven and leden',
      {
        leden: [
          { opgave: 'opgave:wonen', bronnen: [bodemdalingSource] },
          { opgave: 'opgave:klimaat', bronnen: [bodemdalingSource] },
        ],
      },
      'invoer.leden',
      /niet allebei/,
    ],
    ['neither opgaven nor leden', { opgaven: null }, 'invoer.opgaven', /opgaven of leden/],
  ])('refuses %s, naming the field, and changes nothing', async (_case, change, argument, message) => {
    const before = await graphCounts();
    const body = await send('anna', recordCrossover, {
      invoer: {
        onderwerp: 'Een nieuwe crossover',
        opgaven: ['opgave:migratie', 'opgave:klimaat'],
        bronnen: [dwarsverbandenSource],
        ...change,
      },
    });
    expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(errorOf(body).message).toMatch(message);
    expect(await graphCounts()).toEqual(before);
  });

  it('refuses the same crossover recorded twice', async () => {
    const invoer = {
      onderwerp: 'Klimaatadaptatie en wonen',
      opgaven: ['opgave:klimaat', 'opgave:wonen'],
      bronnen: [dwarsverbandenSource],
    };
    resultOf(await send('anna', recordCrossover, { invoer }));
    const again = await send('bram', recordCrossover, {
      invoer: { ...invoer, onderwerp: 'klimaatadaptatie  en Wonen!', opgaven: ['opgave:wonen', 'opgave:klimaat'] },
    });
    expect(errorOf(again)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.onderwerp' });
    expect(errorOf(again).message).toContain('crossover:klimaatadaptatie-en-wonen');
  });

  it('lets only liaisons and beheerders write, and says so without detail', async () => {
    const invoer = {
      onderwerp: 'Rollen',
      opgaven: ['opgave:klimaat', 'opgave:wonen'],
      bronnen: [dwarsverbandenSource],
    };
    const before = await graphCounts();
    expect(errorOf(await send(undefined, recordCrossover, { invoer }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await send('analist', recordCrossover, { invoer }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Dit mag niet met jouw rol.',
    });
    expect(await graphCounts()).toEqual(before);
    expect(resultOf(await send('beheerder', recordCrossover, { invoer })).wijziging).toMatchObject({
      door: 'dirk',
      rol: 'beheerder',
    });
  });
});

describe('idempotency keys', () => {
  const invoer = {
    onderwerp: 'Schulden en sociaal domein in de regio',
    opgaven: ['opgave:schulden', 'opgave:sociaal-domein'],
    bronnen: [sociaalDomeinSource],
  };

  it('applies a retried mutation once and answers the retry with the first result', async () => {
    const first = resultOf(await send('anna', recordCrossover, { invoer, sleutel: 'poging-0001' }));
    const retry = resultOf(await send('anna', recordCrossover, { invoer, sleutel: 'poging-0001' }));
    expect(retry.herhaald).toBe(true);
    expect(retry.wijziging.id).toBe(first.wijziging.id);
    expect(retry.knooppunt.id).toBe(first.knooppunt.id);
    const [row] = await own.neo4j.database.read(
      'count',
      'MATCH (c:Crossover) WHERE c.naam = $naam RETURN count(c) AS n',
      {
        naam: invoer.onderwerp,
      },
    );
    expect(row?.n).toBe(1);
  });

  it('applies two simultaneous requests with the same key once', async () => {
    const concurrent = { ...invoer, onderwerp: 'Gelijktijdig verstuurd' };
    const bodies = await Promise.all(
      [1, 2, 3].map(() => send('anna', recordCrossover, { invoer: concurrent, sleutel: 'gelijktijdig-01' })),
    );
    const results = bodies.map(resultOf);
    expect(new Set(results.map((result) => result.wijziging.id)).size).toBe(1);
    expect(results.filter((result) => !result.herhaald)).toHaveLength(1);
    const [row] = await own.neo4j.database.read(
      'count',
      'MATCH (c:Crossover) WHERE c.naam = $naam RETURN count(c) AS n',
      {
        naam: concurrent.onderwerp,
      },
    );
    expect(row?.n).toBe(1);
  });

  it('refuses a key reused for a different request', async () => {
    const body = await send('anna', recordCrossover, {
      invoer: { ...invoer, onderwerp: 'Iets anders' },
      sleutel: 'poging-0001',
    });
    expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'idempotentieSleutel' });
  });

  it('keeps keys per caller: the same key from someone else is a new request', async () => {
    const body = await send('bram', recordCrossover, {
      invoer: { ...invoer, onderwerp: 'Van Bram' },
      sleutel: 'poging-0001',
    });
    expect(resultOf(body).herhaald).toBe(false);
  });

  it('refuses a malformed key', async () => {
    const body = await send('anna', recordCrossover, { invoer, sleutel: 'kort' });
    expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'idempotentieSleutel' });
  });
});

describe('editing a crossover', () => {
  let id: string;
  beforeAll(async () => {
    const body = await send('anna', recordCrossover, {
      invoer: {
        onderwerp: 'Energie en economie',
        opgaven: ['opgave:klimaat', 'opgave:regionale-economie'],
        bronnen: [dwarsverbandenSource, sociaalDomeinSource],
      },
    });
    id = resultOf(body).knooppunt.id;
  });

  it('changes what is given, replaces the opgaven, raises the version and keeps before and after', async () => {
    const body = await send('bram', editCrossover, {
      invoer: { id, versie: 1, toelichting: 'Warmtenetten.', opgaven: ['opgave:klimaat', 'opgave:wonen'] },
    });
    const result = resultOf(body);
    expect(result.knooppunt).toMatchObject({
      naam: 'Energie en economie',
      beschrijving: 'Warmtenetten.',
      vastlegging: { door: 'anna', versie: 2 },
    });
    expect(idsOf(result.knooppunt.opgaven)).toEqual(['opgave:klimaat', 'opgave:wonen']);
    expect(result.wijziging).toMatchObject({ soort: 'BEWERKT', door: 'bram' });
    expect(result.wijziging.voor).toMatchObject({
      versie: 1,
      relaties: expect.arrayContaining([{ type: 'VERBINDT', van: id, naar: 'opgave:regionale-economie' }]),
    });
    expect(result.wijziging.na).toMatchObject({ versie: 2, beschrijving: 'Warmtenetten.' });
    // The relation to the opgave that left is kept, retracted, not deleted.
    const [kept] = await own.neo4j.database.read(
      'retracted relation',
      "MATCH (:Crossover {id: $id})-[r:INGETROKKEN]->(:Opgave {id: 'opgave:regionale-economie'}) RETURN r.type AS type, r.ingetrokkenDoor AS door",
      { id },
    );
    expect(kept).toEqual({ type: 'VERBINDT', door: 'bram' });
  });

  it('refuses an edit of an old version', async () => {
    const body = await send('anna', editCrossover, { invoer: { id, versie: 1, toelichting: 'Te laat.' } });
    expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.versie' });
    expect(errorOf(body).message).toContain('staat nu op versie 2');
  });

  it('lets exactly one of two simultaneous edits of the same version through', async () => {
    const bodies = await Promise.all(
      ['Eerste', 'Tweede', 'Derde'].map((toelichting) =>
        send('anna', editCrossover, { invoer: { id, versie: 2, toelichting } }),
      ),
    );
    const succeeded = bodies.filter((body) => !body.errors);
    expect(succeeded).toHaveLength(1);
    expect(bodies.filter((body) => errorOf(body).argument === 'invoer.versie')).toHaveLength(2);
    const [row] = await own.neo4j.database.read('version', 'MATCH (c:Crossover {id: $id}) RETURN c.versie AS versie', {
      id,
    });
    expect(row?.versie).toBe(3);
  });

  it('refuses to change a crossover from the documents', async () => {
    const before = await graphCounts();
    const body = await send('anna', editCrossover, {
      invoer: { id: 'crossover:inburgering', versie: 1, toelichting: 'Nee.' },
    });
    expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.id' });
    expect(errorOf(body).message).toContain('komt uit de brondocumenten');
    expect(await graphCounts()).toEqual(before);
  });

  it('refuses an edit that names nothing to change', async () => {
    expect(errorOf(await send('anna', editCrossover, { invoer: { id, versie: 3 } }))).toMatchObject({
      argument: 'invoer',
    });
  });
});

describe('recording a crossover with a source per opgave', () => {
  const MEMBERS = `query ($id: ID!) { crossover(id: $id) {
    opgaven(first: 100) { edges { node { id } relatie { rol rolSoort bronnen { regelVan citaat } } } } } }`;
  type Members = {
    crossover: {
      opgaven: {
        edges: Array<{
          node: { id: string };
          relatie: { rol: string; rolSoort: string; bronnen: Array<{ regelVan: number }> };
        }>;
      };
    };
  };
  /** Each member's role and the first lines of its VERBINDT's sources, by opgave. */
  async function membersOf(id: string) {
    const body = await send(undefined, MEMBERS, { id });
    expect(body.errors).toBeUndefined();
    return Object.fromEntries(
      (body.data as Members).crossover.opgaven.edges.map(({ node, relatie }) => [
        node.id,
        [relatie.rol, relatie.rolSoort, relatie.bronnen.map((bron) => bron.regelVan)],
      ]),
    );
  }

  let id: string;
  it('gives each VERBINDT its own sources and role, and the crossover its own sources', async () => {
    const body = await send('anna', recordCrossover, {
      invoer: {
        onderwerp: 'Schulden en wonen vanuit het sociaal domein',
        leden: [
          { opgave: 'opgave:sociaal-domein', rol: 'KERN', bronnen: [sociaalDomeinSource] },
          { opgave: 'opgave:schulden', bronnen: [sociaalDomeinSource] },
          { opgave: 'opgave:wonen', rol: 'VERBONDEN', bronnen: [bodemdalingSource] },
        ],
        bronnen: [sociaalDomeinSource],
      },
    });
    const result = resultOf(body);
    id = result.knooppunt.id;
    expect((result.knooppunt.bronnen as Array<{ regelVan: number }>).map((bron) => bron.regelVan)).toEqual([520]);
    expect(await membersOf(id)).toEqual({
      'opgave:sociaal-domein': ['kern', 'KERN', [520]],
      'opgave:schulden': ['verbonden', 'VERBONDEN', [520]],
      'opgave:wonen': ['verbonden', 'VERBONDEN', [920]],
    });
  });

  it("refuses a member whose own quotes do not name it, naming that member's sources, and changes nothing", async () => {
    const before = await graphCounts();
    const body = await send('anna', recordCrossover, {
      invoer: {
        onderwerp: 'Klimaat en migratie',
        leden: [
          { opgave: 'opgave:klimaat', bronnen: [bodemdalingSource] },
          { opgave: 'opgave:migratie', bronnen: [bodemdalingSource] },
        ],
        bronnen: [bodemdalingSource],
      },
    });
    expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.leden[1].bronnen' });
    expect(errorOf(body).message).toMatch(/geen citaat noemt de opgave opgave:migratie/);
    expect(await graphCounts()).toEqual(before);
  });

  it('refuses two kerns, and a kern beside leden', async () => {
    const leden = [
      { opgave: 'opgave:klimaat', rol: 'KERN', bronnen: [bodemdalingSource] },
      { opgave: 'opgave:wonen', rol: 'KERN', bronnen: [bodemdalingSource] },
    ];
    const two = await send('anna', recordCrossover, {
      invoer: { onderwerp: 'Twee kernen', leden, bronnen: [bodemdalingSource] },
    });
    expect(errorOf(two)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.leden' });
    const beside = await send('anna', recordCrossover, {
      invoer: {
        onderwerp: 'Kern ernaast',
        leden: leden.map(({ opgave, bronnen }) => ({ opgave, bronnen })),
        kern: 'opgave:klimaat',
        bronnen: [bodemdalingSource],
      },
    });
    expect(errorOf(beside)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.kern' });
  });

  it('replaces members, roles and their sources on an edit with leden, and checks the sources of an opgave that joins', async () => {
    const body = await send('bram', editCrossover, {
      invoer: {
        id,
        versie: 1,
        leden: [
          { opgave: 'opgave:sociaal-domein', bronnen: [dwarsverbandenSource] },
          { opgave: 'opgave:migratie', bronnen: [dwarsverbandenSource] },
        ],
      },
    });
    expect(resultOf(body).knooppunt.vastlegging.versie).toBe(2);
    expect(await membersOf(id)).toEqual({
      'opgave:sociaal-domein': [null, null, [253]],
      'opgave:migratie': [null, null, [253]],
    });
    // An opgave that joins takes the crossover's own sources (003 r. 520), which do not name klimaat.
    const joins = await send('bram', editCrossover, {
      invoer: { id, versie: 2, opgaven: ['opgave:sociaal-domein', 'opgave:migratie', 'opgave:klimaat'] },
    });
    expect(errorOf(joins)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.opgaven[2]' });
    expect(errorOf(joins).message).toMatch(/opgave:klimaat/);
  });
});

describe('recording a crossover with a kern', () => {
  const partnersOf = `query ($id: ID!) { opgave(id: $id) { crossoverPartners {
    opgave { id } crossover { id } verbindingen { naar rol rolSoort } } } }`;

  /** The partner opgaven `opgave` has through crossover `id` alone, sorted. */
  async function partnersThrough(opgave: string, id: string): Promise<string[]> {
    const body = await send(undefined, partnersOf, { id: opgave });
    expect(body.errors).toBeUndefined();
    const partners = (
      body.data as { opgave: { crossoverPartners: Array<{ opgave: { id: string }; crossover: { id: string } }> } }
    ).opgave.crossoverPartners;
    return partners
      .filter((partner) => partner.crossover.id === id)
      .map((partner) => partner.opgave.id)
      .sort();
  }

  let id: string;
  beforeAll(async () => {
    const body = await send('anna', recordCrossover, {
      invoer: {
        onderwerp: 'Warmte vanuit het klimaat',
        opgaven: ['opgave:klimaat', 'opgave:wonen', 'opgave:vitaal-platteland'],
        kern: 'opgave:klimaat',
        bronnen: [bodemdalingSource],
      },
    });
    id = resultOf(body).knooppunt.id;
  });

  it("makes a star: the kern is every member's partner, the other members are not each other's", async () => {
    expect(await partnersThrough('opgave:klimaat', id)).toEqual(['opgave:vitaal-platteland', 'opgave:wonen']);
    expect(await partnersThrough('opgave:wonen', id)).toEqual(['opgave:klimaat']);
    expect(await partnersThrough('opgave:vitaal-platteland', id)).toEqual(['opgave:klimaat']);
    const [row] = await own.neo4j.database.read(
      'member roles',
      'MATCH (:Crossover {id: $id})-[r:VERBINDT]->(o:Opgave) WITH o.id AS opgave, r ORDER BY opgave RETURN collect([opgave, r.rol, r.rolSoort]) AS roles',
      { id },
    );
    expect(row?.roles).toEqual([
      ['opgave:klimaat', 'kern', 'kern'],
      ['opgave:vitaal-platteland', 'verbonden', 'verbonden'],
      ['opgave:wonen', 'verbonden', 'verbonden'],
    ]);
  });

  it('moves the kern on an edit, keeps it when the edit does not name it, and removes it with null', async () => {
    let body = await send('anna', editCrossover, { invoer: { id, versie: 1, kern: 'opgave:wonen' } });
    expect(resultOf(body).wijziging.na).toMatchObject({
      relaties: expect.arrayContaining([{ type: 'VERBINDT', van: id, naar: 'opgave:wonen', rol: 'kern' }]),
    });
    expect(await partnersThrough('opgave:klimaat', id)).toEqual(['opgave:wonen']);
    expect(await partnersThrough('opgave:wonen', id)).toEqual(['opgave:klimaat', 'opgave:vitaal-platteland']);

    body = await send('anna', editCrossover, { invoer: { id, versie: 2, toelichting: 'De kern blijft.' } });
    expect(resultOf(body).knooppunt.vastlegging.versie).toBe(3);
    expect(await partnersThrough('opgave:vitaal-platteland', id)).toEqual(['opgave:wonen']);

    body = await send('anna', editCrossover, { invoer: { id, versie: 3, kern: null } });
    expect(resultOf(body).knooppunt.vastlegging.versie).toBe(4);
    expect(await partnersThrough('opgave:vitaal-platteland', id)).toEqual(['opgave:klimaat', 'opgave:wonen']);
  });

  it('refuses a kern that is not one of the opgaven, and changes nothing', async () => {
    const before = await graphCounts();
    const recorded = await send('anna', recordCrossover, {
      invoer: {
        onderwerp: 'Een kern van buiten',
        opgaven: ['opgave:klimaat', 'opgave:wonen'],
        kern: 'opgave:migratie',
        bronnen: [dwarsverbandenSource],
      },
    });
    expect(errorOf(recorded)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.kern' });
    const edited = await send('anna', editCrossover, { invoer: { id, versie: 4, kern: 'opgave:migratie' } });
    expect(errorOf(edited)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.kern' });
    expect(await graphCounts()).toEqual(before);
  });
});

describe('links, regions and sources', () => {
  it('links an opgave to a region, edits the link and retracts it, keeping its history', async () => {
    const invoer = {
      van: 'opgave:schulden',
      naar: 'regio:food-valley',
      toelichting: 'Stikstof.',
      bronnen: [inburgeringSource],
    };
    const made = resultOf(await send('anna', linkOpgave, { invoer }));
    expect(made.relatie).toMatchObject({
      type: 'SPEELT_IN',
      van: invoer.van,
      naar: invoer.naar,
      vastlegging: { door: 'anna', versie: 1 },
    });
    expect(made.relatie.eigenschappen).toEqual([{ naam: 'toelichting', waarde: 'Stikstof.' }]);
    expect(made.wijziging.onderwerp).toBe('opgave:schulden>SPEELT_IN>regio:food-valley');

    const twice = await send('bram', linkOpgave, { invoer });
    expect(errorOf(twice)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.naar' });
    expect(errorOf(twice).message).toContain('is al vastgelegd');

    const edited = resultOf(
      await send('bram', editLink, {
        invoer: { van: invoer.van, type: 'SPEELT_IN', naar: invoer.naar, versie: 1, toelichting: 'Stikstof en water.' },
      }),
    );
    expect(edited.relatie).toMatchObject({
      vastlegging: { versie: 2 },
      eigenschappen: [{ naam: 'toelichting', waarde: 'Stikstof en water.' }],
    });

    const regionsBefore = await send(
      undefined,
      '{ opgave(id: "opgave:schulden") { regios(first: 100) { edges { node { id } } } } }',
    );
    expect(JSON.stringify(regionsBefore.data)).toContain('regio:food-valley');
    const retracted = resultOf(
      await send('anna', retractLink, {
        invoer: { van: invoer.van, type: 'SPEELT_IN', naar: invoer.naar, versie: 2, reden: 'Dubbel met Achterhoek.' },
      }),
    );
    expect(retracted.relatie).toBeNull();
    expect(retracted.wijziging).toMatchObject({
      soort: 'INGETROKKEN',
      na: null,
      voor: { toelichting: 'Stikstof en water.', versie: 2 },
    });
    const regionsAfter = await send(
      undefined,
      '{ opgave(id: "opgave:schulden") { regios(first: 100) { edges { node { id } } } } }',
    );
    expect(JSON.stringify(regionsAfter.data)).not.toContain('regio:food-valley');

    const history = await send(
      'analist',
      '{ wijzigingen(knooppunt: "regio:food-valley", door: "bram") { totalCount edges { node { soort mutatie } } } }',
    );
    expect(history.data?.wijzigingen).toMatchObject({
      totalCount: 1,
      edges: [{ node: { soort: 'BEWERKT', mutatie: 'koppelingBewerken' } }],
    });
  });

  it('refuses a link that the documents already make, and changes to it', async () => {
    const seeded = { van: 'opgave:klimaat', naar: 'regio:zuidoost-drenthe' };
    const twice = await send('anna', linkOpgave, { invoer: { ...seeded, bronnen: [inburgeringSource] } });
    expect(errorOf(twice).message).toContain('staat al in de brondocumenten');
    const retraction = await send('anna', retractLink, {
      invoer: { ...seeded, type: 'SPEELT_IN', versie: 1, reden: 'Probeer.' },
    });
    expect(errorOf(retraction)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer' });
    expect(errorOf(retraction).message).toContain('komt uit de brondocumenten');
  });

  it('links an instrument to a region, and refuses ends of the wrong kind', async () => {
    const made = resultOf(
      await send('anna', linkInstrument, {
        invoer: { van: 'instrument:regiodeals', naar: 'regio:food-valley', bronnen: [inburgeringSource] },
      }),
    );
    expect(made.relatie).toMatchObject({ type: 'INSTRUMENT_VOOR' });
    const wrong = await send('anna', linkInstrument, {
      invoer: { van: 'regio:food-valley', naar: 'opgave:klimaat', bronnen: [inburgeringSource] },
    });
    expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.van' });
  });

  it('adds a region in a province, and a retracted region leaves every answer but keeps its history', async () => {
    const added = resultOf(
      await send('anna', addRegion, {
        invoer: {
          naam: 'Regio Foodvalley-Oost',
          beschrijving: 'Proefgebied.',
          ligtIn: ['provincie:gelderland'],
          grond: 'naam: Foodvalley',
          bronnen: [inburgeringSource],
        },
      }),
    );
    const id = added.knooppunt.id;
    expect(id).toBe('regio:regio-foodvalley-oost');
    expect(
      errorOf(
        await send('bram', addRegion, { invoer: { naam: 'regio foodvalley oost', bronnen: [inburgeringSource] } }),
      ),
    ).toMatchObject({ argument: 'invoer.naam' });
    resultOf(
      await send('anna', linkOpgave, { invoer: { van: 'opgave:wonen', naar: id, bronnen: [inburgeringSource] } }),
    );
    const path = await send(undefined, `{ pad(van: "opgave:wonen", naar: "${id}") { stappen { relatie { type } } } }`);
    expect(JSON.stringify(path.data)).toContain('SPEELT_IN');

    const retracted = resultOf(await send('bram', retract, { invoer: { id, versie: 1, reden: 'Bestaat niet meer.' } }));
    expect(retracted.wijziging).toMatchObject({
      soort: 'INGETROKKEN',
      knooppunten: expect.arrayContaining([id, 'opgave:wonen', 'provincie:gelderland']),
    });
    expect(retracted.knooppunt).toBeNull();

    const after = await send(
      undefined,
      `{ regio(id: "${id}") { id } zoek(tekst: "Foodvalley-Oost") { totalCount }
      opgave(id: "opgave:wonen") { regios(first: 100) { edges { node { id } } } }
      pad(van: "opgave:wonen", naar: "provincie:gelderland", maxStappen: 2) { stappen { van { id } naar { id } } } }`,
    );
    expect(after.data?.regio).toBeNull();
    expect(JSON.stringify(after.data)).not.toContain(id);
    const history = await send(
      'anna',
      `{ wijzigingen(knooppunt: "${id}") { totalCount edges { node { soort voor } } } }`,
    );
    expect(history.data?.wijzigingen).toMatchObject({ totalCount: 3 });
    expect(
      (history.data?.wijzigingen as { edges: Array<{ node: { soort: string } }> }).edges.map((edge) => edge.node.soort),
    ).toEqual(['INGETROKKEN', 'VASTGELEGD', 'VASTGELEGD']);
  });

  it('adds a source that facts cite by quote and place, and keeps it while they do', async () => {
    const source = resultOf(
      await send('anna', addSource, {
        invoer: {
          naam: 'Regiodeal Foodvalley',
          url: 'https://example.org/regiodeal-foodvalley',
          datum: '2019-06-14',
          afzender: 'LNV',
        },
      }),
    ).knooppunt;
    expect(source).toMatchObject({ id: 'document:regiodeal-foodvalley', vastlegging: { versie: 1 } });
    const cited = { document: source.id, citaat: 'eiwittransitie en gezonde voeding', vindplaats: 'p. 4' };
    expect(
      errorOf(
        await send('anna', linkInstrument, {
          invoer: {
            van: 'instrument:regiodeals',
            naar: 'opgave:vitaal-platteland',
            bronnen: [{ ...cited, regelVan: 1, regelTot: 2 }],
          },
        }),
      ),
    ).toMatchObject({ argument: 'invoer.bronnen[0].regelVan' });
    const link = resultOf(
      await send('anna', linkInstrument, {
        invoer: { van: 'instrument:regiodeals', naar: 'opgave:vitaal-platteland', bronnen: [cited] },
      }),
    );
    expect(link.relatie.bronnen).toEqual([{ citaat: cited.citaat, vindplaats: 'p. 4' }]);
    expect(
      errorOf(
        await send('anna', addSource, {
          invoer: { naam: 'Andere titel', url: 'https://example.org/regiodeal-foodvalley' },
        }),
      ),
    ).toMatchObject({ argument: 'invoer.url' });
    expect(
      errorOf(await send('anna', addSource, { invoer: { naam: 'Slecht adres', url: 'javascript:alert(1)' } })),
    ).toMatchObject({ argument: 'invoer.url' });

    const refused = await send('anna', retract, { invoer: { id: source.id, versie: 1, reden: 'Verkeerde bron.' } });
    expect(errorOf(refused)).toMatchObject({ argument: 'invoer.id' });
    expect(errorOf(refused).message).toContain('is nog de bron van 1 feiten');
    resultOf(
      await send('anna', retractLink, {
        invoer: {
          van: 'instrument:regiodeals',
          type: 'INSTRUMENT_VOOR',
          naar: 'opgave:vitaal-platteland',
          versie: 1,
          reden: 'Verkeerde bron.',
        },
      }),
    );
    expect(
      resultOf(await send('anna', retract, { invoer: { id: source.id, versie: 1, reden: 'Verkeerde bron.' } }))
        .wijziging.soort,
    ).toBe('INGETROKKEN');
  });
});

describe('the audit trail', () => {
  it('answers who changed what, by person and by period, newest first', async () => {
    const all = await send('analist', '{ wijzigingen(first: 100) { totalCount edges { node { op door } } } }');
    const edges = (
      all.data?.wijzigingen as { totalCount: number; edges: Array<{ node: { op: string; door: string } }> }
    ).edges;
    expect(edges.length).toBeGreaterThan(10);
    const times = edges.map((edge) => edge.node.op);
    expect([...times].sort().reverse()).toEqual(times);

    const byBram = await send('analist', '{ wijzigingen(door: "bram", first: 100) { edges { node { door } } } }');
    const doors = (byBram.data?.wijzigingen as { edges: Array<{ node: { door: string } }> }).edges.map(
      (edge) => edge.node.door,
    );
    expect(doors.length).toBeGreaterThan(0);
    expect(new Set(doors)).toEqual(new Set(['bram']));

    const future = await send('analist', '{ wijzigingen(vanaf: "2999-01-01") { totalCount } }');
    expect(future.data?.wijzigingen).toEqual({ totalCount: 0 });
    const past = await send('analist', '{ wijzigingen(tot: "2000-01-01T00:00:00Z") { totalCount } }');
    expect(past.data?.wijzigingen).toEqual({ totalCount: 0 });
  });

  it('is for known callers only, and refuses malformed filters by name', async () => {
    expect(errorOf(await send(undefined, '{ wijzigingen { totalCount } }'))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await send('analist', '{ wijzigingen(vanaf: "gisteren") { totalCount } }'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'vanaf',
    });
    expect(errorOf(await send('analist', '{ wijzigingen(knooppunt: "x y") { totalCount } }'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'knooppunt',
    });
  });
});

describe('injection strings in mutation input are only ever data', () => {
  const injections = [
    "x'}) MATCH (n) DETACH DELETE n //",
    '") CALL dbms.killTransactions() //',
    "' OR 1=1 //",
    '${naam} `Entiteit` $id',
  ];

  it.each(injections)('stores %s verbatim or refuses it, and touches nothing else', async (value) => {
    const before = await graphCounts();
    const made = await send('anna', addRegion, {
      invoer: { naam: `Regio ${value}`, beschrijving: value, bronnen: [{ ...inburgeringSource, citaat: value }] },
    });
    // The quote is not in the document, so the source check refuses it, naming the field.
    expect(errorOf(made)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.bronnen[0].citaat' });
    const source = resultOf(
      await send('anna', addSource, { invoer: { naam: `Bron ${value}`, afzender: value, beschrijving: value } }),
    ).knooppunt;
    expect(source.naam).toBe(`Bron ${value}`.replace(/\s+/g, ' '));
    const [stored] = await own.neo4j.database.read(
      'stored text',
      'MATCH (d:Document {id: $id}) RETURN d.afzender AS afzender, d.beschrijving AS beschrijving',
      { id: source.id },
    );
    expect(stored).toEqual({ afzender: value.replace(/\s+/g, ' '), beschrijving: value });
    for (const [argument, type] of [
      ['door', 'String'],
      ['knooppunt', 'ID'],
      ['vanaf', 'String'],
    ]) {
      const body = await send('analist', `query ($v: ${type}) { wijzigingen(${argument}: $v) { totalCount } }`, {
        v: value,
      });
      for (const error of body.errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const after = await graphCounts();
    expect(after?.nodes).toBe((before?.nodes as number) + 2); // the source and its audit entry
    expect(after?.relations).toBe(before?.relations);
  });
});

describe('recording a link of a given kind', () => {
  const linkTyped = `mutation ($invoer: KoppelingVastleggenInvoer!) { koppelingVastleggen(invoer: $invoer) { ${RESULT} } }`;
  const outgoing = `query ($van: ID!, $type: RelatieType!) { node(id: $van) { ... on Entiteit {
    verbanden(typen: [$type], richting: UIT, first: 100) { edges { node { id } relatie { eigenschappen { naam waarde } } } } } } }`;
  type Outgoing = {
    node: { verbanden: { edges: Array<{ node: { id: string }; relatie: { eigenschappen: unknown[] } }> } };
  };

  it.each([
    ['LIGT_IN', 'regio:food-valley', 'provincie:gelderland', { grond: 'rond de universiteit in Wageningen' }],
    ['BASIS_VOOR', 'instrument:regiodeals', 'opgave:vitaal-platteland', { grond: 'sluiten aan bij' }],
    ['FINANCIERT', 'instrument:regionale-envelop', 'regio:food-valley', { bijdrage: 'bijdragen uit de regio-envelop' }],
    ['GENOEMD_IN_GESPREKSRONDE', 'regio:food-valley', 'provincie:utrecht', { onderwerp: 'economische ontwikkeling' }],
    ['DEELT', 'provincie:noord-holland', 'regio:food-valley', { onderwerp: 'de eiwittransitie', met: 'Gelderland' }],
    ['BESPREEKT', 'overleg:bac-energie', 'opgave:wonen', {}],
    ['INSTRUMENT_VOOR', 'instrument:regiodeals', 'instrument:regionale-envelop', {}],
  ])('records %s with what its kind carries, and the graph then holds it', async (type, van, naar, properties) => {
    const made = resultOf(
      await send('anna', linkTyped, { invoer: { type, van, naar, ...properties, bronnen: [inburgeringSource] } }),
    );
    expect(made.relatie).toMatchObject({ type, van, naar, vastlegging: { door: 'anna', versie: 1 } });
    expect(made.wijziging).toMatchObject({ mutatie: 'koppelingVastleggen', onderwerp: `${van}>${type}>${naar}` });
    const read = await send(undefined, outgoing, { van, type });
    expect(read.errors).toBeUndefined();
    const edge = (read.data as Outgoing).node.verbanden.edges.find((candidate) => candidate.node.id === naar);
    expect(edge).toBeDefined();
    for (const [naam, waarde] of Object.entries(properties)) {
      expect(edge?.relatie.eigenschappen).toContainEqual({ naam, waarde });
    }
  });

  it.each([
    [
      'LIGT_IN without its ground',
      { type: 'LIGT_IN', van: 'regio:veluwe', naar: 'provincie:gelderland' },
      'invoer.grond',
      /is verplicht bij LIGT_IN/,
    ],
    [
      'BASIS_VOOR without its ground',
      { type: 'BASIS_VOOR', van: 'instrument:regiodeals', naar: 'opgave:wonen' },
      'invoer.grond',
      /is verplicht bij BASIS_VOOR/,
    ],
    [
      'DEELT without the other province',
      { type: 'DEELT', van: 'provincie:utrecht', naar: 'regio:veluwe', onderwerp: 'de Veluwe' },
      'invoer.met',
      /is verplicht bij DEELT/,
    ],
    [
      'SPEELT_IN without its subject',
      { type: 'SPEELT_IN', van: 'opgave:migratie', naar: 'regio:veluwe' },
      'invoer.onderwerp',
      /is verplicht bij SPEELT_IN: waarover, in de woorden van de tekst/,
    ],
    [
      'GENOEMD_IN_GESPREKSRONDE without its subject',
      { type: 'GENOEMD_IN_GESPREKSRONDE', van: 'regio:veluwe', naar: 'provincie:utrecht' },
      'invoer.onderwerp',
      /is verplicht/,
    ],
    [
      'a property its kind does not carry',
      { type: 'LIGT_IN', van: 'regio:veluwe', naar: 'provincie:gelderland', grond: 'naam', bijdrage: '€ 5 mln.' },
      'invoer.bijdrage',
      /hoort niet bij LIGT_IN/,
    ],
    [
      'an end of the wrong kind',
      { type: 'BESPREEKT', van: 'opgave:wonen', naar: 'opgave:klimaat' },
      'invoer.van',
      /Opgave/,
    ],
    [
      'a link the documents hold',
      { type: 'LIGT_IN', van: 'regio:chemelot', naar: 'provincie:limburg', grond: 'haakjes' },
      'invoer.naar',
      /staat al in de brondocumenten/,
    ],
    [
      'a kind with a mutation of its own',
      { type: 'KNELPUNT_BIJ', van: 'knelpunt:tekorten-jeugdzorg', naar: 'opgave:wonen' },
      'invoer.type',
      /knelpuntKoppelen/,
    ],
  ])('refuses %s, naming the field, and changes nothing', async (_case, invoer, argument, message) => {
    const before = await graphCounts();
    const body = await send('anna', linkTyped, { invoer: { ...invoer, bronnen: [inburgeringSource] } });
    expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(errorOf(body).message).toMatch(message);
    expect(await graphCounts()).toEqual(before);
  });

  it('records a SPEELT_IN with its subject, which the opgave’s regions then show on the relation', async () => {
    const invoer = {
      type: 'SPEELT_IN',
      van: 'opgave:migratie',
      naar: 'regio:veluwe',
      onderwerp: 'het thema inburgering',
      bronnen: [inburgeringSource],
    };
    const made = resultOf(await send('anna', linkTyped, { invoer }));
    expect(made.relatie).toMatchObject({ type: 'SPEELT_IN', van: invoer.van, naar: invoer.naar });
    expect(made.relatie.eigenschappen).toContainEqual({ naam: 'onderwerp', waarde: 'het thema inburgering' });
    const read = await send(
      undefined,
      `{ opgave(id: "opgave:migratie") { regios(first: 100) {
        edges { node { id } relatie { type eigenschappen { naam waarde } } } } } }`,
    );
    expect(read.errors).toBeUndefined();
    type Regions = {
      opgave: {
        regios: { edges: Array<{ node: { id: string }; relatie: { type: string; eigenschappen: unknown[] } }> };
      };
    };
    const edge = (read.data as Regions).opgave.regios.edges.find(({ node }) => node.id === 'regio:veluwe');
    expect(edge?.relatie.type).toBe('SPEELT_IN');
    expect(edge?.relatie.eigenschappen).toContainEqual({ naam: 'onderwerp', waarde: 'het thema inburgering' });
  });

  it('still records a SPEELT_IN without a subject through the deprecated opgaveKoppelenAanRegio', async () => {
    const invoer = { van: 'opgave:wonen', naar: 'regio:veluwe', bronnen: [inburgeringSource] };
    const made = resultOf(await send('anna', linkOpgave, { invoer }));
    expect(made.relatie).toMatchObject({ type: 'SPEELT_IN', van: invoer.van, naar: invoer.naar });
    expect(made.relatie.eigenschappen).toEqual([]);
    const schema = await send(
      undefined,
      `{ __type(name: "Mutation") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`,
    );
    type Fields = {
      __type: { fields: Array<{ name: string; isDeprecated: boolean; deprecationReason: string | null }> };
    };
    const field = (schema.data as Fields).__type.fields.find(({ name }) => name === 'opgaveKoppelenAanRegio');
    expect(field?.isDeprecated).toBe(true);
    expect(field?.deprecationReason).toMatch(/koppelingVastleggen.*SPEELT_IN.*onderwerp/);
  });

  it('edits the ground of a recorded LIGT_IN, and refuses a property its kind does not carry', async () => {
    const link = { van: 'regio:food-valley', type: 'LIGT_IN', naar: 'provincie:gelderland' };
    const edited = resultOf(
      await send('bram', editLink, { invoer: { ...link, versie: 1, grond: 'naam: Food Valley' } }),
    );
    expect(edited.relatie.eigenschappen).toContainEqual({ naam: 'grond', waarde: 'naam: Food Valley' });
    const wrong = await send('bram', editLink, { invoer: { ...link, versie: 2, met: 'Utrecht' } });
    expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.met' });
  });

  it('asks a new region that lies somewhere for the ground of it', async () => {
    const before = await graphCounts();
    const body = await send('anna', addRegion, {
      invoer: { naam: 'Regio zonder grond', ligtIn: ['provincie:gelderland'], bronnen: [inburgeringSource] },
    });
    expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'invoer.grond' });
    expect(await graphCounts()).toEqual(before);
    const made = resultOf(
      await send('anna', addRegion, {
        invoer: {
          naam: 'Regio met grond',
          ligtIn: ['provincie:gelderland'],
          grond: 'in Gelderland',
          bronnen: [inburgeringSource],
        },
      }),
    );
    const read = await send(undefined, outgoing, { van: made.knooppunt.id, type: 'LIGT_IN' });
    expect((read.data as Outgoing).node.verbanden.edges[0]?.relatie.eigenschappen).toContainEqual({
      naam: 'grond',
      waarde: 'in Gelderland',
    });
  });
});
