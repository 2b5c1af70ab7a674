import { describe, expect, it } from 'vitest';
import {
  askTheService,
  BRON,
  type Connection,
  ids,
  type Ref,
  relatieOf,
  sorted,
  waarde,
} from '../../support/questions.js';

/*
 * Questions about where areas lie and how else the texts tie them to provinces, asked over HTTP. Lying (partly)
 * within is LIGT_IN and nothing else; being raised in the IPO's round of talks with a province is
 * GENOEMD_IN_GESPREKSRONDE; a province holding an area or subject in common with another is DEELT. Above each test:
 * the document (numbered as in test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer.
 */

const ask = askTheService();

type ProvincieRegios = { id: string; regios: Connection };
type AreaLinks = {
  naam: string;
  provincies: Connection;
  genoemdInGespreksronde: Connection;
  gedeeldDoor: Connection;
};
const RELATIE = `relatie { type onderwerp eigenschappen { naam waarde } bronnen { ${BRON} } }`;
const areaQuery = `query ($id: ID!) { regio(id: $id) { naam
    provincies { totalCount edges { node { id } ${RELATIE} } }
    genoemdInGespreksronde { totalCount edges { node { id } ${RELATIE} } }
    gedeeldDoor { totalCount edges { node { id } ${RELATIE} } } } }`;
const talksQuery = `query ($id: ID!) { actor(id: $id) { ... on Provincie {
    inGespreksronde(first: 100) { edges { node { id naam } ${RELATIE} } } } } }`;

describe('where areas lie, and how else the texts tie them to provinces', () => {
  // 001 r.319–323: "Zuidoost Drenthe (energie, wonen, economie, krimp), het noordelijk plateau dat ook Groningen,
  // Overijssel en Friesland raakt"; r.369–371: "de regio Zwolle (Overijssel) en Chemelot (Limburg)"; r.377: "de
  // Eems-Dollard in Groningen"; r.385–387: "Zuid Holland (Rotterdam Zuid)". No other text places an area in a province.
  it('the areas that lie in a province are exactly those a text places there', async () => {
    const { actoren } = await ask<{ actoren: Connection<ProvincieRegios> }>(
      `{ actoren(soort: [Provincie], first: 20) { edges { node { id ... on Provincie {
         regios(first: 100) { edges { node { id } relatie { type eigenschappen { naam waarde } } } } } } } } }`,
    );
    const pairs = actoren.edges.flatMap(({ node }) => ids(node.regios).map((regio) => `${regio} → ${node.id}`));
    expect(sorted(pairs)).toEqual([
      'regio:chemelot → provincie:limburg',
      'regio:eems-dollard → provincie:groningen',
      'regio:noordelijk-plateau → provincie:drenthe',
      'regio:noordelijk-plateau → provincie:friesland',
      'regio:noordelijk-plateau → provincie:groningen',
      'regio:noordelijk-plateau → provincie:overijssel',
      'regio:regio-zwolle → provincie:overijssel',
      'regio:rotterdam-zuid → provincie:zuid-holland',
      'regio:zuidoost-drenthe → provincie:drenthe',
    ]);
  });

  // 001 r.311–317: "De ronde langs alle provincies … enkele resultaten van de gespreksronde"; r.331–349: the areas named
  // for Flevoland and Gelderland ("Voor Flevoland wordt een relatie gelegd met …", "De Veluwe, Food Valley en de
  // Achterhoek"), and r.349–351: "Gelderland en Utrecht delen de ambitie"
  it('LIGT_IN no longer stands for being named in a round of talks or for sharing an ambition', async () => {
    const { actoren } = await ask<{ actoren: Connection<ProvincieRegios> }>(
      `{ actoren(soort: [Provincie], first: 20) { edges { node { id ... on Provincie {
         regios(first: 100) { edges { node { id } relatie { type eigenschappen { naam waarde } } } } } } } } }`,
    );
    const relaties = actoren.edges.flatMap(({ node }) => node.regios.edges.map(({ relatie }) => relatie!));
    expect(relaties.length).toBeGreaterThan(0);
    for (const relatie of relaties) {
      expect(relatie.type).toBe('LIGT_IN');
      expect(waarde(relatie.eigenschappen, 'grond')).not.toMatch(/gespreksronde|deelt|delen/);
    }
    expect(actoren.edges).toHaveLength(12);
    const regiosIn = (id: string) => ids(actoren.edges.find(({ node }) => node.id === id)!.node.regios);
    expect(regiosIn('provincie:gelderland')).toEqual([]);
    expect(regiosIn('provincie:flevoland')).toEqual([]);
    expect(regiosIn('provincie:utrecht')).toEqual([]);
  });

  // 001 r.319–325: "In Drenthe worden onder meer kansen gezien in relatie tot het gebied Emmen-Delfszijl (energie),
  // Zuidoost Drenthe (energie, wonen, economie, krimp), het noordelijk plateau … en meer algemeen ondermijning in
  // vakantieparken"
  it('in the round of talks with Drenthe Emmen-Delfszijl, Zuidoost Drenthe, the noordelijk plateau and holiday parks came up', async () => {
    const { actor } = await ask<{ actor: { inGespreksronde: Connection } }>(talksQuery, { id: 'provincie:drenthe' });
    expect(sorted(ids(actor.inGespreksronde))).toEqual([
      'regio:emmen-delfzijl',
      'regio:noordelijk-plateau',
      'regio:zuidoost-drenthe',
      'thema:vakantieparken',
    ]);
    expect(relatieOf(actor.inGespreksronde, 'regio:emmen-delfzijl')).toMatchObject({
      type: 'GENOEMD_IN_GESPREKSRONDE',
      onderwerp: 'energie',
    });
  });

  // 001 r.319–321: "In Drenthe worden onder meer kansen gezien in relatie tot het gebied Emmen-Delfszijl (energie)":
  // raised in Drenthe, but no text says in which province Emmen-Delfszijl lies
  it('Emmen-Delfszijl was raised in Drenthe and lies, as far as the texts say, nowhere in particular', async () => {
    const { regio } = await ask<{ regio: AreaLinks }>(areaQuery, { id: 'regio:emmen-delfzijl' });
    expect(regio.provincies.totalCount).toBe(0);
    expect(ids(regio.genoemdInGespreksronde)).toEqual(['provincie:drenthe']);
    expect(relatieOf(regio.genoemdInGespreksronde, 'provincie:drenthe').bronnen[0]).toMatchObject({
      regelVan: 319,
      regelTot: 321,
      document: { id: 'document:ipo-memo-2018-05-02' },
    });
  });

  // 001 r.331–341: "Voor Flevoland wordt een relatie gelegd met de economische ontwikkeling rondom Urk, havens langs de
  // Flevokust, de Markerwadden als voorbeeld … de doorontwikkeling Amsterdam-Almere-Markermeer (RRAAM) die Flevoland
  // deelt met Noord Holland"
  it('in the round of talks with Flevoland Urk, the Flevokust, the Markerwadden and RRAAM came up', async () => {
    const { actor } = await ask<{ actor: { inGespreksronde: Connection } }>(talksQuery, { id: 'provincie:flevoland' });
    expect(sorted(ids(actor.inGespreksronde))).toEqual([
      'gemeente:urk',
      'regio:flevokust',
      'regio:markerwadden',
      'regio:rraam',
    ]);
    expect(relatieOf(actor.inGespreksronde, 'regio:flevokust').onderwerp).toBe('havens langs de Flevokust');
  });

  // 001 r.349–351: "Gelderland en Utrecht delen de ambitie voor verdere economische ontwikkeling van Food Valley rond de
  // universiteit in Wageningen"
  it('Gelderland and Utrecht share the ambition for Food Valley, each with the other', async () => {
    const { regio } = await ask<{ regio: AreaLinks }>(areaQuery, { id: 'regio:food-valley' });
    expect(sorted(ids(regio.gedeeldDoor))).toEqual(['provincie:gelderland', 'provincie:utrecht']);
    for (const [provincie, met] of [
      ['provincie:gelderland', 'Utrecht'],
      ['provincie:utrecht', 'Gelderland'],
    ] as const) {
      const relatie = relatieOf(regio.gedeeldDoor, provincie);
      expect(relatie.type).toBe('DEELT');
      expect(relatie.onderwerp).toBe('de ambitie voor verdere economische ontwikkeling van Food Valley');
      expect(waarde(relatie.eigenschappen, 'met')).toBe(met);
      expect(relatie.bronnen[0]?.citaat).toContain('Gelderland en Utrecht delen de ambitie');
    }
  });

  // 001 r.343–345: "In Gelderland worden kansen gezien rond de corridor Rotterdam-Duitsland (e.v.) samen met Zuid
  // Holland."
  it('the corridor Rotterdam-Duitsland was raised in Gelderland, which sees its chances together with Zuid-Holland', async () => {
    const { regio } = await ask<{ regio: AreaLinks }>(areaQuery, { id: 'regio:corridor-rotterdam-duitsland' });
    expect(regio.provincies.totalCount).toBe(0);
    expect(ids(regio.genoemdInGespreksronde)).toEqual(['provincie:gelderland']);
    expect(sorted(ids(regio.gedeeldDoor))).toEqual(['provincie:gelderland', 'provincie:zuid-holland']);
    const zuidHolland = relatieOf(regio.gedeeldDoor, 'provincie:zuid-holland');
    expect(waarde(zuidHolland.eigenschappen, 'met')).toBe('Gelderland');
    expect(zuidHolland.bronnen[0]).toMatchObject({ regelVan: 343, regelTot: 345 });
  });

  // 001 r.365–367: "In diverse provincies worden economische kansen belicht. Noord Brabant ziet potentie richting Zuid
  // Holland (Mainport meets Brainport)."
  it('Mainport meets Brainport was raised in the round of talks with Noord-Brabant', async () => {
    const { regio } = await ask<{ regio: AreaLinks }>(areaQuery, { id: 'regio:mainport-meets-brainport' });
    expect(ids(regio.genoemdInGespreksronde)).toEqual(['provincie:noord-brabant']);
    expect(relatieOf(regio.genoemdInGespreksronde, 'provincie:noord-brabant').onderwerp).toBe(
      'potentie richting Zuid-Holland',
    );
    expect(regio.provincies.totalCount).toBe(0);
  });

  // 001 r.383–385: "In Zeeland, Noord Brabant en Noord Holland is ook stilgestaan bij de bijdragen uit de regio-envelop"
  it('the regio-envelop was discussed in the rounds of talks with Zeeland, Noord-Brabant and Noord-Holland', async () => {
    const { instrument } = await ask<{ instrument: { genoemdInGespreksronde: Connection<Ref> } }>(
      `{ instrument(id: "instrument:regionale-envelop") { genoemdInGespreksronde { edges { node { id naam } ${RELATIE} } } } }`,
    );
    expect(sorted(ids(instrument.genoemdInGespreksronde))).toEqual([
      'provincie:noord-brabant',
      'provincie:noord-holland',
      'provincie:zeeland',
    ]);
    for (const { relatie } of instrument.genoemdInGespreksronde.edges)
      expect(relatie?.bronnen[0]?.citaat).toContain('is ook stilgestaan bij de bijdragen uit de regio-envelop');
  });

  // 001 r.367–369: "Fotonica is een onderwerp dat Noord Brabant, Overijssel en Gelderland delen"
  it('Gelderland shares Food Valley with Utrecht, the corridor with Zuid-Holland and fotonica with Noord-Brabant and Overijssel', async () => {
    const { actor } = await ask<{ actor: { deelt: Connection } }>(
      `{ actor(id: "provincie:gelderland") { ... on Provincie { deelt(first: 100) { edges { node { id naam } ${RELATIE} } } } } }`,
    );
    expect(sorted(ids(actor.deelt))).toEqual([
      'regio:corridor-rotterdam-duitsland',
      'regio:food-valley',
      'thema:fotonica',
    ]);
    expect(waarde(relatieOf(actor.deelt, 'thema:fotonica').eigenschappen, 'met')).toBe('Noord-Brabant en Overijssel');
  });

  // 001 r.447–450: "Waar wordt IPO-inzet besproken? BAC Energie AAC Energie"; r.570–573: "Waar wordt IPO-inzet
  // besproken? IPO-bestuur"
  it('the IPO board is where the IPO input for goed openbaar bestuur is discussed; BAC Energie discusses klimaat', async () => {
    const data = await ask<{ bestuur: { bespreekt: Connection }; bac: { bespreekt: Connection } }>(
      `{ bestuur: actor(id: "overleg:ipo-bestuur") { ... on Overleg { bespreekt { edges { node { id naam } ${RELATIE} } } } }
         bac: actor(id: "overleg:bac-energie") { ... on Overleg { bespreekt { edges { node { id naam } ${RELATIE} } } } } }`,
    );
    expect(ids(data.bestuur.bespreekt)).toEqual(['opgave:goed-openbaar-bestuur']);
    expect(relatieOf(data.bestuur.bespreekt, 'opgave:goed-openbaar-bestuur').bronnen[0]).toMatchObject({
      regelVan: 570,
      regelTot: 573,
    });
    expect(ids(data.bac.bespreekt)).toEqual(['opgave:klimaat']);
    expect(relatieOf(data.bac.bespreekt, 'opgave:klimaat').type).toBe('BESPREEKT');
  });
});
