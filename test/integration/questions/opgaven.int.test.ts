import { describe, expect, it } from 'vitest';
import {
  askTheService,
  BRON,
  type Bron,
  type Connection,
  type Eigenschap,
  ids,
  type Ref,
  type Variant,
  waarde,
} from '../../support/questions.js';

/*
 * Questions about the ten opgaven, asked over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer.
 */

const ask = askTheService();

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
      bron: {
        regelVan: 248,
        regelTot: 248,
        document: { id: 'document:ibp-programmastart' },
        citaat: expect.stringContaining('7. Problematische schulden'),
      },
    });
  });

  // 003 r.635: "7. Nederland en migrant voorbereid" (heading) vs r.247: "6. Nederland en Migrant goed voorbereid" (table)
  it('migratie is number 7 by its chapter, but number 6 in the table, with the table line as source', async () => {
    const { opgave } = await ask<{ opgave: { nummer: number; bronnen: Bron[]; varianten: Variant[] } }>(
      `{ opgave(id: "opgave:migratie") { nummer bronnen { ${BRON} } varianten { eigenschap waarde bron { ${BRON} } } } }`,
    );
    expect(opgave.nummer).toBe(7);
    expect(opgave.bronnen).toContainEqual(
      expect.objectContaining({ regelVan: 635, citaat: expect.stringContaining('7. Nederland en migrant voorbereid') }),
    );
    expect(opgave.varianten.filter((variant) => variant.eigenschap === 'nummer')).toEqual([
      expect.objectContaining({
        waarde: '6',
        bron: expect.objectContaining({
          regelVan: 247,
          citaat: '6. Nederland en Migrant goed voorbereid',
          document: { id: 'document:ibp-programmastart' },
        }),
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
    const { themas } = await ask<{ themas: Connection }>(
      '{ themas(opgave: "opgave:overkoepelend") { totalCount edges { node { id naam } } } }',
    );
    expect(themas.edges.map(({ node }) => node.naam)).toEqual([
      'Europese Unie',
      'Grensoverschrijdende Samenwerking',
      'Krimp en Bevolkingsdaling',
      'Nationale Omgevingsvisie (NOVI)',
      'Regionale gebiedsgerichte aanpak',
    ]);
  });
});
