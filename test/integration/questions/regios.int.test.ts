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
 * Questions about the regions where opgaven meet, asked over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer.
 */

const ask = askTheService();

describe('regions: where opgaven meet', () => {
  type RegioOpgaven = {
    regio: { naam: string; opgaven: Connection<Ref & { nummer: number }>; provincies: Connection };
  };
  const regioQuery = `query ($id: ID!) { regio(id: $id) { naam
      opgaven { totalCount edges { node { id naam nummer } relatie { onderwerp bronnen { ${BRON} } } } }
      provincies { totalCount edges { node { id naam } relatie { type eigenschappen { naam waarde } bronnen { ${BRON} } } } } } }`;

  // 001 r.280–284: "Zuidoost Drenthe waar tegelijkertijd vragen spelen rond energiearmoede, arbeidsmarkt,
  // voorzieningenniveau en transities in de landbouw"; r.319–321: "In Drenthe … Zuidoost Drenthe (energie, wonen,
  // economie, krimp)"
  it('in Zuidoost Drenthe klimaat, wonen, regionale economie, vitaal platteland and krimp (overkoepelend) meet', async () => {
    const { regio } = await ask<RegioOpgaven>(regioQuery, { id: 'regio:zuidoost-drenthe' });
    expect(sorted(ids(regio.opgaven))).toEqual(
      sorted([
        'opgave:klimaat',
        'opgave:wonen',
        'opgave:regionale-economie',
        'opgave:vitaal-platteland',
        'opgave:overkoepelend',
      ]),
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
    expect(relatieOf(regio.provincies, 'provincie:utrecht').bronnen[0]?.citaat).toContain(
      'Gelderland en Utrecht delen de ambitie',
    );
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
    const { regios } = await ask<{ regios: Connection }>(
      '{ regios(provincie: "provincie:gelderland") { totalCount edges { node { id naam } } } }',
    );
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
    expect(sorted(ids(regio.provincies))).toEqual([
      'provincie:drenthe',
      'provincie:friesland',
      'provincie:groningen',
      'provincie:overijssel',
    ]);
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
    const { regios } = await ask<{ regios: Connection }>(
      '{ regios(opgave: "opgave:klimaat", first: 100) { edges { node { id naam } } } }',
    );
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
    expect(relatieOf(regio.opgaven, 'opgave:wonen').bronnen[0]).toMatchObject({
      regelVan: 215,
      document: { id: 'document:ibp-programmastart' },
    });
  });
});
