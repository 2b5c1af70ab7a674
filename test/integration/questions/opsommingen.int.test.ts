import { describe, expect, it } from 'vitest';
import {
  askTheService,
  BRON_MET_OOK,
  type Bron,
  type Eigenschap,
  sorted,
  squash,
  waarde,
} from '../../support/questions.js';

/*
 * Questions about lists: what a text lists under a heading, agreement, programme or table (`NOEMT`, with the list's
 * words in `lijst` and the place in `positie`), asked over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer; each test checks that the list's
 * words and quotes stand in those lines.
 */

const ask = askTheService();

interface Lijstrelatie {
  type: string;
  lijst: string | null;
  positie: number | null;
  eigenschappen: Eigenschap[];
  bronnen: Bron[];
}
interface Item {
  node: { id: string; naam: string };
  relatie: Lijstrelatie;
}
interface Items {
  totalCount: number;
  edges: Item[];
}

const ITEMS = `totalCount edges { node { id naam } relatie { type lijst positie eigenschappen { naam waarde } bronnen { ${BRON_MET_OOK} } } }`;

/** What a node lists, in the order the connection gives. */
async function listedBy(id: string): Promise<Item[]> {
  const { node } = await ask<{ node: { noemt: Items } }>(
    `query ($id: ID!) { node(id: $id) { ... on Document { noemt(first: 100) { ${ITEMS} } } ... on Opgave { noemt(first: 100) { ${ITEMS} } }
       ... on Thema { noemt(first: 100) { ${ITEMS} } } ... on Instrument { noemt(first: 100) { ${ITEMS} } } } }`,
    { id },
  );
  return node.noemt.edges.map(({ node, relatie }) => ({
    node,
    relatie: { ...relatie, bronnen: rangesOf(relatie.bronnen) },
  }));
}

/**
 * A list's sources as ranges in reading order: the heading or lead-in of the list (a further range, `ook`) before
 * the item's own line, each with its document.
 */
function rangesOf(bronnen: Bron[]): Bron[] {
  return bronnen.flatMap(({ ook = [], ...bron }) => [
    ...ook.map((deel) => ({ ...deel, document: bron.document })),
    bron,
  ]);
}

/** The items of one list, by the start of its name. */
const itemsOf = (items: Item[], lijst: string) => items.filter(({ relatie }) => relatie.lijst?.startsWith(lijst));

/** Every quote stands in its lines, and the item's words in the list (`genoemdAls`) in the item's own quote. */
function expectListedAtItsLines(items: Item[], document: string): void {
  for (const { node, relatie } of items) {
    expect(relatie.type).toBe('NOEMT');
    for (const bron of relatie.bronnen) {
      expect(bron.document.id, node.id).toBe(document);
      expect(squash(bron.tekst), node.id).toContain(squash(bron.citaat));
    }
    const genoemdAls = waarde(relatie.eigenschappen, 'genoemdAls') ?? '?';
    expect(relatie.bronnen.at(-1)!.citaat.replace(/\*/g, ''), node.id).toContain(genoemdAls);
  }
}

describe('what the texts list, in order', () => {
  // 003 r.80–89: "De geagendeerde onderwerpen zijn: a) Problematische schulden voorkomen en oplossen b) Toekomstbestendig
  // wonen c) Samen aan de slag voor het klimaat d) Participatie en passende ondersteuning voor jong en oud e) Migratie en
  // integratie f) Naar een vitaal platteland g) Regionale economie als versneller h) Goed openbaar bestuur in een
  // veranderende samenleving"
  it('the ledenbrief of 15 February lists eight agendered subjects, a) to h), each at its own line', async () => {
    const items = itemsOf(await listedBy('document:ibp-programmastart'), 'geagendeerde onderwerpen');
    expect(items.map(({ node }) => node.id)).toEqual([
      'opgave:schulden',
      'opgave:wonen',
      'opgave:klimaat',
      'opgave:sociaal-domein',
      'opgave:migratie',
      'opgave:vitaal-platteland',
      'opgave:regionale-economie',
      'opgave:goed-openbaar-bestuur',
    ]);
    expect(items.map(({ relatie }) => relatie.positie)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expectListedAtItsLines(items, 'document:ibp-programmastart');
    items.forEach(({ relatie }, index) => {
      expect(relatie.bronnen.map((bron) => bron.regelVan)).toEqual([80, 82 + index]);
      expect(relatie.bronnen[0]!.citaat).toBe('De geagendeerde onderwerpen zijn:');
      expect(relatie.bronnen[1]!.citaat.startsWith(`${'abcdefgh'[index]}) `)).toBe(true);
    });
    expect(waarde(items[3]!.relatie.eigenschappen, 'genoemdAls')).toBe(
      'Participatie en passende ondersteuning voor jong en oud',
    );
  });

  // 003 r.80–89 (the ledenbrief's eight subjects) and r.311: "Klimaat, wonen, regionale economie, vitaal platteland,
  // sociaal domein, migratie, problematische schulden en goed openbaar bestuur zijn bij uitstek opgaven waarbij alle
  // overheden een cruciale rol hebben"; r.241–251: the table has ten
  it('the ledenbrief and the financial starting points both list eight opgaven, the same eight, without financiële verhoudingen and overkoepelende thema’s', async () => {
    const ledenbrief = itemsOf(await listedBy('document:ibp-programmastart'), 'geagendeerde onderwerpen');
    const uitgangspunten = await listedBy('instrument:programmastart-ibp');
    expect(uitgangspunten).toHaveLength(8);
    expectListedAtItsLines(uitgangspunten, 'document:ibp-programmastart');
    for (const { relatie } of uitgangspunten) {
      expect(relatie.bronnen.map((bron) => bron.regelVan)).toEqual([309, 311]);
      expect(relatie.lijst).toContain('cruciale rol');
    }
    const opgaven = (items: Item[]) => sorted(items.map(({ node }) => node.id));
    expect(opgaven(uitgangspunten)).toEqual(opgaven(ledenbrief));
    expect(opgaven(uitgangspunten)).not.toContain('opgave:financiele-verhoudingen');
    expect(opgaven(uitgangspunten)).not.toContain('opgave:overkoepelend');
  });

  // 003 r.109–115: "Na intensieve onderhandelingen zijn op vier belangrijke punten door het Rijk toezeggingen gedaan.
  // 1) Er wordt een fonds gevormd … 2) In 2020 zal de overheveling … 3) … (ROB) onderzoek … naar … de BUIG. 4) Er worden
  // maatregelen getroffen …"; the agendered subjects come first, at r.80
  it('the ledenbrief lists the Rijk’s four commitments after the agendered subjects, as the letter does', async () => {
    const items = await listedBy('document:ibp-programmastart');
    const lijsten = [...new Set(items.map(({ relatie }) => relatie.lijst))];
    expect(lijsten).toEqual([
      'geagendeerde onderwerpen',
      'vier punten waarop het Rijk toezeggingen deed (tekorten sociaal domein)',
    ]);
    const toezeggingen = itemsOf(items, 'vier punten');
    expect(toezeggingen.map(({ node }) => node.id)).toEqual([
      'instrument:fonds-tekorten-sociaal-domein',
      'thema:overheveling-iusd',
      'instrument:rob-onderzoek-buig',
      'instrument:maatregelen-open-einde-regelingen',
    ]);
    toezeggingen.forEach(({ relatie }, index) => {
      expect(relatie.positie).toBe(index + 1);
      expect(relatie.bronnen[0]!.regelVan).toBe(109);
      expect(relatie.bronnen[1]!.citaat.startsWith(`${index + 1}) `)).toBe(true);
    });
    for (const { relatie } of toezeggingen) {
      for (const bron of relatie.bronnen) expect(squash(bron.tekst)).toContain(squash(bron.citaat));
    }
  });

  // 000 r.19: "Voor de provincies zijn de volgende IBP-thema's relevant: Klimaat, Wonen, Regionale economie, Vitaal
  // platteland, Goed openbaar bestuur, Financiële verhoudingen."
  it('the mededeling lists six IBP themes relevant for the provinces, in one line', async () => {
    const items = await listedBy('document:mededeling-ibp-2018-02-08');
    expect(items.map(({ node }) => node.id)).toEqual([
      'opgave:klimaat',
      'opgave:wonen',
      'opgave:regionale-economie',
      'opgave:vitaal-platteland',
      'opgave:goed-openbaar-bestuur',
      'opgave:financiele-verhoudingen',
    ]);
    expectListedAtItsLines(items, 'document:mededeling-ibp-2018-02-08');
    for (const { relatie } of items) {
      expect(relatie.bronnen.map((bron) => [bron.regelVan, bron.regelTot])).toEqual([[19, 19]]);
      expect(relatie.bronnen[0]!.citaat.startsWith("Voor de provincies zijn de volgende IBP-thema's relevant:")).toBe(
        true,
      );
    }
  });

  // 001 r.67–104: "Van de tien thema’s … springt er een aantal uit die voor de provincies het meest van belang zijn:",
  // then a paragraph each on klimaat (r.72), wonen (r.78), regionale economie (r.84), vitaal platteland (r.91), goed
  // openbaar bestuur (r.95), financiële verhoudingen (r.99) and overkoepelende thema's (r.102)
  it('the IPO memo singles out seven of the ten themes for the provinces, each from its own paragraph', async () => {
    const items = await listedBy('document:ipo-memo-2018-05-02');
    expect(items.map(({ node }) => node.id)).toEqual([
      'opgave:klimaat',
      'opgave:wonen',
      'opgave:regionale-economie',
      'opgave:vitaal-platteland',
      'opgave:goed-openbaar-bestuur',
      'opgave:financiele-verhoudingen',
      'opgave:overkoepelend',
    ]);
    expectListedAtItsLines(items, 'document:ipo-memo-2018-05-02');
    expect(items.map(({ relatie }) => relatie.bronnen[1]!.regelVan)).toEqual([72, 78, 84, 91, 95, 99, 102]);
    for (const { relatie } of items) expect(relatie.bronnen[0]).toMatchObject({ regelVan: 67, regelTot: 70 });
  });

  // 003 r.763: "Daarvoor zijn in het regeerakkoord ook verschillende instrumenten benoemd: o.a. regionale deals, city
  // deals, de regionale envelop en regionale energie en klimaatstrategieën (REKs)."
  it('the regeerakkoord names four instruments for area-based cooperation between regions and the Rijk', async () => {
    const items = await listedBy('instrument:regeerakkoord');
    expect(items.map(({ node }) => node.id)).toEqual([
      'instrument:regiodeals',
      'instrument:city-deals',
      'instrument:regionale-envelop',
      'instrument:reks',
    ]);
    expectListedAtItsLines(items, 'document:ibp-programmastart');
    for (const { relatie } of items) expect(relatie.bronnen[0]).toMatchObject({ regelVan: 763, regelTot: 763 });
  });

  // 003 r.983: "de 5 industrieclusters⁸"; r.1008: "⁸ De 5 industrieclusters: Noord-Nederland: industriecluster Eemsdelta
  // en Emmen; Noordzeekanaalgebied; Rotterdam-Moerdijk; Zeeland-West-Brabant en Chemelot"
  it('the five industrial clusters of the footnote, in its order', async () => {
    const items = await listedBy('thema:industriele-clusters');
    expect(items.map(({ node }) => node.id)).toEqual([
      'regio:eemsdelta-emmen',
      'regio:noordzeekanaalgebied',
      'regio:rotterdam-moerdijk',
      'regio:zeeland-west-brabant',
      'regio:chemelot',
    ]);
    expectListedAtItsLines(items, 'document:ibp-programmastart');
    for (const { relatie } of items) {
      expect(relatie.bronnen.map((bron) => bron.regelVan)).toEqual([983, 1008]);
      expect(relatie.lijst).toBe('de 5 industrieclusters');
    }
  });

  // 003 r.1083–1087: "focussen de decentrale overheden en de Rijksoverheid zich met name op een aantal thema's:"
  // Elektrische voertuigen, Logistiek, Anders reizen; r.1089–1092: "De Rijksoverheid zet zelf aanvullend in op de volgende
  // twee thema's:" Banden, Biobrandstoffen
  it('sector mobiliteit lists three themes for all governments and then two for the Rijk alone, in the order of the text', async () => {
    const items = await listedBy('thema:sector-mobiliteit');
    const samen = "thema's waarop de decentrale overheden en de Rijksoverheid zich focussen";
    const rijk = "thema's waarop de Rijksoverheid zelf aanvullend inzet";
    expect(items.map(({ node, relatie }) => [relatie.lijst, relatie.positie, node.id])).toEqual([
      [samen, 1, 'thema:elektrische-voertuigen'],
      [samen, 2, 'thema:logistiek'],
      [samen, 3, 'thema:anders-reizen'],
      [rijk, 1, 'thema:banden'],
      [rijk, 2, 'thema:biobrandstoffen'],
    ]);
    expectListedAtItsLines(items, 'document:ibp-programmastart');
    expect(items.map(({ relatie }) => relatie.bronnen.map((bron) => bron.regelVan))).toEqual([
      [1083, 1085],
      [1083, 1086],
      [1083, 1087],
      [1089, 1091],
      [1089, 1092],
    ]);
  });

  // 003 r.1091 and r.1065–1092: banden is a theme of sector mobiliteit (ONDERDEEL_VAN) and one of the two the Rijk takes
  // on alone (NOEMT); the list says nothing beyond being listed, so the two stay two relations
  it('being listed is a relation of its own beside being part of: banden is both, each with its own sources', async () => {
    const { thema } = await ask<{ thema: { verbanden: Items } }>(
      `{ thema(id: "thema:banden") { verbanden(typen: [ONDERDEEL_VAN, NOEMT], first: 100) { ${ITEMS} } } }`,
    );
    const edges = thema.verbanden.edges.map(({ node, relatie }) => ({
      node,
      relatie: { ...relatie, bronnen: rangesOf(relatie.bronnen) },
    }));
    expect(edges.map(({ node, relatie }) => [relatie.type, node.id]).sort()).toEqual([
      ['NOEMT', 'thema:sector-mobiliteit'],
      ['ONDERDEEL_VAN', 'thema:sector-mobiliteit'],
    ]);
    const noemt = edges.find(({ relatie }) => relatie.type === 'NOEMT')!.relatie;
    const onderdeel = edges.find(({ relatie }) => relatie.type === 'ONDERDEEL_VAN')!.relatie;
    expect(noemt.positie).toBe(1);
    expect(onderdeel.positie).toBeNull();
    expect(onderdeel.lijst).toBeNull();
    expect(noemt.bronnen[0]!.citaat).toBe("De Rijksoverheid zet zelf aanvullend in op de volgende twee thema's:");
  });

  // 000 r.19 "Klimaat, Wonen", 001 r.78 "Toekomstbestendig wonen", 003 r.83 "b) Toekomstbestendig wonen", 003 r.311
  // "Klimaat, wonen": four lists, and in each wonen comes second
  it('Toekomstbestendig wonen is listed in four lists of three documents, each time second', async () => {
    const { opgave } = await ask<{ opgave: { genoemdIn: Items } }>(
      `{ opgave(id: "opgave:wonen") { genoemdIn(first: 100) { ${ITEMS} } } }`,
    );
    const edges = opgave.genoemdIn.edges;
    expect(sorted(edges.map(({ node }) => node.id))).toEqual([
      'document:ibp-programmastart',
      'document:ipo-memo-2018-05-02',
      'document:mededeling-ibp-2018-02-08',
      'instrument:programmastart-ibp',
    ]);
    for (const { node, relatie } of edges) {
      expect(relatie.positie, node.id).toBe(2);
      const item = relatie.bronnen.at(-1)!;
      expect(squash(item.tekst)).toContain(squash(item.citaat));
      expect(item.citaat.toLowerCase()).toContain('wonen');
    }
  });

  // 004 r.27–29: "Nieuwe initiatieven in 2019 … maakt het programmateam komend jaar in het bijzonder werk van de volgende
  // initiatieven."; r.31, 33, 35, 37: following ten regional initiatives, working at another government for a while,
  // the stories of about 25 professionals, one question each quarter
  it('the web text lists the programme team’s four new initiatives for 2019', async () => {
    const items = await listedBy('document:ibp-een-jaar');
    expect(items.map(({ node }) => node.id)).toEqual([
      'instrument:volgen-regionale-initiatieven',
      'instrument:buurten-bij-andere-overheid',
      'instrument:storytelling-professionals',
      'instrument:verdiepen-en-inspireren',
    ]);
    expectListedAtItsLines(items, 'document:ibp-een-jaar');
    expect(items.map(({ relatie }) => relatie.bronnen[1]!.regelVan)).toEqual([31, 33, 35, 37]);
    for (const { relatie } of items) expect(relatie.bronnen[0]).toMatchObject({ regelVan: 27, regelTot: 29 });
  });

  // 003 r.1186: "Er zijn reeds twee hoge bestuurlijke gremia waarbinnen het tegengaan van ondermijning van de
  // democratische rechtsorde wordt uitgewerkt en aangejaagd …: het betreft de Stuurgroep aanpak ondermijning … en … het
  // reeds bestaande interdepartementale traject Ongewenste Buitenlandse Inmenging (OBI)"
  it('the fight against ondermijning is worked out in two high bodies: the Stuurgroep and the OBI track', async () => {
    const items = await listedBy('thema:ondermijning');
    expect(items.map(({ node }) => node.id)).toEqual([
      'overleg:stuurgroep-aanpak-ondermijning',
      'instrument:traject-obi',
    ]);
    expectListedAtItsLines(items, 'document:ibp-programmastart');
    for (const { relatie } of items) expect(relatie.bronnen.every((bron) => bron.regelVan === 1186)).toBe(true);
  });
});

describe('lists of which only some items are nodes: the items that are, at their place in the whole list', () => {
  // 003 r.417: "Afhankelijk van de specifiek regionale knelpunten kunnen afspraken bijvoorbeeld betrekking hebben op:";
  // r.418 plancapaciteit (no node), r.419 "Inzet van de Crisis- en herstelwet", r.420 "Gerichte inzet van de
  // expertteams", r.421 "een (revolverend) fonds", r.422 the approach in krimpsituaties (no node)
  it('the regio-afspraken on housing may concern the Crisis- en herstelwet, the expert teams and a revolving fund, second to fourth of five', async () => {
    const items = await listedBy('instrument:regio-afspraken-wonen');
    expect(items.map(({ node, relatie }) => [relatie.positie, node.id])).toEqual([
      [2, 'instrument:crisis-en-herstelwet'],
      [3, 'instrument:expertteams'],
      [4, 'instrument:revolverend-fonds-transformatie'],
    ]);
    expectListedAtItsLines(items, 'document:ibp-programmastart');
    expect(items.map(({ relatie }) => relatie.bronnen.map((bron) => bron.regelVan))).toEqual([
      [417, 419],
      [417, 420],
      [417, 421],
    ]);
    for (const { relatie } of items) {
      expect(relatie.lijst).toBe('waarop afspraken bijvoorbeeld betrekking kunnen hebben');
      expect(squash(relatie.bronnen[0]!.tekst)).toContain('kunnen afspraken bijvoorbeeld betrekking hebben op:');
    }
  });

  // 003 r.761: "Regionale gebiedsgerichte aanpak"; r.765: "Een breed scala aan opgaven kan daarbij aan de orde zijn:
  // economie, arbeidsmarkt, onderwijs, vestigingsklimaat, woningmarkt, klimaatadaptatie, natuur, milieu, etc."
  it('the area-based approach lists arbeidsmarkt, vestigingsklimaat and klimaatadaptatie, second, fourth and sixth of eight', async () => {
    const items = await listedBy('thema:regionale-gebiedsgerichte-aanpak');
    expect(items.map(({ node, relatie }) => [relatie.positie, node.id])).toEqual([
      [2, 'thema:arbeidsmarkt'],
      [4, 'thema:vestigingsklimaat'],
      [6, 'thema:klimaatadaptatie'],
    ]);
    expectListedAtItsLines(items, 'document:ibp-programmastart');
    for (const { relatie } of items) {
      expect(relatie.bronnen.map((bron) => bron.regelVan)).toEqual([761, 765]);
      expect(relatie.bronnen[1]!.citaat).toMatch(
        /^Een breed scala aan opgaven kan daarbij aan de orde zijn: economie, /,
      );
    }
  });

  // 003 r.781: "Europese Unie"; r.791: "Het Rijk en koepels verkennen op welke thema's het Rijk en de decentrale
  // overheden de samenwerking dienen te versterken. Te denken valt aan thema's binnen dit Interbestuurlijk Programma,
  // maar ook thema's zoals regionale gebiedsgerichte aanpak (ESI-fondsen), milieu (o.a. klimaatadaptatie/mitigatie,
  // circulaire economie), digitale interne markt en natuur/landbouw."
  it('the EU themes to cooperate on include the area-based approach (second) and, under milieu (third), adaptation, mitigation and circular economy', async () => {
    const items = await listedBy('thema:europese-unie');
    expect(items.map(({ node, relatie }) => `${relatie.positie} ${node.id}`).sort()).toEqual([
      '2 thema:regionale-gebiedsgerichte-aanpak',
      '3 thema:circulaire-economie',
      '3 thema:klimaatadaptatie',
      '3 thema:klimaatmitigatie',
    ]);
    expectListedAtItsLines(items, 'document:ibp-programmastart');
    for (const { relatie } of items) {
      expect(relatie.bronnen.map((bron) => bron.regelVan)).toEqual([791, 781, 791]);
      expect(relatie.bronnen[1]!.citaat).toBe('Europese Unie');
      expect(squash(relatie.bronnen[2]!.tekst)).toContain(
        'milieu (o.a. klimaatadaptatie/mitigatie, circulaire economie)',
      );
    }
  });

  // 003 r.972: "1. Sector Industrie"; r.995: "De inzet van decentrale overheden (voor dit transitiepad met name de
  // provincies) richt zich o.a. op:"; r.999: "c. Uitwerken visie op duurzaam gebruik en beheer van de ondergrond (STRONG)"
  it('of the ten things the provinces take on for industry, the third is the only node: the STRONG vision on the subsoil', async () => {
    const items = await listedBy('thema:sector-industrie');
    expect(items.map(({ node, relatie }) => [relatie.positie, node.id])).toEqual([[3, 'instrument:strong']]);
    expectListedAtItsLines(items, 'document:ibp-programmastart');
    expect(items[0]!.relatie.bronnen.map((bron) => bron.regelVan)).toEqual([995, 972, 999]);
  });
});
