import { describe, expect, it } from 'vitest';
import { crossoverPartners, type CrossoverMember } from '../../../src/graph/crossover-partners.js';
import {
  askTheService,
  BRON,
  BRON_MET_OOK,
  type Connection,
  ids,
  type Ref,
  relatieOf,
  sorted,
} from '../../support/questions.js';

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

  // 001 r.278–294 (Zuidoost Drenthe, Food Valley, Chemelot: "vraagstukken die nauw samenhangen") and r.451–454 in the
  // row of r.427 "Samen aan de slag voor het klimaat": "Inhoudelijke samenhang met wonen, regionale economie en vitaal
  // platteland in specifieke gebieden."
  it('the crossover about Food Valley is the coherence of klimaat with the other physical opgaven in areas', async () => {
    const data = await ask<{ crossovers: Connection } & CrossoverData>(
      `{ crossovers(regio: "regio:food-valley") { totalCount edges { node { id naam } } }
         crossover(id: "crossover:samenhang-in-gebieden") { naam onderwerp
           opgaven { totalCount edges { node { id naam nummer } relatie { type bronnen { ${BRON_MET_OOK} } } } }
           betreft { totalCount edges { node { id naam soort } } } } }`,
    );
    expect(ids(data.crossovers)).toEqual(['crossover:samenhang-in-gebieden']);
    expect(data.crossover.opgaven.edges.map(({ node }) => node.nummer)).toEqual([1, 2, 3, 4]);
    const regios = data.crossover.betreft.edges.filter(({ node }) => node.soort === 'Regio').map(({ node }) => node.id);
    expect(sorted(regios)).toEqual(['regio:chemelot', 'regio:food-valley', 'regio:zuidoost-drenthe']);
    expect(relatieOf(data.crossover.opgaven, 'opgave:klimaat').bronnen).toEqual([
      expect.objectContaining({
        regelVan: 451,
        document: { id: 'document:ipo-memo-2018-05-02' },
        ook: [expect.objectContaining({ regelVan: 427 })],
      }),
    ]);
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

/*
 * Who is a crossover partner of whom. MODEL.md ("Crossovers"): a crossover with a kern is a star, its text links the
 * kern with each verbonden opgave and the verbonden opgaven not with each other; a crossover without a kern links all
 * its opgaven to each other. The role is on each VERBINDT (`relatie { rol }`).
 */
describe('crossover partners of an opgave', () => {
  type Member = { node: { id: string }; relatie: { rol: string | null } | null };
  type OpgaveCrossovers = {
    opgave: {
      crossovers: { totalCount: number; edges: Array<{ node: { id: string; opgaven: { edges: Member[] } } }> };
    };
  };
  const crossoversOfOpgave = `query ($id: ID!) { opgave(id: $id) { crossovers(first: 50) { totalCount
      edges { node { id opgaven(first: 50) { edges { node { id } relatie { rol } } } } } } } }`;

  const membersOf = (edges: Member[]): CrossoverMember[] =>
    edges.map(({ node, relatie }) => ({ opgave: node.id, rol: relatie?.rol as CrossoverMember['rol'] }));
  /** The crossovers of the opgave, each with its members and their roles. */
  const crossoversOf = async (opgave: string) => {
    const { opgave: found } = await ask<OpgaveCrossovers>(crossoversOfOpgave, { id: opgave });
    return found.crossovers.edges.map(({ node }) => ({ id: node.id, members: membersOf(node.opgaven.edges) }));
  };
  /** The opgaven the documents make partners of `opgave`, each with the crossovers that do so. */
  const partnersOf = async (opgave: string): Promise<Record<string, string[]>> => {
    const partners: Record<string, string[]> = {};
    for (const crossover of await crossoversOf(opgave)) {
      for (const pair of crossoverPartners(crossover.members)) {
        if (!pair.includes(opgave)) continue;
        const partner = pair[0] === opgave ? pair[1] : pair[0];
        partners[partner] = [...(partners[partner] ?? []), crossover.id].sort();
      }
    }
    return Object.fromEntries(Object.entries(partners).sort(([a], [b]) => a.localeCompare(b)));
  };
  const roleIn = (crossover: { members: CrossoverMember[] }, opgave: string) =>
    crossover.members.find((member) => member.opgave === opgave)?.rol;

  // 003 r.920: "Het tegengaan van en omgaan met veenbodemdaling raakt naast de IBP-opgave 'samen aan de slag voor het
  // klimaat' ook aan de opgaven 'naar een vitaal platteland' en 'toekomstbestendig wonen'." The text speaks from klimaat.
  it('bodemdaling has klimaat as its kern, and vitaal platteland and wonen as linked opgaven', async () => {
    const bodemdaling = (await crossoversOf('opgave:klimaat')).find(({ id }) => id === 'crossover:bodemdaling')!;
    expect(Object.fromEntries(bodemdaling.members.map(({ opgave, rol }) => [opgave, rol]))).toEqual({
      'opgave:klimaat': 'kern',
      'opgave:wonen': 'verbonden',
      'opgave:vitaal-platteland': 'verbonden',
    });
  });

  // 003 r.520: "Hiervoor liggen kansen binnen het sociaal domein, al hebben veel van deze vraagstukken dwarsverbanden met
  // andere opgaven in het IBP, zoals 'problematische schulden voorkomen en oplossen', 'toekomstbestendig wonen',
  // 'Nederland en migrant voorbereid' en 'regionale economie als versneller'." No text links schulden with another opgave.
  it('problematic debts is a partner of the social domain alone: the star of r.520 does not join its points', async () => {
    expect(await partnersOf('opgave:schulden')).toEqual({
      'opgave:sociaal-domein': ['crossover:sociaal-domein-dwarsverbanden'],
    });
    const [star] = await crossoversOf('opgave:schulden');
    expect(roleIn(star!, 'opgave:sociaal-domein')).toBe('kern');
    expect(roleIn(star!, 'opgave:schulden')).toBe('verbonden');
  });

  // 003 r.253 "'Nederland en migrant voorbereid' en 'merkbaar beter in het sociaal domein' raken elkaar op het thema
  // inburgering"; r.520 (dwarsverbanden of the social domain with schulden, wonen, migrant and regionale economie);
  // r.478 "Er ligt een nauwe relatie met het sociaal domein" (from regionale economie)
  it('the partners of the social domain are migratie, regionale economie, schulden and wonen', async () => {
    expect(await partnersOf('opgave:sociaal-domein')).toEqual({
      'opgave:migratie': ['crossover:inburgering', 'crossover:sociaal-domein-dwarsverbanden'],
      'opgave:regionale-economie': [
        'crossover:arbeidsmarkt-en-participatie',
        'crossover:sociaal-domein-dwarsverbanden',
      ],
      'opgave:schulden': ['crossover:sociaal-domein-dwarsverbanden'],
      'opgave:wonen': ['crossover:sociaal-domein-dwarsverbanden'],
    });
  });

  // 003 r.253 "'Nederland en migrant voorbereid' en 'merkbaar beter in het sociaal domein' raken elkaar": both sides
  // alike, so neither is the kern
  it('inburgering has no kern: migratie and the social domain are both linked', async () => {
    const inburgering = (await crossoversOf('opgave:migratie')).find(({ id }) => id === 'crossover:inburgering')!;
    expect(inburgering.members.map(({ rol }) => rol)).toEqual(['verbonden', 'verbonden']);
  });

  // 003 r.779: "met de NOVI een koppeling tussen de opgaves 1 tot en met 4" (all four together); r.920 (bodemdaling) and
  // r.904 (klimaatadaptatie) link wonen and vitaal platteland each with klimaat only, and 001 r.451–454 does the same
  // from the klimaat row
  it('wonen and vitaal platteland are partners through the NOVI alone, though four crossovers join both', async () => {
    const both = (await crossoversOf('opgave:wonen')).filter(({ members }) =>
      members.some(({ opgave }) => opgave === 'opgave:vitaal-platteland'),
    );
    expect(sorted(both.map(({ id }) => id))).toEqual([
      'crossover:bodemdaling',
      'crossover:klimaatadaptatie',
      'crossover:novi-fysieke-opgaven',
      'crossover:samenhang-in-gebieden',
    ]);
    expect((await partnersOf('opgave:wonen'))['opgave:vitaal-platteland']).toEqual(['crossover:novi-fysieke-opgaven']);
  });

  // 003 r.253 (klimaat–wonen), r.520 (social domain–wonen), r.779 (NOVI: opgaven 1 to 4). 003 r.428 links housing
  // agreements "met zorg en begeleiding (Wmo, WLZ, ZVW en de Jeugdwet) en schuldhulpverlening": services, no opgave, so
  // wonen is no partner of schulden
  it('the partners of wonen are klimaat, regionale economie, the social domain and vitaal platteland, not schulden', async () => {
    const partners = await partnersOf('opgave:wonen');
    expect(Object.keys(partners)).toEqual([
      'opgave:klimaat',
      'opgave:regionale-economie',
      'opgave:sociaal-domein',
      'opgave:vitaal-platteland',
    ]);
    expect(partners['opgave:klimaat']).toEqual([
      'crossover:bodemdaling',
      'crossover:duurzame-gebouwde-omgeving',
      'crossover:klimaatadaptatie',
      'crossover:novi-fysieke-opgaven',
      'crossover:samenhang-in-gebieden',
    ]);
  });

  // 003 r.476: "Speciale aandacht is er voor crossovers met andere onderdelen van dit interbestuurlijk programma.", in
  // chapter 3 (r.444 "Regionale economie als versneller"), followed by r.478 (sociaal domein), r.479 (energietransitie,
  // klimaatadaptatie en circulaire economie) and r.480 ("zie ook 'goed openbaar bestuur'")
  it('regionale economie is the kern of the three crossovers its own chapter names', async () => {
    const crossovers = await crossoversOf('opgave:regionale-economie');
    const asKern = crossovers.filter((crossover) => roleIn(crossover, 'opgave:regionale-economie') === 'kern');
    expect(sorted(asKern.map(({ id }) => id))).toEqual([
      'crossover:arbeidsmarkt-en-participatie',
      'crossover:digitalisering',
      'crossover:klimaattransities-regionale-economie',
    ]);
    expect(Object.keys(await partnersOf('opgave:regionale-economie'))).toEqual([
      'opgave:goed-openbaar-bestuur',
      'opgave:klimaat',
      'opgave:sociaal-domein',
      'opgave:vitaal-platteland',
      'opgave:wonen',
    ]);
  });

  // 003 r.480 "(zie ook 'goed openbaar bestuur')" is the one text that links goed openbaar bestuur with another opgave;
  // 001 r.573–579 and r.611–617 ("Thema staat niet op zichzelf. Koppelen aan inhoudelijke opgaven.") link goed openbaar
  // bestuur and financiële verhoudingen to the substantive opgaven in general, which names no crossover
  it('goed openbaar bestuur has digitalisering as its only crossover, and the financial relations have none', async () => {
    expect(await partnersOf('opgave:goed-openbaar-bestuur')).toEqual({
      'opgave:regionale-economie': ['crossover:digitalisering'],
    });
    const data = await ask<{ geen: { crossovers: { totalCount: number } }; weg: null; ook: null }>(
      `{ geen: opgave(id: "opgave:financiele-verhoudingen") { crossovers { totalCount } }
         weg: crossover(id: "crossover:goed-openbaar-bestuur-inhoudelijke-opgaven") { id }
         ook: crossover(id: "crossover:financiele-verhoudingen-inhoudelijke-opgaven") { id } }`,
    );
    expect(data).toEqual({ geen: { crossovers: { totalCount: 0 } }, weg: null, ook: null });
  });

  // 003 r.759: "Een aantal overkoepelende thema's raken meerdere opgaven. Daarnaast bestaan crossovers tussen de
  // opgaven." Krimp (r.775) and the gebiedsgerichte aanpak (r.469) are overarching themes, so no crossover
  it('the overarching themes take part in no crossover: krimp and the area-based approach are gone', async () => {
    const data = await ask<{ overkoepelend: { crossovers: { totalCount: number } }; krimp: null; gebied: null }>(
      `{ overkoepelend: opgave(id: "opgave:overkoepelend") { crossovers { totalCount } }
         krimp: crossover(id: "crossover:krimp") { id }
         gebied: crossover(id: "crossover:regionale-economie-gebiedsgerichte-aanpak") { id } }`,
    );
    expect(data).toEqual({ overkoepelend: { crossovers: { totalCount: 0 } }, krimp: null, gebied: null });
  });

  // 001 r.427 "Samen aan de slag voor het klimaat" heads the row that says (r.451–454) "Inhoudelijke samenhang met wonen,
  // regionale economie en vitaal platteland in specifieke gebieden."
  it('the kern of the coherence in areas is klimaat, cited by its row in the IPO memo', async () => {
    const { crossover } = await ask<{ crossover: { opgaven: Connection<Ref> } }>(
      `{ crossover(id: "crossover:samenhang-in-gebieden") { opgaven { edges { node { id naam } relatie { rol bronnen { ${BRON_MET_OOK} } } } } } }`,
    );
    expect(relatieOf(crossover.opgaven, 'opgave:klimaat')).toMatchObject({
      rol: 'kern',
      bronnen: [
        {
          regelVan: 451,
          regelTot: 454,
          ook: [{ citaat: 'Samen aan de slag voor het klimaat', regelVan: 427, regelTot: 427 }],
        },
      ],
    });
    for (const id of ['opgave:wonen', 'opgave:regionale-economie', 'opgave:vitaal-platteland']) {
      expect(relatieOf(crossover.opgaven, id).rol, id).toBe('verbonden');
    }
  });
});
