import { describe, expect, it } from 'vitest';
import { askTheService, BRON, type Connection, ids, type Ref, relatieOf, sorted } from '../../support/questions.js';

/*
 * Questions about crossovers between opgaven, asked over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer.
 */

const ask = askTheService();

describe('crossovers between opgaven', () => {
  type CrossoverData = {
    crossover: {
      naam: string;
      onderwerp: string;
      opgaven: Connection<Ref & { nummer: number }>;
      betreft: Connection<Ref & { soort: string }>;
    };
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
    expect(ids(crossover.betreft)).toEqual(
      expect.arrayContaining(['regio:veenweidegebieden', 'instrument:veenbodemvisies', 'thema:bodemdaling']),
    );
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
    expect(ids(crossover.betreft)).toEqual(
      expect.arrayContaining(['instrument:digitaliseringsagenda', 'instrument:mkb-samenwerkingsagenda']),
    );
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
    const { crossovers } = await ask<{ crossovers: Connection }>(
      '{ crossovers(opgave: "opgave:migratie") { totalCount edges { node { id naam } } } }',
    );
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
    expect(relatieOf(data.crossover.opgaven, 'opgave:klimaat').bronnen[0]).toMatchObject({
      regelVan: 451,
      document: { id: 'document:ipo-memo-2018-05-02' },
    });
  });

  // 003 r.920 (bodemdaling) and r.1021: "In het klimaat- en energieakkoord zal aandacht worden besteed aan de problematiek
  // in de veenweidegebieden, waar veel opgaven samen komen, waaronder de bijdrage van bodem aan klimaat."
  it('the klimaat crossovers that concern the peat meadow areas are bodemdaling and the climate task in rural areas', async () => {
    const { crossovers } = await ask<{ crossovers: Connection }>(
      '{ crossovers(opgave: "opgave:klimaat", regio: "regio:veenweidegebieden") { totalCount edges { node { id naam } } } }',
    );
    expect(crossovers.edges.map(({ node }) => node.naam)).toEqual([
      'Bodemdaling (veenbodemdaling)',
      'Klimaatopgave in het landelijk gebied',
    ]);
  });
});
