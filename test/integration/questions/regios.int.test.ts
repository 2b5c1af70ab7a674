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
  // de ambitie voor verdere economische ontwikkeling van Food Valley". Neither says in which province Food Valley lies.
  it('no text says where Food Valley lies: Gelderland raised it in its round of talks, and Gelderland and Utrecht share the ambition', async () => {
    const { regio } = await ask<{
      regio: { provincies: Connection; genoemdInGespreksronde: Connection; gedeeldDoor: Connection };
    }>(
      `query ($id: ID!) { regio(id: $id) {
         provincies { totalCount edges { node { id } } }
         genoemdInGespreksronde { edges { node { id } relatie { type bronnen { ${BRON} } } } }
         gedeeldDoor { edges { node { id } relatie { type onderwerp eigenschappen { naam waarde } bronnen { ${BRON} } } } } } }`,
      { id: 'regio:food-valley' },
    );
    expect(regio.provincies.totalCount).toBe(0);
    expect(ids(regio.genoemdInGespreksronde)).toEqual(['provincie:gelderland']);
    expect(sorted(ids(regio.gedeeldDoor))).toEqual(['provincie:gelderland', 'provincie:utrecht']);
    const utrecht = relatieOf(regio.gedeeldDoor, 'provincie:utrecht');
    expect(utrecht.type).toBe('DEELT');
    expect(waarde(utrecht.eigenschappen, 'met')).toBe('Gelderland');
    expect(utrecht.bronnen[0]).toMatchObject({ regelVan: 349, regelTot: 351 });
    expect(utrecht.bronnen[0]?.citaat).toContain('Gelderland en Utrecht delen de ambitie');
  });

  // 001 r.349–351: "Gelderland en Utrecht delen de ambitie voor verdere economische ontwikkeling van Food Valley"
  it('the one area Gelderland and Utrecht share is Food Valley', async () => {
    const data = await ask<{ gelderland: { deelt: Connection }; utrecht: { deelt: Connection } }>(
      `{ gelderland: actor(id: "provincie:gelderland") { ... on Provincie { deelt(first: 100) { edges { node { id } } } } }
         utrecht: actor(id: "provincie:utrecht") { ... on Provincie { deelt(first: 100) { edges { node { id } } } } } }`,
    );
    const gedeeld = ids(data.gelderland.deelt).filter((id) => ids(data.utrecht.deelt).includes(id));
    expect(gedeeld).toEqual(['regio:food-valley']);
  });

  // 001 r.343–349: "In Gelderland worden kansen gezien rond de corridor Rotterdam-Duitsland (e.v.) samen met Zuid Holland.
  // De Veluwe, Food Valley en de Achterhoek zijn gebieden waar heel veel tegelijk speelt. Rond vitaal platteland, maar
  // ook ondermijning op vakantieparken (Veluwe)"
  it('the areas named in the round of talks with Gelderland are the Achterhoek, the corridor, Food Valley and the Veluwe', async () => {
    const { actor } = await ask<{ actor: { inGespreksronde: Connection } }>(
      '{ actor(id: "provincie:gelderland") { ... on Provincie { inGespreksronde(first: 100) { edges { node { id naam } } } } } }',
    );
    expect(sorted(ids(actor.inGespreksronde))).toEqual([
      'regio:achterhoek',
      'regio:corridor-rotterdam-duitsland',
      'regio:food-valley',
      'regio:veluwe',
      'thema:vakantieparken',
    ]);
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
  // (sharing, not lying in: no text says where RRAAM lies)
  it('Amsterdam-Almere-Markermeer (RRAAM) is shared by Flevoland and Noord-Holland', async () => {
    const { regio } = await ask<{ regio: { naam: string; provincies: Connection; gedeeldDoor: Connection } }>(
      `{ regio(id: "regio:rraam") { naam provincies { totalCount edges { node { id } } }
         gedeeldDoor { totalCount edges { node { id } } } } }`,
    );
    expect(regio.naam).toBe('Amsterdam-Almere-Markermeer (RRAAM)');
    expect(sorted(ids(regio.gedeeldDoor))).toEqual(['provincie:flevoland', 'provincie:noord-holland']);
    expect(regio.provincies.totalCount).toBe(0);
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
  // vakantieparken (Veluwe) en krimp (Achterhoek)". 003 r.215 ("De woningmarkt in Amsterdam is bijvoorbeeld echt wat
  // anders dan die in de Achterhoek") is an example of regional differences, not a place where wonen plays.
  it('in the Achterhoek vitaal platteland and krimp play; the housing-market example does not make wonen play there', async () => {
    const { regio } = await ask<RegioOpgaven>(regioQuery, { id: 'regio:achterhoek' });
    expect(sorted(ids(regio.opgaven))).toEqual(['opgave:overkoepelend', 'opgave:vitaal-platteland']);
    expect(relatieOf(regio.opgaven, 'opgave:overkoepelend').onderwerp).toBe('krimp');
    expect(relatieOf(regio.opgaven, 'opgave:overkoepelend').bronnen[0]).toMatchObject({
      regelVan: 349,
      document: { id: 'document:ipo-memo-2018-05-02' },
      citaat: expect.stringContaining('krimp (Achterhoek)'),
    });
  });
});
