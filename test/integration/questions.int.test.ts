import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql, startTestService, type RunningService } from '../support/service.js';

/*
 * Questions a liaison, front-end developer or analyst asks of IBP Graph, asked over HTTP and
 * checked against what the five source documents say. Above each test: the document and the
 * line(s) in seeds/documenten/ that give the answer.
 *   000 = mededeling of 8 February 2018          001 = IPO memo of 2 May 2018
 *   002 = VNG ledenbrief of 16 March 2018        003 = VNG ledenbrief of 15 February 2018 with the Programmastart IBP
 *   004 = web text "1 jaar IBP" (February 2019)
 */

let service: RunningService;

beforeAll(async () => {
  service = await startTestService();
});
afterAll(async () => {
  await service.stop();
});

// ------------------------------------------------------------------ helpers

interface Eigenschap {
  naam: string;
  waarde: string;
}
interface Bron {
  citaat: string;
  tekst: string;
  regelVan: number;
  regelTot: number;
  document: { id: string };
}
interface Variant {
  eigenschap: string;
  waarde: string;
  bron: Bron;
}
interface Relatie {
  type: string;
  rol: string | null;
  onderwerp: string | null;
  eigenschappen: Eigenschap[];
  bronnen: Bron[];
}
interface Edge<N> {
  node: N;
  relatie: Relatie | null;
}
interface Connection<N = Ref> {
  totalCount: number;
  edges: Array<Edge<N>>;
}
interface Ref {
  id: string;
  naam: string;
}
interface MijlpaalLike extends Ref {
  datum: string | null;
}

/** Posts a query the way a front-end does; fails the test on any GraphQL error. */
async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { status, body } = await postGraphql(service.baseUrl, { query, variables });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  if (!body.data) throw new Error('the response has no data');
  return body.data as T;
}

const BRON = 'citaat tekst regelVan regelTot document { id }';

const ids = (connection: { edges: Array<{ node: { id: string } }> }): string[] => connection.edges.map((edge) => edge.node.id);
const sorted = (values: readonly string[]): string[] => [...values].sort();
const waarde = (eigenschappen: readonly Eigenschap[], naam: string): string | undefined =>
  eigenschappen.find((eigenschap) => eigenschap.naam === naam)?.waarde;
/** Collapses every run of whitespace (NBSP included), as MODEL.md's quote check does. */
const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();
const relatieOf = <N extends { id: string }>(connection: Connection<N>, id: string): Relatie => {
  const relatie = connection.edges.find((edge) => edge.node.id === id)?.relatie;
  if (!relatie) throw new Error(`no relation to ${id}`);
  return relatie;
};

// ------------------------------------------------------------------ the ten opgaven

describe('the ten opgaven', () => {
  // 003 r.153–162 (table of contents) and the chapter headings, e.g. r.334 "1. Samen aan de slag voor het klimaat",
  // r.597 "6. Problematische schulden voorkomen en oplossen", r.635 "7. Nederland en migrant voorbereid"
  it('there are ten opgaven, numbered 1 to 10 as the chapters of the programme number them', async () => {
    const { opgaven } = await ask<{ opgaven: Connection<Ref & { nummer: number }> }>(
      '{ opgaven { totalCount edges { node { id naam nummer } } } }',
    );
    expect(opgaven.totalCount).toBe(10);
    expect(opgaven.edges.map(({ node }) => [node.nummer, node.id, node.naam])).toEqual([
      [1, 'opgave:klimaat', 'Samen aan de slag voor het klimaat'],
      [2, 'opgave:wonen', 'Toekomstbestendig wonen'],
      [3, 'opgave:regionale-economie', 'Regionale economie als versneller'],
      [4, 'opgave:vitaal-platteland', 'Naar een vitaal platteland'],
      [5, 'opgave:sociaal-domein', 'Merkbaar beter in het sociaal domein'],
      [6, 'opgave:schulden', 'Problematische schulden voorkomen en oplossen'],
      [7, 'opgave:migratie', 'Nederland en migrant voorbereid'],
      [8, 'opgave:goed-openbaar-bestuur', 'Goed openbaar bestuur in een veranderende samenleving'],
      [9, 'opgave:financiele-verhoudingen', 'Passende financiële verhoudingen'],
      [10, 'opgave:overkoepelend', "Overkoepelende thema's"],
    ]);
  });

  // 003 r.242–251: the table groups "Fysiek" 1–4, "Sociaal" 5–7 and "Overkoepelend" 8–10
  it.each([
    ['FYSIEK', ['opgave:klimaat', 'opgave:wonen', 'opgave:regionale-economie', 'opgave:vitaal-platteland']],
    ['SOCIAAL', ['opgave:sociaal-domein', 'opgave:schulden', 'opgave:migratie']],
    ['OVERKOEPELEND', ['opgave:goed-openbaar-bestuur', 'opgave:financiele-verhoudingen', 'opgave:overkoepelend']],
  ])('the %s opgaven are the ones the table groups so', async (categorie, expected) => {
    const { opgaven } = await ask<{ opgaven: Connection<Ref & { categorie: string }> }>(
      'query ($categorie: OpgaveCategorie) { opgaven(categorie: $categorie) { totalCount edges { node { id categorie } } } }',
      { categorie },
    );
    expect(ids(opgaven)).toEqual(expected);
    expect(opgaven.edges.every(({ node }) => node.categorie === categorie)).toBe(true);
  });

  // 003 r.597: "6. Problematische schulden voorkomen en oplossen" (heading) vs r.248: "7. Problematische schulden
  // voorkomen en oplossen" (table)
  it('schulden is number 6 by its chapter, but number 7 in the table, and both claims show their source', async () => {
    const { opgave } = await ask<{ opgave: { nummer: number; bronnen: Bron[]; varianten: Variant[] } }>(
      `{ opgave(id: "opgave:schulden") { nummer bronnen { ${BRON} } varianten { eigenschap waarde bron { ${BRON} } } } }`,
    );
    expect(opgave.nummer).toBe(6);
    expect(opgave.bronnen).toContainEqual(
      expect.objectContaining({
        regelVan: 597,
        citaat: expect.stringContaining('6. Problematische schulden'),
        document: { id: 'document:ibp-programmastart' },
      }),
    );
    const nummer = opgave.varianten.filter((variant) => variant.eigenschap === 'nummer');
    expect(nummer).toHaveLength(1);
    expect(nummer[0]).toMatchObject({
      waarde: '7',
      bron: { regelVan: 248, regelTot: 248, document: { id: 'document:ibp-programmastart' }, citaat: expect.stringContaining('7. Problematische schulden') },
    });
  });

  // 003 r.635: "7. Nederland en migrant voorbereid" (heading) vs r.247: "6. Nederland en Migrant goed voorbereid" (table)
  it('migratie is number 7 by its chapter, but number 6 in the table, with the table line as source', async () => {
    const { opgave } = await ask<{ opgave: { nummer: number; bronnen: Bron[]; varianten: Variant[] } }>(
      `{ opgave(id: "opgave:migratie") { nummer bronnen { ${BRON} } varianten { eigenschap waarde bron { ${BRON} } } } }`,
    );
    expect(opgave.nummer).toBe(7);
    expect(opgave.bronnen).toContainEqual(expect.objectContaining({ regelVan: 635, citaat: expect.stringContaining('7. Nederland en migrant voorbereid') }));
    expect(opgave.varianten.filter((variant) => variant.eigenschap === 'nummer')).toEqual([
      expect.objectContaining({
        waarde: '6',
        bron: expect.objectContaining({ regelVan: 247, citaat: '6. Nederland en Migrant goed voorbereid', document: { id: 'document:ibp-programmastart' } }),
      }),
    ]);
  });

  // 003 r.247: "6. Nederland en Migrant goed voorbereid" (table); r.86: "e) Migratie en integratie" (ledenbrief list)
  it('the migration opgave is also called "Nederland en Migrant goed voorbereid" and "Migratie en integratie"', async () => {
    const { opgave } = await ask<{ opgave: { naam: string; varianten: Variant[] } }>(
      `{ opgave(id: "opgave:migratie") { naam varianten { eigenschap waarde bron { ${BRON} } } } }`,
    );
    expect(opgave.naam).toBe('Nederland en migrant voorbereid');
    const namen = opgave.varianten.filter((variant) => variant.eigenschap === 'naam');
    expect(namen.map((variant) => [variant.waarde, variant.bron.regelVan])).toEqual(
      expect.arrayContaining([
        ['Nederland en Migrant goed voorbereid', 247],
        ['Migratie en integratie', 86],
      ]),
    );
    expect(namen).toHaveLength(2);
  });

  // 003 r.85: "d) Participatie en passende ondersteuning voor jong en oud" vs r.514: "5. Merkbaar beter in het sociaal domein"
  it('the social-domain opgave appears in the ledenbrief as "Participatie en passende ondersteuning voor jong en oud"', async () => {
    const { opgave } = await ask<{ opgave: { naam: string; varianten: Variant[] } }>(
      `{ opgave(id: "opgave:sociaal-domein") { naam varianten { eigenschap waarde bron { ${BRON} } } } }`,
    );
    expect(opgave.naam).toBe('Merkbaar beter in het sociaal domein');
    expect(opgave.varianten).toContainEqual(
      expect.objectContaining({
        eigenschap: 'naam',
        waarde: 'Participatie en passende ondersteuning voor jong en oud',
        bron: expect.objectContaining({ regelVan: 85, document: { id: 'document:ibp-programmastart' } }),
      }),
    );
  });

  // 003 r.241–251 (ten in the table) vs r.324: "op de negen maatschappelijke opgaven" vs r.80–89: eight "geagendeerde
  // onderwerpen" (a–h); 001 r.67: "Van de tien thema’s"; 004 r.7: "De 10 IBP-opgaven"
  it('the IBP has ten opgaven, though one passage speaks of nine and the ledenbrief lists eight', async () => {
    const { instrument } = await ask<{ instrument: { eigenschappen: Eigenschap[]; varianten: Variant[] } }>(
      `{ instrument(id: "instrument:interbestuurlijk-programma") { eigenschappen { naam waarde } varianten { eigenschap waarde bron { ${BRON} } } } }`,
    );
    expect(waarde(instrument.eigenschappen, 'aantalOpgaven')).toBe('10');
    const aantallen = instrument.varianten
      .filter((variant) => variant.eigenschap === 'aantalOpgaven')
      .map((variant) => [variant.waarde, variant.bron.document.id, variant.bron.regelVan]);
    expect(aantallen).toEqual(
      expect.arrayContaining([
        ['9', 'document:ibp-programmastart', 324],
        ['8', 'document:ibp-programmastart', 80],
        ['10', 'document:ipo-memo-2018-05-02', 67],
        ['10', 'document:ibp-een-jaar', 7],
      ]),
    );
  });

  // 003 r.757–801: the sections of "10. Overkoepelende thema's" (Regionale gebiedsgerichte aanpak, Krimp en
  // Bevolkingsdaling, Nationale Omgevingsvisie (NOVI), Europese Unie, Grensoverschrijdende Samenwerking);
  // 001 r.628–630 lists the same five
  it("the overkoepelende thema's are the regional approach, krimp, the NOVI, the EU and cross-border cooperation", async () => {
    const { themas } = await ask<{ themas: Connection }>('{ themas(opgave: "opgave:overkoepelend") { totalCount edges { node { id naam } } } }');
    expect(themas.edges.map(({ node }) => node.naam)).toEqual([
      'Europese Unie',
      'Grensoverschrijdende Samenwerking',
      'Krimp en Bevolkingsdaling',
      'Nationale Omgevingsvisie (NOVI)',
      'Regionale gebiedsgerichte aanpak',
    ]);
  });
});

// ------------------------------------------------------------------ trekkers

describe('who leads (trekker) each opgave', () => {
  const trekkersQuery = `query ($id: ID!) { opgave(id: $id) {
      trekkers { totalCount edges { node { id afkorting } relatie { type rol bronnen { ${BRON} } } } } } }`;
  type Trekkers = { opgave: { trekkers: Connection<{ id: string; afkorting: string }> } };

  // 001 r.521–525: "Naar een vitaal platteland / Trekker / LNV en IPO"
  it('LNV and IPO lead vitaal platteland, each together with the other', async () => {
    const { opgave } = await ask<Trekkers>(trekkersQuery, { id: 'opgave:vitaal-platteland' });
    expect(sorted(ids(opgave.trekkers))).toEqual(['koepel:ipo', 'ministerie:lnv']);
    expect(relatieOf(opgave.trekkers, 'ministerie:lnv')).toMatchObject({ type: 'TREKKER_VAN', rol: 'trekker (met IPO)' });
    expect(relatieOf(opgave.trekkers, 'koepel:ipo')).toMatchObject({ type: 'TREKKER_VAN', rol: 'trekker (met LNV)' });
    for (const { relatie } of opgave.trekkers.edges) {
      expect(relatie?.bronnen).toContainEqual(expect.objectContaining({ regelVan: 521, regelTot: 525, document: { id: 'document:ipo-memo-2018-05-02' } }));
    }
  });

  // 001 r.427–433: "Samen aan de slag voor het klimaat / Trekker / EZK / (IenW voor adaptatie en circulair)"
  it('EZK leads klimaat, with IenW as trekker for adaptation and circular economy', async () => {
    const { opgave } = await ask<Trekkers>(trekkersQuery, { id: 'opgave:klimaat' });
    expect(sorted(ids(opgave.trekkers))).toEqual(['ministerie:ezk', 'ministerie:ienw']);
    expect(relatieOf(opgave.trekkers, 'ministerie:ezk').rol).toMatch(/^trekker/);
    expect(relatieOf(opgave.trekkers, 'ministerie:ienw').rol).toBe('trekker voor adaptatie en circulair');
    expect(relatieOf(opgave.trekkers, 'ministerie:ienw').bronnen[0]?.citaat).toBe('(IenW voor adaptatie en circulair)');
  });

  // 001 r.489–492: "Regionale economie als versneller / Trekker / IPO met EZK"
  it('IPO leads regionale economie together with EZK', async () => {
    const { opgave } = await ask<Trekkers>(trekkersQuery, { id: 'opgave:regionale-economie' });
    expect(sorted(ids(opgave.trekkers))).toEqual(['koepel:ipo', 'ministerie:ezk']);
    expect(relatieOf(opgave.trekkers, 'koepel:ipo').rol).toBe('trekker (met EZK)');
    expect(relatieOf(opgave.trekkers, 'ministerie:ezk').rol).toBe('trekker (met IPO)');
  });

  // 001 r.464–467 "Toekomstbestendig wonen / Trekker / BZK", r.553–557 "Goed openbaar bestuur … / Trekker / BZK",
  // r.593–597 "Passende financiële verhoudingen / Trekker / BZK"
  it('BZK leads wonen, goed openbaar bestuur and financiële verhoudingen', async () => {
    const { actor } = await ask<{ actor: { afkorting: string; trekkerVan: Connection } }>(
      '{ actor(id: "ministerie:bzk") { afkorting trekkerVan { totalCount edges { node { id naam } relatie { rol } } } } }',
    );
    expect(actor.afkorting).toBe('BZK');
    expect(sorted(ids(actor.trekkerVan))).toEqual(['opgave:financiele-verhoudingen', 'opgave:goed-openbaar-bestuur', 'opgave:wonen']);
    expect(actor.trekkerVan.edges.every(({ relatie }) => relatie?.rol === 'trekker')).toBe(true);
  });

  // 001 r.489–492 "Trekker IPO met EZK" and r.521–525 "Trekker LNV en IPO"
  it('the IPO (as koepel) co-leads exactly two opgaven: regionale economie and vitaal platteland', async () => {
    const { actor } = await ask<{ actor: { trekkerVan: Connection } }>('{ actor(id: "koepel:ipo") { trekkerVan { edges { node { id naam } } } } }');
    expect(sorted(ids(actor.trekkerVan))).toEqual(['opgave:regionale-economie', 'opgave:vitaal-platteland']);
  });

  // 001 r.628: "Er is nu, vanuit het IBP, geen trekkerschap belegd voor de thema’s uit hoofdstuk 10"; the memo's
  // annex (r.420–630) names trekkers only for the seven provincial themes, none for the three social opgaven
  it("no trekker is named for the three social opgaven and the overkoepelende thema's; for the latter the memo says none was assigned", async () => {
    const { opgaven } = await ask<{ opgaven: Connection<Ref & { trekkers: { totalCount: number }; eigenschappen: Eigenschap[] }> }>(
      '{ opgaven { edges { node { id naam trekkers { totalCount } eigenschappen { naam waarde } } } } }',
    );
    const zonder = opgaven.edges.filter(({ node }) => node.trekkers.totalCount === 0).map(({ node }) => node.id);
    expect(zonder).toEqual(['opgave:sociaal-domein', 'opgave:schulden', 'opgave:migratie', 'opgave:overkoepelend']);
    const overkoepelend = opgaven.edges.find(({ node }) => node.id === 'opgave:overkoepelend')?.node;
    expect(waarde(overkoepelend?.eigenschappen ?? [], 'trekker')).toBe('geen trekkerschap belegd (IPO-memo)');
  });

  // 001 r.437–440 "Bestuurlijk verantwoordelijk / Minister Economische Zaken en Klimaat (Wiebes)", r.471–473 "Minister
  // Binnenlandse Zaken (Ollongren)" (wonen), r.529–532 "Minister Landbouw Natuur en Visserij (Schouten)", r.561–563 and
  // r.601–602 "Minister Binnenlandse Zaken (Ollongren)" (goed openbaar bestuur, financiële verhoudingen)
  it.each([
    ['opgave:klimaat', 'persoon:wiebes'],
    ['opgave:wonen', 'persoon:ollongren'],
    ['opgave:vitaal-platteland', 'persoon:schouten'],
    ['opgave:goed-openbaar-bestuur', 'persoon:ollongren'],
    ['opgave:financiele-verhoudingen', 'persoon:ollongren'],
  ])('the minister bestuurlijk verantwoordelijk for %s is %s', async (opgave, minister) => {
    const data = await ask<{ opgave: { betrokkenen: Connection } }>(
      'query ($id: ID!) { opgave(id: $id) { betrokkenen(first: 50) { edges { node { id naam } relatie { rol } } } } }',
      { id: opgave },
    );
    const bestuurlijk = data.opgave.betrokkenen.edges.filter(({ relatie }) => relatie?.rol === 'bestuurlijk verantwoordelijk');
    expect(bestuurlijk.map(({ node }) => node.id)).toEqual([minister]);
  });

  // 001 r.442–444 "Ambtelijk / DG Sandor Gaastra" (klimaat); r.475–477 and r.565–567 "DG Chris Kuijpers" (wonen and goed
  // openbaar bestuur)
  it('DG Sandor Gaastra is the civil servant for klimaat, DG Chris Kuijpers for wonen and goed openbaar bestuur', async () => {
    const data = await ask<{ gaastra: { betrokkenBij: Connection }; kuijpers: { betrokkenBij: Connection } }>(
      `{ gaastra: actor(id: "persoon:sandor-gaastra") { betrokkenBij { edges { node { id naam } relatie { rol } } } }
         kuijpers: actor(id: "persoon:chris-kuijpers") { betrokkenBij { edges { node { id naam } relatie { rol } } } } }`,
    );
    expect(ids(data.gaastra.betrokkenBij)).toEqual(['opgave:klimaat']);
    expect(sorted(ids(data.kuijpers.betrokkenBij))).toEqual(['opgave:goed-openbaar-bestuur', 'opgave:wonen']);
    const rollen = [...data.gaastra.betrokkenBij.edges, ...data.kuijpers.betrokkenBij.edges].map(({ relatie }) => relatie?.rol);
    expect(rollen.every((rol) => rol === 'ambtelijk (DG)')).toBe(true);
  });

  // 001 r.534–537: "Ambtelijk / Johan Osinga (IPO) en Roel Feringa (LNV)"
  it('Johan Osinga (IPO) and Roel Feringa (LNV) are the civil servants for vitaal platteland', async () => {
    const data = await ask<{ opgave: { betrokkenen: Connection }; osinga: { werktBij: Connection }; feringa: { werktBij: Connection } }>(
      `{ opgave(id: "opgave:vitaal-platteland") { betrokkenen(first: 50) { edges { node { id naam } relatie { rol } } } }
         osinga: actor(id: "persoon:johan-osinga") { ... on Persoon { werktBij { edges { node { id naam } } } } }
         feringa: actor(id: "persoon:roel-feringa") { ... on Persoon { werktBij { edges { node { id naam } } } } } }`,
    );
    const ambtelijk = data.opgave.betrokkenen.edges.filter(({ relatie }) => relatie?.rol === 'ambtelijk').map(({ node }) => node.id);
    expect(sorted(ambtelijk)).toEqual(['persoon:johan-osinga', 'persoon:roel-feringa']);
    expect(ids(data.osinga.werktBij)).toEqual(['koepel:ipo']);
    expect(ids(data.feringa.werktBij)).toEqual(['ministerie:lnv']);
  });

  // 001 r.447–450 "Waar wordt IPO-inzet besproken? BAC Energie AAC Energie"; r.480–483 "BAC DROW AAC DROW";
  // r.540–543 "BAC VP AAC VP"
  it.each([
    ['opgave:klimaat', ['overleg:aac-energie', 'overleg:bac-energie']],
    ['opgave:wonen', ['overleg:aac-drow', 'overleg:bac-drow']],
    ['opgave:vitaal-platteland', ['overleg:aac-vp', 'overleg:bac-vp']],
  ])('the IPO discusses its input for %s in %j', async (opgave, gremia) => {
    const data = await ask<{ opgave: { betrokkenen: Connection } }>(
      'query ($id: ID!) { opgave(id: $id) { betrokkenen(first: 50) { edges { node { id naam } relatie { rol } } } } }',
      { id: opgave },
    );
    const besproken = data.opgave.betrokkenen.edges.filter(({ relatie }) => relatie?.rol === 'hier wordt de IPO-inzet besproken');
    expect(sorted(besproken.map(({ node }) => node.id))).toEqual(gremia);
  });
});

// ------------------------------------------------------------------ regions

describe('regions: where opgaven meet', () => {
  type RegioOpgaven = { regio: { naam: string; opgaven: Connection<Ref & { nummer: number }>; provincies: Connection } };
  const regioQuery = `query ($id: ID!) { regio(id: $id) { naam
      opgaven { totalCount edges { node { id naam nummer } relatie { onderwerp bronnen { ${BRON} } } } }
      provincies { totalCount edges { node { id naam } relatie { type eigenschappen { naam waarde } bronnen { ${BRON} } } } } } }`;

  // 001 r.280–284: "Zuidoost Drenthe waar tegelijkertijd vragen spelen rond energiearmoede, arbeidsmarkt,
  // voorzieningenniveau en transities in de landbouw"; r.319–321: "In Drenthe … Zuidoost Drenthe (energie, wonen,
  // economie, krimp)"
  it('in Zuidoost Drenthe klimaat, wonen, regionale economie, vitaal platteland and krimp (overkoepelend) meet', async () => {
    const { regio } = await ask<RegioOpgaven>(regioQuery, { id: 'regio:zuidoost-drenthe' });
    expect(sorted(ids(regio.opgaven))).toEqual(
      sorted(['opgave:klimaat', 'opgave:wonen', 'opgave:regionale-economie', 'opgave:vitaal-platteland', 'opgave:overkoepelend']),
    );
    expect(relatieOf(regio.opgaven, 'opgave:overkoepelend').onderwerp).toBe('krimp');
    expect(relatieOf(regio.opgaven, 'opgave:vitaal-platteland').onderwerp).toBe('transities in de landbouw');
    expect(ids(regio.provincies)).toEqual(['provincie:drenthe']);
  });

  // 001 r.343–347: "In Gelderland … De Veluwe, Food Valley en de Achterhoek"; r.349–351: "Gelderland en Utrecht delen
  // de ambitie voor verdere economische ontwikkeling van Food Valley"
  it('Food Valley lies in Gelderland and Utrecht', async () => {
    const { regio } = await ask<RegioOpgaven>(regioQuery, { id: 'regio:food-valley' });
    expect(ids(regio.provincies)).toEqual(['provincie:gelderland', 'provincie:utrecht']);
    expect(regio.provincies.edges.every(({ relatie }) => relatie?.type === 'LIGT_IN')).toBe(true);
    expect(relatieOf(regio.provincies, 'provincie:utrecht').bronnen[0]?.citaat).toContain('Gelderland en Utrecht delen de ambitie');
  });

  // 001 r.349–351: "Gelderland en Utrecht delen de ambitie voor verdere economische ontwikkeling van Food Valley"
  it('the one area Gelderland and Utrecht share is Food Valley', async () => {
    const data = await ask<{ gelderland: Connection; utrecht: Connection }>(
      `{ gelderland: regios(provincie: "provincie:gelderland", first: 100) { edges { node { id naam } } }
         utrecht: regios(provincie: "provincie:utrecht", first: 100) { edges { node { id naam } } } }`,
    );
    const gedeeld = ids(data.gelderland).filter((id) => ids(data.utrecht).includes(id));
    expect(gedeeld).toEqual(['regio:food-valley']);
  });

  // 001 r.343–347: "In Gelderland worden kansen gezien … De Veluwe, Food Valley en de Achterhoek zijn gebieden waar heel
  // veel tegelijk speelt"
  it('the areas named in Gelderland are the Achterhoek, Food Valley and the Veluwe', async () => {
    const { regios } = await ask<{ regios: Connection }>('{ regios(provincie: "provincie:gelderland") { totalCount edges { node { id naam } } } }');
    expect(regios.edges.map(({ node }) => node.naam)).toEqual(['Achterhoek', 'Food Valley', 'Veluwe']);
  });

  // 001 r.284–290: "Food Valley waar enerzijds de transitie in de primaire landbouw speelt … maar ook de mondiale potentie
  // van het hele innovatie-ecosysteem rond de Wageningen University & Research en het benodigde vestigingsklimaat";
  // r.349–351: "Food Valley rond de universiteit in Wageningen"
  it('in Food Valley vitaal platteland and regionale economie meet, around Wageningen and its university', async () => {
    const data = await ask<RegioOpgaven & { onderdelen: { onderdelen: Connection } }>(
      `query ($id: ID!) { regio(id: $id) { naam opgaven { totalCount edges { node { id naam nummer } relatie { onderwerp bronnen { ${BRON} } } } }
         provincies { totalCount edges { node { id naam } } } }
         onderdelen: regio(id: $id) { onderdelen { edges { node { id naam } } } } }`,
      { id: 'regio:food-valley' },
    );
    expect(sorted(ids(data.regio.opgaven))).toEqual(['opgave:regionale-economie', 'opgave:vitaal-platteland']);
    expect(relatieOf(data.regio.opgaven, 'opgave:vitaal-platteland').onderwerp).toContain('primaire landbouw');
    expect(sorted(ids(data.onderdelen.onderdelen))).toEqual(['gemeente:wageningen', 'organisatie:wur']);
  });

  // 001 r.369–371: "de regio Zwolle (Overijssel) en Chemelot (Limburg)"; r.290–294: "Chemelot waar de energietransitie
  // heel direct ingrijpt in de bedrijfsvoering … verbonden met de toekomst van deze economische motor"
  it('Chemelot lies in Limburg; there the energy transition (klimaat) meets regionale economie', async () => {
    const { regio } = await ask<RegioOpgaven>(regioQuery, { id: 'regio:chemelot' });
    expect(ids(regio.provincies)).toEqual(['provincie:limburg']);
    expect(waarde(relatieOf(regio.provincies, 'provincie:limburg').eigenschappen, 'grond')).toBe('Chemelot (Limburg)');
    expect(sorted(ids(regio.opgaven))).toEqual(['opgave:klimaat', 'opgave:regionale-economie']);
  });

  // 001 r.319–323: "In Drenthe … het noordelijk plateau dat ook Groningen, Overijssel en Friesland raakt (vitaal platteland)"
  it('the noordelijk plateau touches Drenthe, Friesland, Groningen and Overijssel and is about vitaal platteland', async () => {
    const { regio } = await ask<RegioOpgaven>(regioQuery, { id: 'regio:noordelijk-plateau' });
    expect(sorted(ids(regio.provincies))).toEqual(['provincie:drenthe', 'provincie:friesland', 'provincie:groningen', 'provincie:overijssel']);
    expect(ids(regio.opgaven)).toEqual(['opgave:vitaal-platteland']);
  });

  // 001 r.339–341: "de doorontwikkeling Amsterdam-Almere-Markermeer (RRAAM) die Flevoland deelt met Noord Holland"
  it('Amsterdam-Almere-Markermeer (RRAAM) is shared by Flevoland and Noord-Holland', async () => {
    const { regio } = await ask<RegioOpgaven>(regioQuery, { id: 'regio:rraam' });
    expect(regio.naam).toBe('Amsterdam-Almere-Markermeer (RRAAM)');
    expect(sorted(ids(regio.provincies))).toEqual(['provincie:flevoland', 'provincie:noord-holland']);
  });

  // 003 r.1008: "De 5 industrieclusters: Noord-Nederland: industriecluster Eemsdelta en Emmen; Noordzeekanaalgebied;
  // Rotterdam-Moerdijk; Zeeland-West-Brabant en Chemelot"
  it('klimaat plays in the five industry clusters of the industry sector', async () => {
    const { regios } = await ask<{ regios: Connection }>('{ regios(opgave: "opgave:klimaat", first: 100) { edges { node { id naam } } } }');
    expect(ids(regios)).toEqual(
      expect.arrayContaining([
        'regio:eemsdelta-emmen',
        'regio:noordzeekanaalgebied',
        'regio:rotterdam-moerdijk',
        'regio:zeeland-west-brabant',
        'regio:chemelot',
      ]),
    );
  });

  // 001 r.345–349: "De Veluwe, Food Valley en de Achterhoek … Rond vitaal platteland, maar ook ondermijning op
  // vakantieparken (Veluwe) en krimp (Achterhoek)"; 003 r.215: "De woningmarkt in Amsterdam is bijvoorbeeld echt wat
  // anders dan die in de Achterhoek"
  it('in the Achterhoek vitaal platteland, krimp and the regional housing market play', async () => {
    const { regio } = await ask<RegioOpgaven>(regioQuery, { id: 'regio:achterhoek' });
    expect(sorted(ids(regio.opgaven))).toEqual(['opgave:overkoepelend', 'opgave:vitaal-platteland', 'opgave:wonen']);
    expect(relatieOf(regio.opgaven, 'opgave:overkoepelend').onderwerp).toBe('krimp');
    expect(relatieOf(regio.opgaven, 'opgave:wonen').bronnen[0]).toMatchObject({ regelVan: 215, document: { id: 'document:ibp-programmastart' } });
  });
});

// ------------------------------------------------------------------ crossovers

describe('crossovers between opgaven', () => {
  type CrossoverData = {
    crossover: { naam: string; onderwerp: string; opgaven: Connection<Ref & { nummer: number }>; betreft: Connection<Ref & { soort: string }> };
  };
  const crossoverQuery = `query ($id: ID!) { crossover(id: $id) { naam onderwerp
      opgaven { totalCount edges { node { id naam nummer } relatie { type bronnen { ${BRON} } } } }
      betreft { totalCount edges { node { id naam soort } } } } }`;

  // 003 r.920: "Het tegengaan van en omgaan met veenbodemdaling raakt naast de IBP-opgave 'samen aan de slag voor het
  // klimaat' ook aan de opgaven 'naar een vitaal platteland' en 'toekomstbestendig wonen'"; r.922 veenbodemvisies
  it('bodemdaling joins klimaat, wonen and vitaal platteland, and concerns the peat meadows and veenbodemvisies', async () => {
    const { crossover } = await ask<CrossoverData>(crossoverQuery, { id: 'crossover:bodemdaling' });
    expect(crossover.onderwerp).toBe(crossover.naam);
    expect(crossover.opgaven.edges.map(({ node }) => node.nummer)).toEqual([1, 2, 4]);
    expect(crossover.opgaven.edges.every(({ relatie }) => relatie?.type === 'VERBINDT')).toBe(true);
    expect(ids(crossover.betreft)).toEqual(expect.arrayContaining(['regio:veenweidegebieden', 'instrument:veenbodemvisies', 'thema:bodemdaling']));
  });

  // 003 r.253: "'Nederland en migrant voorbereid' en 'merkbaar beter in het sociaal domein' raken elkaar op het thema
  // inburgering"
  it('inburgering joins migratie and the social domain, on the theme inburgering', async () => {
    const { crossover } = await ask<CrossoverData>(crossoverQuery, { id: 'crossover:inburgering' });
    expect(sorted(ids(crossover.opgaven))).toEqual(['opgave:migratie', 'opgave:sociaal-domein']);
    expect(ids(crossover.betreft)).toEqual(['thema:inburgering']);
  });

  // 003 r.253: "overlap tussen 'samen aan de slag voor het klimaat' en 'toekomstbestendig wonen' op het gebied van een
  // duurzame bebouwde omgeving"
  it('a sustainable built environment joins klimaat and wonen', async () => {
    const { crossover } = await ask<CrossoverData>(crossoverQuery, { id: 'crossover:duurzame-gebouwde-omgeving' });
    expect(crossover.naam).toBe('Duurzame bebouwde omgeving');
    expect(ids(crossover.opgaven)).toEqual(['opgave:klimaat', 'opgave:wonen']);
  });

  // 003 r.779: "In dit Interbestuurlijk Programma leggen we met de NOVI een koppeling tussen de opgaves 1 tot en met 4."
  it('the NOVI links opgaven 1 to 4', async () => {
    const { crossover } = await ask<CrossoverData>(crossoverQuery, { id: 'crossover:novi-fysieke-opgaven' });
    expect(crossover.opgaven.edges.map(({ node }) => node.nummer)).toEqual([1, 2, 3, 4]);
    expect(ids(crossover.betreft)).toContain('instrument:novi');
  });

  // 003 r.904: "In het IBP wordt deze ambitie verbonden met opgaven van de energietransitie en circulaire economie,
  // 'toekomstbestendig wonen', 'naar een vitaal platteland' en 'regionale economie als versneller' (crossovers)."
  it('klimaatadaptatie is a crossover of klimaat with wonen, regionale economie and vitaal platteland', async () => {
    const { crossover } = await ask<CrossoverData>(crossoverQuery, { id: 'crossover:klimaatadaptatie' });
    expect(crossover.opgaven.edges.map(({ node }) => node.id)).toEqual([
      'opgave:klimaat',
      'opgave:wonen',
      'opgave:regionale-economie',
      'opgave:vitaal-platteland',
    ]);
  });

  // 003 r.480: "Digitalisering is een onderwerp dat volop speelt binnen de overheid (zie ook 'goed openbaar bestuur'),
  // waar ook met name het mkb/kleinere bedrijven nog een flinke slag hebben te maken"
  it('digitalisering joins regionale economie and goed openbaar bestuur', async () => {
    const { crossover } = await ask<CrossoverData>(crossoverQuery, { id: 'crossover:digitalisering' });
    expect(sorted(ids(crossover.opgaven))).toEqual(['opgave:goed-openbaar-bestuur', 'opgave:regionale-economie']);
    expect(ids(crossover.betreft)).toEqual(expect.arrayContaining(['instrument:digitaliseringsagenda', 'instrument:mkb-samenwerkingsagenda']));
  });

  // 003 r.478: "Er ligt een nauwe relatie met het sociaal domein als het gaat over het functioneren van de arbeidsmarkt
  // en participatie."
  it('the labour market and participation join regionale economie and the social domain', async () => {
    const { crossover } = await ask<CrossoverData>(crossoverQuery, { id: 'crossover:arbeidsmarkt-en-participatie' });
    expect(sorted(ids(crossover.opgaven))).toEqual(['opgave:regionale-economie', 'opgave:sociaal-domein']);
    expect(relatieOf(crossover.opgaven, 'opgave:sociaal-domein').bronnen[0]).toMatchObject({ regelVan: 478 });
  });

  // 003 r.253 (inburgering) and r.520: "dwarsverbanden met andere opgaven in het IBP, zoals 'problematische schulden
  // voorkomen en oplossen', 'toekomstbestendig wonen', 'Nederland en migrant voorbereid' en 'regionale economie als
  // versneller'"
  it('the crossovers of migratie are inburgering and the cross-links of the social domain', async () => {
    const { crossovers } = await ask<{ crossovers: Connection }>('{ crossovers(opgave: "opgave:migratie") { totalCount edges { node { id naam } } } }');
    expect(sorted(ids(crossovers))).toEqual(['crossover:inburgering', 'crossover:sociaal-domein-dwarsverbanden']);
  });

  // 003 r.507 (klimaat–vitaal platteland), r.779 (NOVI, opgaven 1–4), r.904 (klimaatadaptatie), r.920 (bodemdaling);
  // 001 r.451–454: "Inhoudelijke samenhang met wonen, regionale economie en vitaal platteland in specifieke gebieden."
  it('vitaal platteland takes part in five crossovers', async () => {
    const { crossovers } = await ask<{ crossovers: Connection }>(
      '{ crossovers(opgave: "opgave:vitaal-platteland") { totalCount edges { node { id naam } } } }',
    );
    expect(crossovers.totalCount).toBe(5);
    expect(sorted(ids(crossovers))).toEqual([
      'crossover:bodemdaling',
      'crossover:klimaat-vitaal-platteland',
      'crossover:klimaatadaptatie',
      'crossover:novi-fysieke-opgaven',
      'crossover:samenhang-in-gebieden',
    ]);
  });

  // 001 r.278–294 (Zuidoost Drenthe, Food Valley, Chemelot: "vraagstukken die nauw samenhangen") and r.451–454 under
  // klimaat: "Inhoudelijke samenhang met wonen, regionale economie en vitaal platteland in specifieke gebieden."
  it('the crossover about Food Valley is the coherence of klimaat with the other physical opgaven in areas', async () => {
    const data = await ask<{ crossovers: Connection } & CrossoverData>(
      `{ crossovers(regio: "regio:food-valley") { totalCount edges { node { id naam } } }
         crossover(id: "crossover:samenhang-in-gebieden") { naam onderwerp
           opgaven { totalCount edges { node { id naam nummer } relatie { type bronnen { ${BRON} } } } }
           betreft { totalCount edges { node { id naam soort } } } } }`,
    );
    expect(ids(data.crossovers)).toEqual(['crossover:samenhang-in-gebieden']);
    expect(data.crossover.opgaven.edges.map(({ node }) => node.nummer)).toEqual([1, 2, 3, 4]);
    const regios = data.crossover.betreft.edges.filter(({ node }) => node.soort === 'Regio').map(({ node }) => node.id);
    expect(sorted(regios)).toEqual(['regio:chemelot', 'regio:food-valley', 'regio:zuidoost-drenthe']);
    expect(relatieOf(data.crossover.opgaven, 'opgave:klimaat').bronnen[0]).toMatchObject({ regelVan: 451, document: { id: 'document:ipo-memo-2018-05-02' } });
  });

  // 003 r.920 (bodemdaling) and r.1021: "In het klimaat- en energieakkoord zal aandacht worden besteed aan de problematiek
  // in de veenweidegebieden, waar veel opgaven samen komen, waaronder de bijdrage van bodem aan klimaat."
  it('the klimaat crossovers that concern the peat meadow areas are bodemdaling and the climate task in rural areas', async () => {
    const { crossovers } = await ask<{ crossovers: Connection }>(
      '{ crossovers(opgave: "opgave:klimaat", regio: "regio:veenweidegebieden") { totalCount edges { node { id naam } } } }',
    );
    expect(crossovers.edges.map(({ node }) => node.naam)).toEqual(['Bodemdaling (veenbodemdaling)', 'Klimaatopgave in het landelijk gebied']);
  });
});

// ------------------------------------------------------------------ milestones

describe('milestones and dates', () => {
  type MijlpaalNode = Ref & { datum: string | null; wanneer: string | null };
  const mijlpaalQuery = `query ($id: ID!) { mijlpaal(id: $id) { id naam datum wanneer eigenschappen { naam waarde }
      bronnen { ${BRON} } varianten { eigenschap waarde bron { ${BRON} } } van { edges { node { id naam } } } } }`;
  type MijlpaalData = {
    mijlpaal: MijlpaalNode & { eigenschappen: Eigenschap[]; bronnen: Bron[]; varianten: Variant[]; van: Connection };
  };

  // 001 r.60–66: "Op 14 februari jongstleden hebben het kabinet en de voorzitters … ondertekend"; 004 r.3: "op 14 februari
  // 2018, zetten de VNG …, IPO …, UvW … en BZK (Rijk) hun handtekeningen"; 003 r.24: "In het overhedenoverleg op
  // 14 februari 2018"
  it('the IBP was signed on 14 February 2018, as three documents say', async () => {
    const { mijlpaal } = await ask<MijlpaalData>(mijlpaalQuery, { id: 'mijlpaal:ondertekening-ibp' });
    expect(mijlpaal.datum).toBe('2018-02-14');
    expect(sorted(mijlpaal.bronnen.map((bron) => bron.document.id))).toEqual([
      'document:ibp-een-jaar',
      'document:ibp-programmastart',
      'document:ipo-memo-2018-05-02',
    ]);
    expect(ids(mijlpaal.van)).toContain('instrument:interbestuurlijk-programma');
  });

  // 002 r.79: "Deze persoon schrijft zich uiterlijk dinsdag 27 maart in"; r.27: "Deze betrokkenheid begint op donderdag
  // 5 april met de startdag Interbestuurlijk Programma voor gemeenten"
  it('between 1 March and 30 April 2018 fall the registration deadline (27 March) and the startdag (5 April), in that order', async () => {
    const { mijlpalen } = await ask<{ mijlpalen: Connection<MijlpaalNode> }>(
      '{ mijlpalen(vanaf: "2018-03-01", tot: "2018-04-30") { edges { node { id naam datum wanneer } } } }',
    );
    const exact = mijlpalen.edges.filter(({ node }) => /^\d{4}-\d{2}-\d{2}$/.test(node.datum ?? ''));
    expect(exact.map(({ node }) => [node.id, node.datum, node.wanneer])).toEqual([
      ['mijlpaal:inschrijving-startdag', '2018-03-27', 'uiterlijk dinsdag 27 maart'],
      ['mijlpaal:startdag-ibp-gemeenten', '2018-04-05', 'donderdag 5 april'],
    ]);
  });

  // 002 r.63: "Daarom organiseert de VNG op donderdag 5 april de startdag"; r.86: "via persoonlijke netwerken,
  // netwerkverbanden van gemeenten (bijvoorbeeld G4, G40, P10)"
  it('the VNG organises the startdag, inviting municipalities through G4, G40 and P10', async () => {
    const data = await ask<{ mijlpaal: { betrokkenen: Connection } }>(
      '{ mijlpaal(id: "mijlpaal:startdag-ibp-gemeenten") { betrokkenen { edges { node { id naam } relatie { rol } } } } }',
    );
    expect(relatieOf(data.mijlpaal.betrokkenen, 'koepel:vng').rol).toBe('organisator');
    expect(sorted(ids(data.mijlpaal.betrokkenen))).toEqual(['koepel:vng', 'organisatie:g4', 'organisatie:g40', 'organisatie:p10']);
  });

  // 003 r.34: "In de Algemene Ledenvergadering van 27 juni a.s. zal het IBP en de nadere uitwerking worden geagendeerd"
  // (in a letter of 15 February 2018, r.7)
  it('the VNG ALV on 27 June 2018 takes up the IBP and the fund for shortfalls in the social domain', async () => {
    const { mijlpaal } = await ask<MijlpaalData>(mijlpaalQuery, { id: 'mijlpaal:vng-alv-2018-06-27' });
    expect(mijlpaal.datum).toBe('2018-06-27');
    expect(mijlpaal.wanneer).toBe('27 juni a.s.');
    expect(waarde(mijlpaal.eigenschappen, 'jaarAfgeleid')).toBe('true');
    expect(sorted(ids(mijlpaal.van))).toEqual(['instrument:fonds-tekorten-sociaal-domein', 'instrument:interbestuurlijk-programma', 'overleg:vng-alv']);
  });

  // 001 r.410–412: "Vanuit het IPO wordt een mondelinge toelichting op het IBP gegeven voorafgaand aan de Algemene
  // Vergadering op 24 mei" (memo of 2 May 2018)
  it('the IPO Algemene Vergadering that hears about the IBP is on 24 May 2018', async () => {
    const { mijlpaal } = await ask<MijlpaalData>(mijlpaalQuery, { id: 'mijlpaal:ipo-algemene-vergadering-2018-05-24' });
    expect(mijlpaal.datum).toBe('2018-05-24');
    expect(mijlpaal.wanneer).toBe('24 mei');
    expect(ids(mijlpaal.van)).toContain('overleg:ipo-algemene-vergadering');
  });

  // 001 r.485–486: "Eerste mijlpalen Nationale Woonagenda - Mei 2018 / Regio-afspraken - 2018"
  it('the first milestones for wonen are the Nationale Woonagenda in May 2018 and regional agreements in 2018', async () => {
    const { opgave } = await ask<{ opgave: { mijlpalen: Connection<MijlpaalNode> } }>(
      '{ opgave(id: "opgave:wonen") { mijlpalen { totalCount edges { node { id naam datum wanneer } } } } }',
    );
    expect(sorted(opgave.mijlpalen.edges.map(({ node }) => `${node.id} ${node.datum}`))).toEqual([
      'mijlpaal:nationale-woonagenda-2018 2018-05',
      'mijlpaal:regio-afspraken-wonen-2018 2018',
    ]);
  });

  // 001 r.511–514: "Eerste mijlpalen Twee werkbijeenkomsten voor de zomer om met gemeenten, waterschappen en
  // departementen gebieden te identificeren waar impuls partnerschap noodzakelijk is."
  it('the first milestone for regionale economie is two work meetings before the summer', async () => {
    const { mijlpalen } = await ask<{ mijlpalen: Connection<MijlpaalNode> }>(
      '{ mijlpalen(van: "opgave:regionale-economie") { edges { node { id naam datum wanneer } } } }',
    );
    expect(mijlpalen.edges.map(({ node }) => [node.id, node.datum, node.wanneer])).toEqual([
      ['mijlpaal:werkbijeenkomsten-regionale-economie', '2018-Q2', 'voor de zomer'],
    ]);
  });

  // 001 r.581–588: "proeftuinen en code interbestuurlijke verhoudingen - 2019 / afspraken vernieuwing interbestuurlijk en
  // financieel toezicht - 2019 / actieprogramma versterking democratie en bestuur en tegengaan ondermijning – 2019 / Code
  // Goed Digitaal Openbaar Bestuur en afspraken over challenge informatiesamenleving" (the last without a date)
  it('goed openbaar bestuur has four first milestones; the Code Goed Digitaal Openbaar Bestuur has no date and comes last', async () => {
    const { mijlpalen } = await ask<{ mijlpalen: Connection<MijlpaalNode> }>(
      '{ mijlpalen(van: "opgave:goed-openbaar-bestuur") { totalCount edges { node { id naam datum wanneer } } } }',
    );
    expect(mijlpalen.totalCount).toBe(4);
    expect(sorted(ids(mijlpalen))).toEqual([
      'mijlpaal:actieprogramma-versterking-democratie',
      'mijlpaal:afspraken-vernieuwing-toezicht-2019',
      'mijlpaal:code-goed-digitaal-openbaar-bestuur',
      'mijlpaal:proeftuinen-en-code-ibv-2019',
    ]);
    const laatste = mijlpalen.edges.at(-1)?.node;
    expect(laatste).toMatchObject({ id: 'mijlpaal:code-goed-digitaal-openbaar-bestuur', datum: null, wanneer: 'geen datum genoemd' });
  });

  // 001 r.456: "Klimaatakkoord (afspraken op hoofdlijnen) - Zomer 2018"; 003 r.348: "49 % CO₂-reductie in 2030";
  // r.350: "In 2050 is Nederland klimaatbestendig en waterrobuust ingericht"; r.352: "circulair Nederland in 2050"
  it('the klimaat milestones run from summer 2018 (Klimaatakkoord) to 2050, oldest first', async () => {
    const { mijlpalen } = await ask<{ mijlpalen: Connection<MijlpaalNode> }>(
      '{ mijlpalen(van: "opgave:klimaat", first: 100) { totalCount edges { node { id naam datum wanneer } } } }',
    );
    const jaren = mijlpalen.edges.map(({ node }) => (node.datum ?? '').slice(0, 4));
    expect(jaren).toEqual([...jaren].sort());
    const byId = new Map(mijlpalen.edges.map(({ node }) => [node.id, node]));
    expect(byId.get('mijlpaal:klimaatakkoord-hoofdlijnen')).toMatchObject({ datum: '2018-Q3', wanneer: 'Zomer 2018' });
    expect(byId.get('mijlpaal:co2-reductie-2030')).toMatchObject({ naam: '49% CO₂-reductie', datum: '2030' });
    expect(byId.get('mijlpaal:klimaatbestendig-2050')?.datum).toBe('2050');
    expect(byId.get('mijlpaal:circulair-2050')?.datum).toBe('2050');
    expect(jaren[0]).toBe('2018');
    expect(jaren.at(-1)).toBe('2050');
  });

  // 003 r.348 "49 % CO₂-reductie in 2030"; r.350 "In 2050 is Nederland klimaatbestendig"; r.352 "circulair Nederland in 2050"
  it('from 2030 on, klimaat aims at 49% CO₂ reduction (2030), then a climate-proof and circular Netherlands (2050)', async () => {
    const { mijlpalen } = await ask<{ mijlpalen: Connection<MijlpaalNode> }>(
      '{ mijlpalen(van: "opgave:klimaat", vanaf: "2030") { edges { node { id naam datum wanneer } } } }',
    );
    const [eerste, ...daarna] = mijlpalen.edges.map(({ node }) => `${node.id} ${node.datum}`);
    expect(eerste).toBe('mijlpaal:co2-reductie-2030 2030');
    expect(sorted(daarna)).toEqual(['mijlpaal:circulair-2050 2050', 'mijlpaal:klimaatbestendig-2050 2050']);
  });

  // 003 r.211 "In het sociaal domein zijn per 2015 verantwoordelijkheden … overgegaan"; 000 r.15 "In oktober 2017 hebben
  // VVD, CDA, D66 en CU het regeerakkoord … gepresenteerd"; 001 r.112 "Eind november kwam de uitnodiging";
  // 003 r.593 "Op de Jongvolwassenentop van 27 november 2017"
  it('before 2018 lie the 2015 decentralisation, the coalition agreement (Oct 2017), BZK’s invitation and the Jongvolwassenentop (Nov 2017)', async () => {
    const { mijlpalen } = await ask<{ mijlpalen: Connection<MijlpaalNode> }>('{ mijlpalen(tot: "2017-12-31") { edges { node { id naam datum wanneer } } } }');
    expect(sorted(mijlpalen.edges.map(({ node }) => `${node.id} ${node.datum}`))).toEqual([
      'mijlpaal:decentralisatie-sociaal-domein-2015 2015',
      'mijlpaal:jongvolwassenentop-2017 2017-11-27',
      'mijlpaal:presentatie-regeerakkoord 2017-10',
      'mijlpaal:uitnodiging-bzk 2017-11',
    ]);
    expect(mijlpalen.edges[0]?.node.id).toBe('mijlpaal:decentralisatie-sociaal-domein-2015');
  });

  // 003 r.303: "De programmastart is op 14 februari." vs 000 r.27: "De programmastart van het IBP is voorzien voor eind
  // februari." and r.11: "zal volgens planning later deze maand worden gepresenteerd"
  it('the programmastart was on 14 February 2018; the mededeling of 8 February still expected "eind februari"', async () => {
    const { mijlpaal } = await ask<MijlpaalData>(mijlpaalQuery, { id: 'mijlpaal:programmastart-ibp' });
    expect(mijlpaal.datum).toBe('2018-02-14');
    expect(mijlpaal.bronnen).toContainEqual(expect.objectContaining({ regelVan: 303, citaat: 'De programmastart is op 14 februari.' }));
    expect(mijlpaal.varianten).toContainEqual(
      expect.objectContaining({
        eigenschap: 'datum',
        waarde: '2018-02',
        bron: expect.objectContaining({
          regelVan: 27,
          document: { id: 'document:mededeling-ibp-2018-02-08' },
          citaat: expect.stringContaining('eind februari'),
        }),
      }),
    );
  });

  // 003 r.733: "Per 2019 gaan de volgende onderdelen over" vs r.112: "In 2020 zal de overheveling van de
  // integratie-uitkering Sociaal Domein naar de algemene uitkering worden verwerkt."
  it('the IUSD moves into the general grant per 2019 by the programme, in 2020 by the ledenbrief', async () => {
    const { mijlpaal } = await ask<MijlpaalData>(mijlpaalQuery, { id: 'mijlpaal:overheveling-iusd' });
    expect(mijlpaal.datum).toBe('2019');
    expect(mijlpaal.bronnen).toContainEqual(expect.objectContaining({ regelVan: 733, citaat: 'Per 2019 gaan de volgende onderdelen over:' }));
    expect(mijlpaal.varianten).toEqual([
      expect.objectContaining({
        eigenschap: 'datum',
        waarde: '2020',
        bron: expect.objectContaining({ regelVan: 112, citaat: expect.stringMatching(/^In 2020 zal de overheveling/) }),
      }),
    ]);
  });

  // 003 r.690: "Deze ambitie wordt voor de zomer van 2018 uitgewerkt in een actieprogramma versterking democratie en
  // bestuur" vs 001 r.583–585: "actieprogramma versterking democratie en bestuur en tegengaan ondermijning – 2019"
  it('the action programme on democracy is due before summer 2018 by the programme, 2019 by the IPO memo', async () => {
    const { mijlpaal } = await ask<MijlpaalData>(mijlpaalQuery, { id: 'mijlpaal:actieprogramma-versterking-democratie' });
    expect(mijlpaal.datum).toBe('2018-Q2');
    expect(mijlpaal.wanneer).toBe('voor de zomer van 2018');
    expect(mijlpaal.varianten).toContainEqual(
      expect.objectContaining({
        eigenschap: 'datum',
        waarde: '2019',
        bron: expect.objectContaining({ regelVan: 583, regelTot: 585, document: { id: 'document:ipo-memo-2018-05-02' } }),
      }),
    );
  });
});

// ------------------------------------------------------------------ signatories, chairs, staff

describe('who signed, who chairs, who works where', () => {
  type Ondertekenaars = { instrument: { ondertekenaars: Connection<Ref & { soort: string }> } };
  const ondertekenaarsQuery = `{ instrument(id: "instrument:interbestuurlijk-programma") {
      ondertekenaars(first: 50) { totalCount edges { node { id naam soort }
        relatie { rol eigenschappen { naam waarde } bronnen { citaat regelVan document { id } } } } } } }`;

  // 003 r.169–180: the signing page: the minister-president, 13 ministers and state secretaries and the chairs of IPO,
  // VNG and UvW
  it('the signing page of the programme names seventeen people, from Rutte to the three koepel chairs', async () => {
    const { instrument } = await ask<Ondertekenaars>(ondertekenaarsQuery);
    const personen = instrument.ondertekenaars.edges.filter(({ node }) => node.soort === 'Persoon');
    expect(personen).toHaveLength(17);
    for (const { node, relatie } of personen) {
      const bron = relatie?.bronnen[0];
      expect(bron?.document.id).toBe('document:ibp-programmastart');
      expect(bron?.regelVan).toBeGreaterThanOrEqual(171);
      expect(bron?.regelVan).toBeLessThanOrEqual(180);
      expect(bron?.citaat).toContain(node.naam);
    }
    expect(personen.map(({ node }) => node.id)).toEqual(
      expect.arrayContaining(['persoon:rutte', 'persoon:ollongren', 'persoon:remkes', 'persoon:van-zanen', 'persoon:oosters', 'persoon:slob']),
    );
  });

  // 004 r.3: "zetten de VNG (gemeenten), IPO (provincies), UvW (waterschappen) en BZK (Rijk) hun handtekeningen";
  // 001 r.60–66: "hebben het kabinet en de voorzitters van de Vereniging van Nederlandse Gemeenten, het
  // Interprovinciaal Overleg en de Unie van Waterschappen hiervoor het Interbestuurlijk Programma ondertekend"
  it('by the web text VNG, IPO, UvW and BZK signed; by the IPO memo the cabinet and the three koepel chairs', async () => {
    const { instrument } = await ask<Ondertekenaars>(ondertekenaarsQuery);
    const organisaties = instrument.ondertekenaars.edges.filter(({ node }) => node.soort !== 'Persoon');
    const volgens = (document: string) =>
      sorted(organisaties.filter(({ relatie }) => relatie?.bronnen.some((bron) => bron.document.id === document)).map(({ node }) => node.id));
    expect(volgens('document:ibp-een-jaar')).toEqual(['koepel:ipo', 'koepel:uvw', 'koepel:vng', 'ministerie:bzk']);
    expect(volgens('document:ipo-memo-2018-05-02')).toEqual(['koepel:ipo', 'koepel:uvw', 'koepel:vng', 'organisatie:kabinet']);
    expect(relatieOf(instrument.ondertekenaars, 'ministerie:bzk').rol).toBe('namens het Rijk');
    expect(instrument.ondertekenaars.edges.every(({ relatie }) => waarde(relatie?.eigenschappen ?? [], 'datum') === '2018-02-14')).toBe(true);
  });

  // 003 r.172: "De voorzitter van het Interprovinciaal Overleg J.W. Remkes"; 000 r.17: "onder leiding van de wnd.
  // voorzitter van het IPO, de heer Remkes"; 001 r.122: "de tijdelijk voorzitter de heer Remkes (Noord-Holland)"
  it('Remkes is chair of the IPO, also called acting (wnd.) and temporary chair, each with its source', async () => {
    const { actor } = await ask<{ actor: { naam: string; rol: string; varianten: Variant[]; vertegenwoordigt: Connection } }>(
      `{ actor(id: "persoon:remkes") { naam ... on Persoon { rol varianten { eigenschap waarde bron { ${BRON} } }
           vertegenwoordigt { edges { node { id naam } relatie { rol } } } } } }`,
    );
    expect(actor.naam).toBe('J.W. Remkes');
    expect(actor.rol).toBe('voorzitter van het Interprovinciaal Overleg');
    expect(actor.varianten.map((variant) => [variant.eigenschap, variant.waarde, variant.bron.document.id, variant.bron.regelVan])).toEqual(
      expect.arrayContaining([
        ['rol', 'wnd. voorzitter van het IPO', 'document:mededeling-ibp-2018-02-08', 17],
        ['rol', 'tijdelijk voorzitter', 'document:ipo-memo-2018-05-02', 122],
      ]),
    );
    const ipoRollen = actor.vertegenwoordigt.edges.filter(({ node }) => node.id === 'koepel:ipo').map(({ relatie }) => relatie?.rol);
    expect(sorted(ipoRollen.map(String))).toEqual(['voorzitter', 'wnd. voorzitter']);
  });

  // 003 r.294: "De minister van BZK is voorzitter van de interbestuurlijke regietafel."; r.171: "De minister van
  // Binnenlandse Zaken en Koninkrijksrelaties K.H. Ollongren"; r.97: "de Interbestuurlijke regietafel waaraan
  // bewindspersonen en de voorzitters van de koepels plaatsnemen"
  it('Ollongren, minister of BZK, chairs the interbestuurlijke regietafel, where the koepels take part', async () => {
    const { actor } = await ask<{ actor: { voorzitters: Connection; leden: Connection; eigenschappen: Eigenschap[] } }>(
      `{ actor(id: "overleg:interbestuurlijke-regietafel") { eigenschappen { naam waarde } ... on Overleg {
           voorzitters { edges { node { id naam } relatie { rol bronnen { ${BRON} } } } } leden { edges { node { id naam } } } } } }`,
    );
    expect(ids(actor.voorzitters)).toEqual(['persoon:ollongren']);
    expect(relatieOf(actor.voorzitters, 'persoon:ollongren').bronnen.map((bron) => bron.regelVan)).toEqual(expect.arrayContaining([294, 171]));
    expect(sorted(ids(actor.leden))).toEqual(['koepel:ipo', 'koepel:uvw', 'koepel:vng']);
    expect(waarde(actor.eigenschappen, 'niveau')).toBe('bestuurlijk');
  });

  // 003 r.294: "De stuurgroep IBP+ bespreekt deze dwarsverbanden … onder het voorzitterschap van de DG Bestuur en Wonen"
  it('the stuurgroep IBP+ is chaired by the DG Bestuur en Wonen, whom no document names', async () => {
    const { actor } = await ask<{ actor: { voorzitters: Connection; eigenschappen: Eigenschap[] } }>(
      `{ actor(id: "overleg:stuurgroep-ibp-plus") { eigenschappen { naam waarde }
           ... on Overleg { voorzitters { totalCount edges { node { id naam } } } } } }`,
    );
    expect(waarde(actor.eigenschappen, 'voorzitter')).toBe('DG Bestuur en Wonen');
    expect(waarde(actor.eigenschappen, 'niveau')).toBe('hoogambtelijk');
    expect(actor.voorzitters.totalCount).toBe(0);
  });

  // 003 r.177: "De minister van Infrastructuur en Waterstaat C. van Nieuwenhuizen Wijbenga / De staatssecretaris van
  // Infrastructuur en Waterstaat S. van Veldhoven - Van der Meer"
  it('at IenW work minister Van Nieuwenhuizen Wijbenga and state secretary Van Veldhoven', async () => {
    const { actor } = await ask<{ actor: { medewerkers: Connection } }>(
      '{ actor(id: "ministerie:ienw") { ... on Ministerie { medewerkers { edges { node { id naam } relatie { rol } } } } } }',
    );
    expect(actor.medewerkers.edges.map(({ node, relatie }) => [node.naam, relatie?.rol])).toEqual([
      ['C. van Nieuwenhuizen Wijbenga', 'minister'],
      ['S. van Veldhoven - Van der Meer', 'staatssecretaris'],
    ]);
  });

  // 003 r.178–179: "De minister van Justitie en Veiligheid F.B.J. Grapperhaus … De staatssecretaris van Justitie en
  // Veiligheid M.G.J. Harbers" (Dekker signs as "minister voor Rechtsbescherming", without a ministry)
  it('at JenV work minister Grapperhaus and state secretary Harbers', async () => {
    const { actor } = await ask<{ actor: { naam: string; afkorting: string; medewerkers: Connection } }>(
      '{ actor(id: "ministerie:jenv") { naam afkorting ... on Ministerie { medewerkers { edges { node { id naam } relatie { rol } } } } } }',
    );
    expect(actor.naam).toBe('Ministerie van Justitie en Veiligheid');
    expect(actor.medewerkers.edges.map(({ node, relatie }) => [node.id, relatie?.rol])).toEqual([
      ['persoon:grapperhaus', 'minister'],
      ['persoon:harbers', 'staatssecretaris'],
    ]);
  });

  // 003 r.175: "De minister van Landbouw, Natuur en Voedselkwaliteit C.J. Schouten" vs 001 r.531: "Minister Landbouw
  // Natuur en Visserij (Schouten)"
  it('LNV is Landbouw, Natuur en Voedselkwaliteit; the IPO memo calls it "Landbouw Natuur en Visserij"', async () => {
    const { actor } = await ask<{ actor: { naam: string; afkorting: string; varianten: Variant[]; medewerkers: Connection } }>(
      `{ actor(id: "ministerie:lnv") { naam afkorting varianten { eigenschap waarde bron { ${BRON} } }
           ... on Ministerie { medewerkers { edges { node { id naam } relatie { rol } } } } } }`,
    );
    expect(actor.naam).toBe('Ministerie van Landbouw, Natuur en Voedselkwaliteit');
    expect(actor.afkorting).toBe('LNV');
    expect(actor.varianten).toEqual([
      expect.objectContaining({
        eigenschap: 'naam',
        waarde: 'Landbouw Natuur en Visserij',
        bron: expect.objectContaining({ document: { id: 'document:ipo-memo-2018-05-02' }, regelVan: 531 }),
      }),
    ]);
    expect(relatieOf(actor.medewerkers, 'persoon:schouten').rol).toBe('minister');
  });

  // 001 r.118–126: "bestuurlijke kopgroep … bestond uit de tijdelijk voorzitter de heer Remkes (Noord-Holland), mevrouw
  // Gräper-Van Koolwijk (Groningen), de heer Van Dijk (Gelderland) en de heer Pauli (Noord-Brabant)"
  it('the IPO kopgroep was Remkes (Noord-Holland), Gräper-Van Koolwijk (Groningen), Van Dijk (Gelderland) and Pauli (Noord-Brabant)', async () => {
    const { actor } = await ask<{ actor: { leden: Connection<Ref & { vertegenwoordigt: Connection }>; voorzitters: Connection } }>(
      `{ actor(id: "overleg:ipo-bestuurlijke-kopgroep") { ... on Overleg {
           voorzitters { edges { node { id naam } } }
           leden { edges { node { id naam ... on Persoon { vertegenwoordigt { edges { node { id naam } } } } } } } } } }`,
    );
    const provincieVan = Object.fromEntries(
      actor.leden.edges.map(({ node }) => [node.naam, ids(node.vertegenwoordigt).find((id) => id.startsWith('provincie:'))]),
    );
    expect(provincieVan).toEqual({
      'J.W. Remkes': 'provincie:noord-holland',
      'Gräper-Van Koolwijk': 'provincie:groningen',
      'Van Dijk': 'provincie:gelderland',
      Pauli: 'provincie:noord-brabant',
    });
    expect(ids(actor.voorzitters)).toEqual(['persoon:remkes']);
  });

  // 003 r.173 and r.172: the chairs of "de Vereniging van Nederlandse Gemeenten", "het Interprovinciaal Overleg" and "de
  // Unie van Waterschappen"; r.66: "de decentrale koepels, VNG, IPO en UvW"
  it('the three koepels are the IPO, the UvW and the VNG', async () => {
    const { actoren } = await ask<{ actoren: Connection<Ref & { afkorting: string }> }>(
      '{ actoren(soort: [Koepel]) { totalCount edges { node { id naam afkorting } } } }',
    );
    expect(actoren.edges.map(({ node }) => [node.afkorting, node.naam])).toEqual([
      ['IPO', 'Interprovinciaal Overleg'],
      ['UvW', 'Unie van Waterschappen'],
      ['VNG', 'Vereniging van Nederlandse Gemeenten'],
    ]);
  });
});

// ------------------------------------------------------------------ themes and instruments

describe('themes and instruments', () => {
  // 003 r.528–544: "merkbaar verschil maken op een twaalftal iconische 'programmatische' thema's: 1. Mensen die te maken
  // hebben met eenzaamheid … 12. Kansen creëren voor minder zelfredzame jongeren."
  it('the social domain has twelve programmatic themes, numbered 1 to 12 as in the programme', async () => {
    const { themas } = await ask<{ themas: Connection<Ref & { eigenschappen: Eigenschap[] }> }>(
      '{ themas(opgave: "opgave:sociaal-domein", first: 50) { totalCount edges { node { id naam eigenschappen { naam waarde } } } } }',
    );
    expect(themas.totalCount).toBe(12);
    const perNummer = themas.edges
      .map(({ node }) => [Number(waarde(node.eigenschappen, 'nummer')), node.naam] as const)
      .sort((a, b) => a[0] - b[0]);
    expect(perNummer.map(([nummer]) => nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(perNummer[0]?.[1]).toBe('Mensen die te maken hebben met eenzaamheid');
    expect(perNummer[5]?.[1]).toBe('Mensen die zich met het Nederlands niet goed kunnen redden');
    expect(perNummer[10]?.[1]).toBe('Vrouwen, mannen en kinderen die slachtoffer zijn van mensenhandel');
    expect(perNummer[11]?.[1]).toBe('Kansen creëren voor minder zelfredzame jongeren');
  });

  // 003 r.348–352: "a) Klimaatmitigatie … b) Klimaatadaptatie … c) Circulaire economie"; r.972–1065 (bijlage 2):
  // "1. Sector Industrie", "2. Sector Landbouw en Natuur", "3. Sector Gebouwde omgeving", "4. Sector Elektriciteit",
  // "5. Sector Mobiliteit"
  it('klimaat has three themes (mitigation, adaptation, circular economy) and the five sectors of bijlage 2', async () => {
    const { themas } = await ask<{ themas: Connection }>('{ themas(opgave: "opgave:klimaat", first: 50) { totalCount edges { node { id naam } } } }');
    expect(themas.edges.map(({ node }) => node.naam)).toEqual([
      'Circulaire economie',
      'Klimaatadaptatie',
      'Klimaatmitigatie',
      'Sector Elektriciteit',
      'Sector Gebouwde omgeving',
      'Sector Industrie',
      'Sector Landbouw en Natuur',
      'Sector Mobiliteit',
    ]);
  });

  // 003 r.674 "1. Eén overheid", r.686 "2. Democratische overheid", r.697 "3. iOverheid"; 001 r.95–97: "kent drie
  // speerpunten: beter functioneren als één overheid, iOverheid … en ‘democratische overheid’"
  it('goed openbaar bestuur has three speerpunten: Eén overheid, Democratische overheid, iOverheid', async () => {
    const { themas } = await ask<{ themas: Connection<Ref & { eigenschappen: Eigenschap[]; varianten: Variant[] }> }>(
      `{ themas(opgave: "opgave:goed-openbaar-bestuur") {
           edges { node { id naam eigenschappen { naam waarde } varianten { eigenschap waarde bron { ${BRON} } } } } } }`,
    );
    const speerpunten = themas.edges
      .filter(({ node }) => waarde(node.eigenschappen, 'speerpunt') !== undefined)
      .map(({ node }) => [waarde(node.eigenschappen, 'speerpunt'), node.naam])
      .sort();
    expect(speerpunten).toEqual([
      ['1', 'Eén overheid'],
      ['2', 'Democratische overheid'],
      ['3', 'iOverheid'],
    ]);
    const eenOverheid = themas.edges.find(({ node }) => node.id === 'thema:een-overheid')?.node;
    expect(eenOverheid?.varianten[0]).toMatchObject({
      waarde: 'beter functioneren als één overheid',
      bron: { document: { id: 'document:ipo-memo-2018-05-02' } },
    });
  });

  // 003 r.763: "Daarvoor zijn in het regeerakkoord ook verschillende instrumenten benoemd: o.a. regionale deals, city
  // deals, de regionale envelop en regionale energie en klimaatstrategieën (REKs)."
  it('the instruments of the regional area-based approach include regional deals, city deals, the regional envelope and REKS', async () => {
    const { thema } = await ask<{ thema: { opgaven: Connection; instrumenten: Connection } }>(
      `{ thema(id: "thema:regionale-gebiedsgerichte-aanpak") { opgaven { edges { node { id naam } } }
           instrumenten(first: 50) { edges { node { id naam } relatie { bronnen { ${BRON} } } } } } }`,
    );
    expect(ids(thema.opgaven)).toEqual(['opgave:overkoepelend']);
    const genoemd = ['instrument:regiodeals', 'instrument:city-deals', 'instrument:regionale-envelop', 'instrument:reks'];
    expect(ids(thema.instrumenten)).toEqual(expect.arrayContaining(genoemd));
    for (const id of genoemd) {
      expect(relatieOf(thema.instrumenten, id).bronnen).toContainEqual(
        expect.objectContaining({ regelVan: 763, document: { id: 'document:ibp-programmastart' } }),
      );
    }
  });

  // 001 r.383–387: "stilgestaan bij de bijdragen uit de regio-envelop (Zeeland, Petten en ESTEC en Brainport), wat
  // natuurlijk ook speelt voor Zuid Holland (Rotterdam Zuid)"
  it('the regio-envelop contributes to Zeeland, Petten, ESTEC, Brainport and Rotterdam Zuid', async () => {
    const { instrument } = await ask<{ instrument: { naam: string; varianten: Variant[]; regios: Connection; verbanden: Connection } }>(
      `{ instrument(id: "instrument:regionale-envelop") { naam varianten { eigenschap waarde bron { ${BRON} } }
           regios { edges { node { id naam } } }
           verbanden(typen: [INSTRUMENT_VOOR], richting: UIT, first: 50) { edges { node { id naam } } } } }`,
    );
    expect(instrument.naam).toBe('regionale envelop');
    expect(instrument.varianten).toContainEqual(expect.objectContaining({ eigenschap: 'naam', waarde: 'regio-envelop' }));
    expect(sorted(ids(instrument.regios))).toEqual(['gemeente:petten', 'provincie:zeeland', 'regio:brainport', 'regio:rotterdam-zuid']);
    expect(ids(instrument.verbanden)).toContain('organisatie:estec');
  });

  // 003 r.469: "de ontwikkeling van bijvoorbeeld de Actieagenda Brainport"; 001 r.385: "regio-envelop (… en Brainport)"
  it('the instruments for Brainport are the Actieagenda Brainport and the regional envelope', async () => {
    const { instrumenten } = await ask<{ instrumenten: Connection }>('{ instrumenten(regio: "regio:brainport") { totalCount edges { node { id naam } } } }');
    expect(instrumenten.edges.map(({ node }) => node.naam)).toEqual(['Actieagenda Brainport', 'regionale envelop']);
  });

  // 003 r.888: "IPO, VNG en UvW nemen het voortouw … integrale regionale energie- en klimaatstrategieën (REKS)";
  // r.763: "(REKs)"; 001 r.379–381: "de eerste ervaringen met Regionale Klimaat en Energie-strategieën in Friesland"
  it('REKS: the three koepels take the lead; first experience in Friesland; also spelled REKs', async () => {
    const { instrument } = await ask<{ instrument: { afkorting: string; varianten: Variant[]; betrokkenen: Connection; regios: Connection } }>(
      `{ instrument(id: "instrument:reks") { afkorting varianten { eigenschap waarde bron { ${BRON} } }
           betrokkenen { edges { node { id naam } relatie { rol } } } regios { edges { node { id naam } } } } }`,
    );
    expect(instrument.afkorting).toBe('REKS');
    expect(instrument.varianten.map((variant) => [variant.eigenschap, variant.waarde])).toEqual(
      expect.arrayContaining([
        ['afkorting', 'REKs'],
        ['naam', 'Regionale Klimaat en Energie-strategieën'],
      ]),
    );
    expect(sorted(ids(instrument.betrokkenen))).toEqual(['koepel:ipo', 'koepel:uvw', 'koepel:vng']);
    expect(instrument.betrokkenen.edges.every(({ relatie }) => relatie?.rol === 'neemt het voortouw')).toBe(true);
    expect(ids(instrument.regios)).toEqual(['provincie:friesland']);
  });

  // 003 r.32: "met het IBP en de gemaakte financiële afspraken een stevige basis is gelegd" vs 001 r.142–143: "Hierbij
  // geldt expliciet dat er met het IBP geen concrete financiële afspraken zijn gemaakt."
  it('the VNG speaks of financial agreements made with the IBP; the IPO memo says no concrete ones were made', async () => {
    const { instrument } = await ask<{ instrument: { eigenschappen: Eigenschap[]; varianten: Variant[] } }>(
      `{ instrument(id: "instrument:interbestuurlijk-programma") { eigenschappen { naam waarde } varianten { eigenschap waarde bron { ${BRON} } } } }`,
    );
    expect(waarde(instrument.eigenschappen, 'financieleAfspraken')).toMatch(/^gemaakt/);
    const ipo = instrument.varianten.filter((variant) => variant.eigenschap === 'financieleAfspraken');
    expect(ipo).toHaveLength(1);
    expect(ipo[0]?.waarde).toBe('geen concrete financiële afspraken');
    expect(ipo[0]?.bron.document.id).toBe('document:ipo-memo-2018-05-02');
    expect(ipo[0]?.bron.citaat).toContain('geen concrete financiële afspraken zijn gemaakt');
  });

  // 003 r.516: "Met het IBP is de discussie over de door gemeenten ervaren financiële problematiek in het sociaal domein
  // afgerond" vs r.30: "Daarover is een gedeeltelijke oplossing bereikt." vs 004 r.10: "Tekorten op de Jeugdzorg bij een
  // aantal gemeenten was en is een van de grootste knelpunten."
  it('were the social-domain shortfalls settled? "afgerond" says the programme, "gedeeltelijk" the ledenbrief, not so a year later', async () => {
    const { opgave } = await ask<{ opgave: { eigenschappen: Eigenschap[]; bronnen: Bron[]; varianten: Variant[] } }>(
      `{ opgave(id: "opgave:sociaal-domein") { eigenschappen { naam waarde } bronnen { ${BRON} }
           varianten { eigenschap waarde bron { ${BRON} } } } }`,
    );
    expect(waarde(opgave.eigenschappen, 'tekortenSociaalDomein')).toBe('discussie met het IBP afgerond');
    expect(opgave.bronnen).toContainEqual(expect.objectContaining({ regelVan: 516, citaat: expect.stringContaining('afgerond') }));
    const tekorten = opgave.varianten.filter((variant) => variant.eigenschap === 'tekortenSociaalDomein');
    expect(tekorten.map((variant) => [variant.bron.document.id, variant.bron.regelVan])).toEqual(
      expect.arrayContaining([
        ['document:ibp-programmastart', 30],
        ['document:ibp-een-jaar', 10],
      ]),
    );
    expect(tekorten.find((variant) => variant.bron.document.id === 'document:ibp-een-jaar')?.bron.citaat).toContain('Jeugdzorg');
  });

  // 000 r.23: "In discussie is op dit moment nog de vraag in hoeverre het accres … zal worden ingezet voor het IBP" vs
  // 003 r.313: "Het kabinet stelt accres beschikbaar aan de decentrale overheden." and 001 r.175: "De afspraak dat het
  // accres als lumpsum beschikbaar komt"
  it('the accres was still under discussion on 8 February; the programme and the IPO memo record it as agreed', async () => {
    const { instrument } = await ask<{ instrument: { bronnen: Bron[]; verbanden: Connection } }>(
      `{ instrument(id: "instrument:accres") { bronnen { ${BRON} }
           verbanden(typen: [BESPROKEN_IN]) { edges { node { id naam } relatie { onderwerp bronnen { ${BRON} } } } } } }`,
    );
    expect(instrument.bronnen.map((bron) => [bron.document.id, bron.regelVan])).toEqual(
      expect.arrayContaining([
        ['document:ibp-programmastart', 313],
        ['document:ipo-memo-2018-05-02', 175],
      ]),
    );
    const mededeling = relatieOf(instrument.verbanden, 'document:mededeling-ibp-2018-02-08');
    expect(mededeling.onderwerp).toContain('nog in discussie');
    expect(mededeling.bronnen[0]).toMatchObject({ regelVan: 23, citaat: expect.stringMatching(/^In discussie is op dit moment nog/) });
  });

  // 003 r.111: "In 2018 zal dat fonds € 200 miljoen bedragen. Het kabinet stelt daarvoor € 100 miljoen beschikbaar, de
  // andere € 100 miljoen komt ten laste van het gemeentefonds. … Voor het jaar 2019 wordt bezien of aanvulling van het
  // fonds noodzakelijk is."
  it('the fund for shortfalls in the social domain is € 200 million in 2018, half from the cabinet, half from the gemeentefonds', async () => {
    const { instrument } = await ask<{ instrument: { eigenschappen: Eigenschap[]; opgaven: Connection; mijlpalen: Connection<MijlpaalLike> } }>(
      `{ instrument(id: "instrument:fonds-tekorten-sociaal-domein") { eigenschappen { naam waarde }
           opgaven { edges { node { id naam } } } mijlpalen { edges { node { id naam datum } } } } }`,
    );
    expect(waarde(instrument.eigenschappen, 'omvang2018')).toBe('€ 200 miljoen');
    expect(waarde(instrument.eigenschappen, 'bijdrageKabinet')).toBe('€ 100 miljoen');
    expect(waarde(instrument.eigenschappen, 'bijdrageGemeentefonds')).toBe('€ 100 miljoen');
    expect(ids(instrument.opgaven)).toEqual(['opgave:sociaal-domein']);
    expect(instrument.mijlpalen.edges.map(({ node }) => node.datum)).toEqual(['2018-06-27', '2019']);
  });

  // 003 r.656: "De realisatie van acht gezamenlijke landelijke vreemdelingenvoorzieningen … De LVV's dienen …"
  it('there are to be eight landelijke vreemdelingenvoorzieningen (LVV)', async () => {
    const { instrument } = await ask<{ instrument: { naam: string; afkorting: string; eigenschappen: Eigenschap[] } }>(
      '{ instrument(id: "instrument:lvv") { naam afkorting eigenschappen { naam waarde } } }',
    );
    expect(instrument).toMatchObject({ naam: 'landelijke vreemdelingenvoorzieningen', afkorting: 'LVV' });
    expect(waarde(instrument.eigenschappen, 'aantal')).toBe('8');
  });

  // 003 r.605: "in het kader van de brede schuldenaanpak van het kabinet"; r.611: "Landelijke afspraken met grote
  // uitvoerders (Manifestpartijen …)"; r.623/631: "brede schuldenaanpak³ … ³ Kamerstukken II, 2017-2018, 2017Z18330"
  it('schulden is served by the cabinet’s broad debt approach and agreements with the Manifestpartijen', async () => {
    const { instrumenten } = await ask<{ instrumenten: Connection<Ref & { eigenschappen: Eigenschap[] }> }>(
      '{ instrumenten(opgave: "opgave:schulden") { edges { node { id naam eigenschappen { naam waarde } } } } }',
    );
    expect(ids(instrumenten)).toEqual(['instrument:brede-schuldenaanpak', 'instrument:landelijke-afspraken-manifestpartijen']);
    const aanpak = instrumenten.edges.find(({ node }) => node.id === 'instrument:brede-schuldenaanpak')?.node;
    expect(waarde(aanpak?.eigenschappen ?? [], 'kamerstuk')).toBe('Kamerstukken II, 2017-2018, 2017Z18330');
  });
});

// ------------------------------------------------------------------ documents

describe('the documents', () => {
  type DocumentNode = Ref & { datum: string | null; afzender: string | null; kenmerk: string | null; bestand: string };

  // 000 r.35 "8 februari 2018"; 003 r.7 "15 februari 2018"; 002 r.9 "16 maart 2018"; 001 r.26 "Datum : 2 mei 2018";
  // 004 r.3 "Precies een jaar geleden, op 14 februari 2018" (so 14 February 2019)
  it('the five documents, oldest first, date from 8 February 2018 to 14 February 2019', async () => {
    const { documenten } = await ask<{ documenten: Connection<DocumentNode> }>(
      '{ documenten(sortering: DATUM) { totalCount edges { node { id naam datum afzender kenmerk bestand } } } }',
    );
    expect(documenten.edges.map(({ node }) => [node.id, node.datum])).toEqual([
      ['document:mededeling-ibp-2018-02-08', '2018-02-08'],
      ['document:ibp-programmastart', '2018-02-15'],
      ['document:vng-ledenbrief-2018-03-16', '2018-03-16'],
      ['document:ipo-memo-2018-05-02', '2018-05-02'],
      ['document:ibp-een-jaar', '2019-02-14'],
    ]);
  });

  // 003 r.9–11: "Ons kenmerk COS/U201800112 Lbr. 18/004"; 002 r.10–12: "Ons kenmerk COS/U201800195 Lbr. 18/009";
  // 000 r.29–31: "Registratienummer 2193295"
  it('the references are COS/U201800112 (15 Feb), COS/U201800195 (16 Mar) and registration number 2193295 (mededeling)', async () => {
    type Brief = DocumentNode & { eigenschappen: Eigenschap[] };
    const data = await ask<{ a: Brief; b: Brief; c: DocumentNode; d: DocumentNode }>(
      `{ a: document(id: "document:ibp-programmastart") { id naam kenmerk eigenschappen { naam waarde } }
         b: document(id: "document:vng-ledenbrief-2018-03-16") { id naam kenmerk eigenschappen { naam waarde } }
         c: document(id: "document:mededeling-ibp-2018-02-08") { id naam kenmerk }
         d: document(id: "document:ipo-memo-2018-05-02") { id naam kenmerk } }`,
    );
    expect(data.a.kenmerk).toBe('COS/U201800112');
    expect(waarde(data.a.eigenschappen, 'lbrNummer')).toBe('Lbr. 18/004');
    expect(data.b.kenmerk).toBe('COS/U201800195');
    expect(waarde(data.b.eigenschappen, 'lbrNummer')).toBe('Lbr. 18/009');
    expect(data.c.kenmerk).toBe('2193295');
    expect(data.d.kenmerk).toBeNull();
  });

  // 001 r.14–24: "Aan : de leden van het IPO-bestuur alle Colleges van Gedeputeerde Staten / Van : Michiel Koetsier /
  // CC : Henry Meijdam, Johan Osinga, Hester Menninga, Mariëlle de Ruijsscher"
  it('the IPO memo is from Michiel Koetsier to the IPO board and all Colleges of GS, with four people in cc', async () => {
    const { document } = await ask<{ document: { afzender: string; afzenders: Connection; geadresseerden: Connection } }>(
      `{ document(id: "document:ipo-memo-2018-05-02") { afzender afzenders { edges { node { id naam } relatie { rol } } }
           geadresseerden { edges { node { id naam } relatie { rol } } } } }`,
    );
    expect(document.afzender).toBe('Michiel Koetsier');
    expect(ids(document.afzenders)).toContain('persoon:michiel-koetsier');
    const cc = document.geadresseerden.edges.filter(({ relatie }) => relatie?.rol === 'cc').map(({ node }) => node.naam);
    expect(sorted(cc)).toEqual(['Henry Meijdam', 'Hester Menninga', 'Johan Osinga', 'Mariëlle de Ruijsscher']);
    const aan = document.geadresseerden.edges.filter(({ relatie }) => relatie?.rol !== 'cc').map(({ node }) => node.id);
    expect(sorted(aan)).toEqual(['organisatie:colleges-van-gs', 'overleg:ipo-bestuur']);
  });

  // 002 r.23: "Op 15 februari heeft u een ledenbrief ontvangen, waarin u geïnformeerd bent over het Interbestuurlijk
  // Programma"
  it('the ledenbrief of 16 March refers back to the ledenbrief of 15 February', async () => {
    const { document } = await ask<{ document: { verwijstNaar: Connection<Ref & { datum: string }> } }>(
      `{ document(id: "document:vng-ledenbrief-2018-03-16") {
           verwijstNaar { edges { node { id naam datum } relatie { onderwerp bronnen { ${BRON} } } } } } }`,
    );
    expect(document.verwijstNaar.edges.map(({ node }) => [node.id, node.datum])).toEqual([['document:ibp-programmastart', '2018-02-15']]);
    expect(document.verwijstNaar.edges[0]?.relatie?.bronnen[0]).toMatchObject({ regelVan: 23, citaat: expect.stringContaining('Op 15 februari') });
  });

  // 003 r.129–135: "Met vriendelijke groet, Vereniging van Nederlandse Gemeenten … Jantine Kriens Algemeen directeur";
  // 002 r.90–95: "Met vriendelijke groet, … Jantine Kriens Algemeen directeur"
  it('both VNG ledenbrieven come from the VNG and are signed by its director Jantine Kriens', async () => {
    const data = await ask<{ a: { afzenders: Connection }; b: { afzenders: Connection }; kriens: { werktBij: Connection } }>(
      `{ a: document(id: "document:ibp-programmastart") { afzenders { edges { node { id naam } relatie { rol } } } }
         b: document(id: "document:vng-ledenbrief-2018-03-16") { afzenders { edges { node { id naam } relatie { rol } } } }
         kriens: actor(id: "persoon:jantine-kriens") { ... on Persoon { werktBij { edges { node { id naam } relatie { rol } } } } } }`,
    );
    for (const brief of [data.a, data.b]) {
      expect(sorted(ids(brief.afzenders))).toEqual(['koepel:vng', 'persoon:jantine-kriens']);
      expect(relatieOf(brief.afzenders, 'persoon:jantine-kriens').rol).toBe('ondertekenaar');
    }
    expect(relatieOf(data.kriens.werktBij, 'koepel:vng').rol).toBe('algemeen directeur');
  });

  // 000 r.19: "Voor de provincies zijn de volgende IBP-thema's relevant: Klimaat, Wonen, Regionale economie, Vitaal
  // platteland, Goed openbaar bestuur, Financiële verhoudingen."
  it('the mededeling names six IBP themes as relevant to the provinces', async () => {
    const { document } = await ask<{ document: { bespreekt: Connection<Ref & { soort: string }> } }>(
      '{ document(id: "document:mededeling-ibp-2018-02-08") { bespreekt(first: 100) { edges { node { id naam soort } } } } }',
    );
    const opgaven = document.bespreekt.edges.filter(({ node }) => node.soort === 'Opgave').map(({ node }) => node.id);
    expect(sorted(opgaven)).toEqual(
      sorted([
        'opgave:klimaat',
        'opgave:wonen',
        'opgave:regionale-economie',
        'opgave:vitaal-platteland',
        'opgave:goed-openbaar-bestuur',
        'opgave:financiele-verhoudingen',
      ]),
    );
  });

  // 001 r.417–630: the annex "Hoe organiseren we het vervolg?" covers klimaat, wonen, regionale economie, vitaal
  // platteland, goed openbaar bestuur, financiële verhoudingen and overkoepelende thema's — none of the social opgaven
  it('the IPO memo discusses the seven provincial opgaven and none of the three social ones', async () => {
    const { document } = await ask<{ document: { bespreekt: Connection<Ref & { soort: string }> } }>(
      '{ document(id: "document:ipo-memo-2018-05-02") { bespreekt(first: 100) { edges { node { id naam soort } } } } }',
    );
    const opgaven = document.bespreekt.edges.filter(({ node }) => node.soort === 'Opgave').map(({ node }) => node.id);
    expect(opgaven).toHaveLength(7);
    expect(opgaven).not.toContain('opgave:sociaal-domein');
    expect(opgaven).not.toContain('opgave:schulden');
    expect(opgaven).not.toContain('opgave:migratie');
    expect(opgaven).toContain('opgave:overkoepelend');
  });

  // 004 r.1–3: the web text has a title and refers to "Precies een jaar geleden, op 14 februari 2018" but names no author
  it('the web text "1 jaar IBP" has no named sender and its date is derived from "precies een jaar geleden"', async () => {
    const { document } = await ask<{ document: { naam: string; afzender: string | null; afzenders: Connection; eigenschappen: Eigenschap[] } }>(
      '{ document(id: "document:ibp-een-jaar") { naam afzender afzenders { totalCount edges { node { id naam } } } eigenschappen { naam waarde } } }',
    );
    expect(document.naam).toBe('1 jaar IBP: de plannen voor 2019');
    expect(document.afzender).toBeNull();
    expect(document.afzenders.totalCount).toBe(0);
    expect(waarde(document.eigenschappen, 'datumAfgeleid')).toBe('true');
  });
});

// ------------------------------------------------------------------ search and lookup by id

describe('search and lookup by id', () => {
  type Zoek = { zoek: Connection<Ref & { soort: string }> };
  const zoekQuery = `query ($tekst: String!, $soorten: [Soort!], $first: Int) {
      zoek(tekst: $tekst, soorten: $soorten, first: $first) { totalCount edges { node { id naam soort } score } } }`;

  // 001 r.292: "Of Chemelot waar de energietransitie heel direct ingrijpt"
  it('a typo ("Chemlot") still finds Chemelot first', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'Chemlot' });
    expect(zoek.edges[0]?.node.id).toBe('regio:chemelot');
  });

  // 001 r.124: "mevrouw Gräper-Van Koolwijk (Groningen)"
  it('a missing umlaut ("Graper") finds Gräper-Van Koolwijk', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'Graper' });
    expect(zoek.edges[0]?.node).toMatchObject({ id: 'persoon:graper-van-koolwijk', naam: 'Gräper-Van Koolwijk' });
  });

  // 003 r.334: "1. Samen aan de slag voor het klimaat"
  it('the start of a word ("klim") finds the klimaat opgave', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'klim', first: 100 });
    expect(ids(zoek)).toContain('opgave:klimaat');
  });

  // 001 r.325: "ondermijning in vakantieparken"; 003 r.429: "de aanpak van vakantieparken"
  it('the singular ("vakantiepark") finds the theme Vakantieparken first', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'vakantiepark' });
    expect(zoek.edges[0]?.node.id).toBe('thema:vakantieparken');
  });

  // 003 r.709: "9. Passende financiële verhoudingen"
  it('typing without the diaeresis ("financiele verhoudingen") finds the opgave Passende financiële verhoudingen first', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'financiele verhoudingen' });
    expect(zoek.edges[0]?.node).toMatchObject({ id: 'opgave:financiele-verhoudingen', naam: 'Passende financiële verhoudingen' });
  });

  // 001 r.333: "de Markerwadden als voorbeeld"
  it('a typo ("Markerwaden") finds the Markerwadden', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'Markerwaden' });
    expect(zoek.edges[0]?.node.id).toBe('regio:markerwadden');
  });

  // 001 r.351: "Food Valley rond de universiteit in Wageningen"
  it('searching "Wageningen" among municipalities only finds the municipality Wageningen', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'Wageningen', soorten: ['Gemeente'] });
    expect(zoek.totalCount).toBe(1);
    expect(zoek.edges.map(({ node }) => [node.id, node.soort])).toEqual([['gemeente:wageningen', 'Gemeente']]);
  });

  // one node of each kind, all named in the documents: e.g. 003 r.334 klimaat, r.253 inburgering, r.175 LNV, r.173 Unie van
  // Waterschappen, r.176 Wiebes, r.763 REKs; 001 r.369–371 Limburg, r.351 Wageningen, r.288 WUR, r.543 "BAC VP", r.345
  // Food Valley; 001 r.60 (signing); 004 r.1; 003 r.771 krimp
  it('node(id) and nodes(ids) resolve every kind of node to its type, in the order asked', async () => {
    const gevraagd: Array<[string, string]> = [
      ['opgave:klimaat', 'Opgave'],
      ['thema:inburgering', 'Thema'],
      ['ministerie:lnv', 'Ministerie'],
      ['koepel:uvw', 'Koepel'],
      ['provincie:limburg', 'Provincie'],
      ['gemeente:wageningen', 'Gemeente'],
      ['organisatie:wur', 'Organisatie'],
      ['overleg:bac-vp', 'Overleg'],
      ['persoon:wiebes', 'Persoon'],
      ['regio:food-valley', 'Regio'],
      ['instrument:reks', 'Instrument'],
      ['mijlpaal:ondertekening-ibp', 'Mijlpaal'],
      ['document:ibp-een-jaar', 'Document'],
      ['crossover:krimp', 'Crossover'],
    ];
    const data = await ask<{ nodes: Array<{ __typename: string; id: string; soort: string } | null>; node: { __typename: string; naam: string } }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Entiteit { soort } }
         node(id: "persoon:wiebes") { __typename ... on Entiteit { naam } } }`,
      { ids: gevraagd.map(([id]) => id) },
    );
    expect(data.nodes.map((node) => [node?.id, node?.__typename])).toEqual(gevraagd);
    expect(data.nodes.every((node) => node?.soort === node?.__typename)).toBe(true);
    expect(data.node).toEqual({ __typename: 'Persoon', naam: 'E.D. Wiebes' });
  });

  // no document names an opgave "bestaat-niet", a region "Atlantis" or a person "niemand" (MODEL.md: what the texts do
  // not say is not in the graph); 003 r.1008 names Chemelot and r.243 "2. Toekomstbestendig wonen"
  it('unknown ids give null, for node() and for every typed lookup, and nodes() keeps a null in its place', async () => {
    const data = await ask<Record<string, unknown>>(
      `{ node(id: "opgave:bestaat-niet") { id } opgave(id: "opgave:bestaat-niet") { id } thema(id: "thema:niets") { id }
         actor(id: "persoon:niemand") { id } regio(id: "regio:atlantis") { id } instrument(id: "instrument:geen") { id }
         crossover(id: "crossover:geen") { id } mijlpaal(id: "mijlpaal:nooit") { id } document(id: "document:geen") { id }
         nodes(ids: ["regio:chemelot", "regio:atlantis", "opgave:wonen"]) { id } }`,
    );
    expect(data).toEqual({
      node: null,
      opgave: null,
      thema: null,
      actor: null,
      regio: null,
      instrument: null,
      crossover: null,
      mijlpaal: null,
      document: null,
      nodes: [{ id: 'regio:chemelot' }, null, { id: 'opgave:wonen' }],
    });
  });

  // 001 r.369–371: "Chemelot (Limburg)" — Chemelot is a region, not an opgave
  it('asking opgave(id) for the id of a region gives null rather than the region', async () => {
    const data = await ask<{ opgave: unknown; regio: { naam: string } }>('{ opgave(id: "regio:chemelot") { id } regio(id: "regio:chemelot") { naam } }');
    expect(data.opgave).toBeNull();
    expect(data.regio.naam).toBe('Chemelot');
  });
});

// ------------------------------------------------------------------ provenance

describe('provenance: quotes and source lines', () => {
  const documentLines = new Map<string, string[]>();
  async function linesOf(bestand: string): Promise<string[]> {
    let lines = documentLines.get(bestand);
    if (!lines) {
      lines = (await readFile(new URL(`../../seeds/documenten/${bestand}`, import.meta.url), 'utf8')).split(/\r?\n/);
      documentLines.set(bestand, lines);
    }
    return lines;
  }

  // 001 r.427–433 "Samen aan de slag voor het klimaat / Trekker / EZK / (IenW voor adaptatie en circulair)", r.464–467,
  // r.489–492, r.521–525, r.553–557, r.593–597: every trekker is stated in the memo's annex table, under "Trekker"
  it('every trekker relation quotes the memo’s "Trekker" cell with the trekker’s abbreviation, and Bron.tekst is those very lines', async () => {
    const { opgaven, documenten } = await ask<{
      opgaven: Connection<{ id: string; trekkers: Connection<{ id: string; afkorting: string }> }>;
      documenten: Connection<{ id: string; bestand: string }>;
    }>(
      `{ opgaven { edges { node { id trekkers { edges { node { id afkorting } relatie { bronnen { ${BRON} } } } } } } }
         documenten { edges { node { id bestand } } } }`,
    );
    const bestandVan = new Map(documenten.edges.map(({ node }) => [node.id, node.bestand]));
    let aantal = 0;
    for (const { node: opgave } of opgaven.edges) {
      for (const { node: trekker, relatie } of opgave.trekkers.edges) {
        const memo = relatie?.bronnen.filter((bron) => bron.document.id === 'document:ipo-memo-2018-05-02') ?? [];
        expect(memo.length, `${trekker.id} → ${opgave.id}`).toBeGreaterThan(0);
        for (const bron of memo) {
          expect(bron.citaat).toContain(trekker.afkorting);
          const lines = await linesOf(bestandVan.get(bron.document.id) ?? '');
          expect(bron.tekst).toBe(lines.slice(bron.regelVan - 1, bron.regelTot).join('\n'));
          // the cell sits under the table's "Trekker" heading (at most four lines above the quote)
          expect(lines.slice(Math.max(0, bron.regelVan - 5), bron.regelTot).join(' ')).toContain('Trekker');
          expect(squash(bron.tekst)).toContain(squash(bron.citaat));
          aantal += 1;
        }
      }
    }
    expect(aantal).toBe(9);
  });

  // MODEL.md, "Bron": the quote occurs literally in the cited lines once whitespace is collapsed; checked here for
  // every source and every variant of the ten opgaven (e.g. 003 r.242 "Fysiek 1. Samen aan de slag voor het klimaat")
  it('every source and variant of the ten opgaven quotes text that stands in the cited lines of its document', async () => {
    const { opgaven, documenten } = await ask<{
      opgaven: Connection<{ id: string; bronnen: Bron[]; varianten: Variant[] }>;
      documenten: Connection<{ id: string; bestand: string }>;
    }>(
      `{ opgaven { edges { node { id bronnen { ${BRON} } varianten { eigenschap waarde bron { ${BRON} } } } } }
         documenten { edges { node { id bestand } } } }`,
    );
    const bestandVan = new Map(documenten.edges.map(({ node }) => [node.id, node.bestand]));
    for (const { node } of opgaven.edges) {
      const bronnen = [...node.bronnen, ...node.varianten.map((variant) => variant.bron)];
      expect(bronnen.length, node.id).toBeGreaterThan(0);
      for (const bron of bronnen) {
        const lines = await linesOf(bestandVan.get(bron.document.id) ?? '');
        expect(bron.regelVan).toBeGreaterThanOrEqual(1);
        expect(bron.regelTot).toBeGreaterThanOrEqual(bron.regelVan);
        expect(bron.regelTot).toBeLessThanOrEqual(lines.length);
        const cited = squash(lines.slice(bron.regelVan - 1, bron.regelTot).join(' '));
        expect(cited, `${node.id} ${bron.document.id} r.${bron.regelVan}`).toContain(squash(bron.citaat));
      }
    }
  });

  // 003 r.920: "veenbodemdaling raakt naast de IBP-opgave 'samen aan de slag voor het klimaat' ook aan de opgaven 'naar
  // een vitaal platteland' en 'toekomstbestendig wonen'"
  it('the quote behind bodemdaling names each of the three opgaven it joins', async () => {
    const { crossover } = await ask<{ crossover: { opgaven: Connection<Ref> } }>(
      `{ crossover(id: "crossover:bodemdaling") { opgaven { edges { node { id naam } relatie { bronnen { ${BRON} } } } } } }`,
    );
    for (const { node, relatie } of crossover.opgaven.edges) {
      const citaat = relatie?.bronnen[0]?.citaat ?? '';
      expect(citaat.toLowerCase(), node.id).toContain(node.naam.toLowerCase());
      expect(squash(relatie?.bronnen[0]?.tekst ?? '')).toContain(squash(citaat));
    }
  });

  // 001 r.280 "Dan gaat het bijvoorbeeld om Zuidoost Drenthe waar tegelijkertijd vragen spelen …"; r.321 "Zuidoost Drenthe
  // (energie, wonen, economie, krimp)"
  it('every opgave said to play in Zuidoost Drenthe is backed by a memo quote that names Zuidoost Drenthe', async () => {
    const { regio } = await ask<{ regio: { opgaven: Connection } }>(
      `{ regio(id: "regio:zuidoost-drenthe") { opgaven { edges { node { id naam } relatie { type bronnen { ${BRON} } } } } } }`,
    );
    expect(regio.opgaven.edges).toHaveLength(5);
    for (const { node, relatie } of regio.opgaven.edges) {
      expect(relatie?.type).toBe('SPEELT_IN');
      expect(relatie?.bronnen.length, node.id).toBeGreaterThan(0);
      for (const bron of relatie?.bronnen ?? []) {
        expect(bron.document.id).toBe('document:ipo-memo-2018-05-02');
        expect(bron.citaat).toContain('Zuidoost Drenthe');
        expect(squash(bron.tekst)).toContain(squash(bron.citaat));
      }
    }
  });

  // 003 r.171–180: each line of the signing page names the office and the person, e.g. "De minister-president M. Rutte"
  it('each signature from the signing page quotes the office that the relation’s role states', async () => {
    const { instrument } = await ask<{ instrument: { ondertekenaars: Connection<Ref & { soort: string }> } }>(
      `{ instrument(id: "instrument:interbestuurlijk-programma") {
           ondertekenaars(first: 50) { edges { node { id naam soort } relatie { rol bronnen { ${BRON} } } } } } }`,
    );
    const personen = instrument.ondertekenaars.edges.filter(({ node }) => node.soort === 'Persoon');
    expect(personen).toHaveLength(17);
    for (const { node, relatie } of personen) {
      const bron = relatie?.bronnen[0];
      expect(bron?.citaat.toLowerCase(), node.id).toContain((relatie?.rol ?? '?').toLowerCase());
      expect(squash(bron?.tekst ?? '')).toContain(squash(bron?.citaat ?? '-'));
    }
  });
});

describe('more questions', () => {
  // 001 r.367-369: "Fotonica is een onderwerp dat Noord Brabant, Overijssel en Gelderland delen"
  it('Noord-Brabant, Overijssel and Gelderland share fotonica', async () => {
    const data = await ask<{ thema: { betrokkenen: { edges: Array<{ node: { id: string } }> } } }>(
      '{ thema(id: "thema:fotonica") { betrokkenen { edges { node { id } } } } }',
    );
    expect(data.thema.betrokkenen.edges.map((edge) => edge.node.id).sort()).toEqual([
      'provincie:gelderland',
      'provincie:noord-brabant',
      'provincie:overijssel',
    ]);
  });

  // 001 r.456: "Klimaatakkoord … Zomer 2018"; 003 r.690: "voor de zomer van 2018 uitgewerkt"
  it('milestones dated only to a quarter or a year count in a window inside their span', async () => {
    const data = await ask<{ mijlpalen: { edges: Array<{ node: { datum: string } }> } }>(
      '{ mijlpalen(vanaf: "2018-04-01", tot: "2018-06-30", first: 100) { edges { node { datum } } } }',
    );
    const dates = data.mijlpalen.edges.map((edge) => edge.node.datum);
    expect(dates).toContain('2018-Q2');
    expect(dates).toContain('2018');
    expect(dates).not.toContain('2019');
  });

  // 001 ends with a line break after line 637
  it('the IPO memo has 637 lines', async () => {
    const data = await ask<{ document: { aantalRegels: number } }>('{ document(id: "document:ipo-memo-2018-05-02") { aantalRegels } }');
    expect(data.document.aantalRegels).toBe(637);
  });

  // 003: "Regionale Klimaat en Energie-strategieën (REKS)"
  it('searching REKS or IBP puts the thing with that abbreviation first', async () => {
    const data = await ask<{ reks: { edges: Array<{ node: { id: string } }> }; ibp: { edges: Array<{ node: { id: string } }> } }>(
      '{ reks: zoek(tekst: "REKS", first: 1) { edges { node { id } } } ibp: zoek(tekst: "IBP", first: 1) { edges { node { id } } } }',
    );
    expect(data.reks.edges[0]?.node.id).toBe('instrument:reks');
    expect(data.ibp.edges[0]?.node.id).toBe('instrument:interbestuurlijk-programma');
  });
});
