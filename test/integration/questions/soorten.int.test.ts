import { describe, expect, it } from 'vitest';
import {
  askTheService,
  BRON,
  type Connection,
  ids,
  type MijlpaalLike,
  type Ref,
  relatieOf,
  sorted,
  squash,
  waarde,
} from '../../support/questions.js';

/*
 * Questions whose answers rest on one meaning per relation kind (seeds/MODEL.md, "Feitencontrole van de overige
 * soorten"): what an instrument is deployed for, what the work builds on, where money comes from, which themes are
 * themes of an opgave and which are parts of a broader theme, and where an opgave plays. Asked over HTTP. Above each
 * test: the document (numbered as in test/support/questions.ts) and the line(s) in seeds/documenten/ that give the
 * answer.
 */

const ask = askTheService();

describe('one meaning per relation kind', () => {
  // 003 r.469: "Er wordt voortgebouwd op ervaringen die zijn opgedaan in de samenwerkingen bij de ontwikkeling van
  // bijvoorbeeld de Actieagenda Brainport, de proeftuinen Maak Verschil, het Investeringsprogramma Zeeland en het
  // programma Matchen op Werk"; r.459: "Daarbij wordt gebruikgemaakt van ervaringen … (REOS) … (Retailagenda)"
  it('regionale economie builds on the experience with Brainport, Maak Verschil, Zeeland, Matchen op Werk, REOS and the Retailagenda', async () => {
    const { opgave } = await ask<{ opgave: { bouwtVoortOp: Connection; instrumenten: Connection } }>(
      `{ opgave(id: "opgave:regionale-economie") {
           bouwtVoortOp(first: 50) { edges { node { id naam } relatie { type eigenschappen { naam waarde } bronnen { ${BRON} } } } }
           instrumenten(first: 50) { edges { node { id } } } } }`,
    );
    const ervaring = [
      'instrument:actieagenda-brainport',
      'instrument:investeringsprogramma-zeeland',
      'instrument:matchen-op-werk',
      'instrument:proeftuinen-maak-verschil',
      'instrument:reos',
      'instrument:retailagenda',
    ];
    expect(sorted(ids(opgave.bouwtVoortOp))).toEqual(ervaring);
    for (const id of ervaring.slice(0, 4)) {
      const relatie = relatieOf(opgave.bouwtVoortOp, id);
      expect(relatie.type).toBe('BASIS_VOOR');
      expect(waarde(relatie.eigenschappen, 'grond')).toBe('voortgebouwd op ervaringen');
      expect(relatie.bronnen[0]).toMatchObject({ regelVan: 469, document: { id: 'document:ibp-programmastart' } });
      expect(relatie.bronnen[0]?.citaat).toMatch(/^Er wordt voortgebouwd op ervaringen/);
      expect(squash(relatie.bronnen[0]?.tekst ?? '')).toContain(squash(relatie.bronnen[0]?.citaat ?? ''));
    }
    expect(relatieOf(opgave.bouwtVoortOp, 'instrument:reos').bronnen[0]).toMatchObject({ regelVan: 459 });
    for (const id of ervaring) expect(ids(opgave.instrumenten)).not.toContain(id);
    expect(ids(opgave.instrumenten)).toContain('instrument:programmas-regionaal-economische-aanpak');
  });

  // 003 r.719: "Naar aanleiding van het rapport 'Rekening houden met verschil' werken we gezamenlijk aan het herzien van de
  // financiële verhoudingen"; r.727: "Op grond van de Wet houdbare overheidsfinanciën (hof) leveren het Rijk en de
  // decentrale overheden een gelijkwaardige inspanning"
  it('the revision of the financial relations follows a report, and the EMU-normering rests on the Wet hof', async () => {
    const data = await ask<{
      herziening: { bouwtVoortOp: Connection; instrumenten: Connection };
      wet: { basisVoor: Connection };
    }>(
      `{ herziening: thema(id: "thema:herziening-financiele-verhoudingen") {
           bouwtVoortOp { edges { node { id } relatie { eigenschappen { naam waarde } bronnen { ${BRON} } } } }
           instrumenten { edges { node { id } } } }
         wet: instrument(id: "instrument:wet-hof") {
           basisVoor { edges { node { id } relatie { eigenschappen { naam waarde } bronnen { ${BRON} } } } } } }`,
    );
    expect(ids(data.herziening.bouwtVoortOp)).toEqual(['instrument:rekening-houden-met-verschil']);
    const rapport = relatieOf(data.herziening.bouwtVoortOp, 'instrument:rekening-houden-met-verschil');
    expect(waarde(rapport.eigenschappen, 'grond')).toBe('naar aanleiding van');
    expect(rapport.bronnen[0]).toMatchObject({
      regelVan: 719,
      citaat: expect.stringMatching(/^Naar aanleiding van het rapport/),
    });
    expect(data.herziening.instrumenten.edges).toEqual([]);
    expect(ids(data.wet.basisVoor)).toEqual(['thema:emu-normering']);
    const hof = relatieOf(data.wet.basisVoor, 'thema:emu-normering');
    expect(hof.bronnen.map((bron) => bron.regelVan)).toEqual([727, 728]);
    expect(hof.bronnen[0]?.citaat).toMatch(/^Op grond van de Wet houdbare overheidsfinanciën/);
  });

  // 003 r.111: "Het kabinet stelt daarvoor € 100 miljoen beschikbaar, de andere € 100 miljoen komt ten laste van het
  // gemeentefonds"; r.117: "de afspraak om € 100 miljoen uit het gemeentefonds te bestemmen voor de vulling van een fonds"
  it('half of the fund for shortfalls in the social domain comes out of the gemeentefonds', async () => {
    const { instrument } = await ask<{ instrument: { gefinancierdDoor: Connection; opgaven: Connection } }>(
      `{ instrument(id: "instrument:fonds-tekorten-sociaal-domein") {
           gefinancierdDoor { edges { node { id naam } relatie { type eigenschappen { naam waarde } bronnen { ${BRON} } } } }
           opgaven { edges { node { id } } } } }`,
    );
    expect(ids(instrument.gefinancierdDoor)).toEqual(['instrument:gemeentefonds']);
    const gemeentefonds = relatieOf(instrument.gefinancierdDoor, 'instrument:gemeentefonds');
    expect(gemeentefonds.type).toBe('FINANCIERT');
    expect(waarde(gemeentefonds.eigenschappen, 'bijdrage')).toBe('€ 100 miljoen');
    expect(gemeentefonds.bronnen.map((bron) => [bron.regelVan, bron.citaat])).toEqual([
      [111, 'de andere € 100 miljoen komt ten laste van het gemeentefonds'],
      [117, 'de afspraak om € 100 miljoen uit het gemeentefonds te bestemmen voor de vulling van een fonds'],
    ]);
    expect(ids(instrument.opgaven)).toEqual(['opgave:sociaal-domein']);
  });

  // 003 r.1102: "De normeringsystematiek … bewerkstelligt een evenredig, actuele, inzichtelijke en beheersbare indexatie
  // van het Gemeentefonds en Provinciefonds"; r.1166: "Het accrespercentage dat volgt uit de normeringsystematiek wordt
  // ook gebruikt voor indexatie van het plafond van het BTW-compensatiefonds."
  it('the normeringsystematiek indexes the gemeentefonds and provinciefonds; the accres follows from it and indexes the BTW-compensatiefonds', async () => {
    const data = await ask<{
      normering: { verbanden: Connection; basisVoor: Connection };
      accres: { verbanden: Connection };
    }>(
      `{ normering: instrument(id: "instrument:normeringsystematiek") {
           verbanden(typen: [INSTRUMENT_VOOR], richting: UIT) { edges { node { id } relatie { bronnen { ${BRON} } } } }
           basisVoor { edges { node { id } relatie { eigenschappen { naam waarde } bronnen { ${BRON} } } } } }
         accres: instrument(id: "instrument:accres") {
           verbanden(typen: [INSTRUMENT_VOOR], richting: BEIDE) { edges { node { id } relatie { bronnen { ${BRON} } } } } } }`,
    );
    expect(sorted(ids(data.normering.verbanden))).toEqual([
      'instrument:gemeentefonds',
      'instrument:provinciefonds',
      'thema:normeringssystematiek',
    ]);
    expect(relatieOf(data.normering.verbanden, 'instrument:gemeentefonds').bronnen[0]).toMatchObject({
      regelVan: 1102,
      citaat: expect.stringContaining('indexatie van het Gemeentefonds en Provinciefonds'),
    });
    expect(ids(data.normering.basisVoor)).toEqual(['instrument:accres']);
    expect(waarde(relatieOf(data.normering.basisVoor, 'instrument:accres').eigenschappen, 'grond')).toBe('volgt uit');
    expect(ids(data.accres.verbanden)).toEqual(['instrument:btw-compensatiefonds']);
    expect(relatieOf(data.accres.verbanden, 'instrument:btw-compensatiefonds').bronnen[0]).toMatchObject({
      regelVan: 1166,
      citaat: expect.stringContaining('ook gebruikt voor indexatie van het plafond van het BTW-compensatiefonds'),
    });
  });

  // 003 r.1012: "daarom maken Rijk, decentrale overheden, agrarische ketenpartijen en natuurbeheerders in het klimaat- en
  // energieakkoord afspraken over de reductie van deze emissie"; r.1033: "de nadere invulling van de gebouwde omgeving
  // in het KEA"; r.1057: "Het startpunt hiervan zijn de afspraken over CO₂-arme elektriciteitsproductie … die worden
  // gemaakt in het Klimaatakkoord."
  it('the Klimaatakkoord is where the sectors agriculture and built environment agree; for electricity its agreements are the starting point', async () => {
    const { instrument } = await ask<{ instrument: { themas: Connection; basisVoor: Connection } }>(
      `{ instrument(id: "instrument:klimaatakkoord") {
           themas(first: 50) { edges { node { id } relatie { bronnen { ${BRON} } } } }
           basisVoor { edges { node { id } relatie { eigenschappen { naam waarde } bronnen { ${BRON} } } } } } }`,
    );
    expect(ids(instrument.themas)).toEqual(
      expect.arrayContaining(['thema:sector-landbouw-en-natuur', 'thema:sector-gebouwde-omgeving']),
    );
    expect(relatieOf(instrument.themas, 'thema:sector-landbouw-en-natuur').bronnen[0]).toMatchObject({
      regelVan: 1012,
    });
    expect(relatieOf(instrument.themas, 'thema:sector-gebouwde-omgeving').bronnen[0]?.citaat).toContain(
      'de nadere invulling van de gebouwde omgeving in het KEA',
    );
    expect(ids(instrument.themas)).not.toContain('thema:sector-elektriciteit');
    const elektriciteit = relatieOf(instrument.basisVoor, 'thema:sector-elektriciteit');
    expect(waarde(elektriciteit.eigenschappen, 'grond')).toBe('het startpunt');
    expect(elektriciteit.bronnen[0]).toMatchObject({
      regelVan: 1057,
      citaat: expect.stringMatching(/^Het startpunt hiervan/),
    });
  });

  // 003 r.498: "Daarnaast zullen we werken in het platteland aan de klimaatopgave"; r.903: "Er wordt hierbij expliciet
  // aandacht besteed aan het landelijk en het stedelijk gebied."
  it('klimaat plays in the landelijk gebied, beside vitaal platteland', async () => {
    const { regio } = await ask<{ regio: { opgaven: Connection } }>(
      `{ regio(id: "regio:landelijk-gebied") { opgaven { edges { node { id } relatie { type onderwerp bronnen { ${BRON} } } } } } }`,
    );
    expect(ids(regio.opgaven)).toEqual(['opgave:klimaat', 'opgave:vitaal-platteland']);
    const klimaat = relatieOf(regio.opgaven, 'opgave:klimaat');
    expect(klimaat.type).toBe('SPEELT_IN');
    expect(klimaat.bronnen.map((bron) => bron.regelVan)).toEqual([498, 903]);
    expect(klimaat.bronnen[0]?.citaat).toContain('in het platteland aan de klimaatopgave');
  });

  // 003 r.801: "Over de inrichting van deze governance met Nedersaksen, Noordrijn-Westfalen en Vlaanderen/België voeren
  // momenteel de Commissarissen van de Koning van respectievelijk Groningen, Limburg en Zeeland een verkenning uit": the
  // neighbours are partners in governance, not places where an opgave plays
  it('no opgave plays in Nedersaksen, Noordrijn-Westfalen or Vlaanderen; Groningen explores the governance with Nedersaksen', async () => {
    const data = await ask<{
      nedersaksen: { opgaven: Connection; bronnen: Array<{ regelVan: number }> };
      noordrijn: { opgaven: Connection };
      vlaanderen: { opgaven: Connection };
      groningen: { betrokkenBij: Connection };
    }>(
      `{ nedersaksen: regio(id: "regio:nedersaksen") { opgaven { totalCount edges { node { id } } } bronnen { regelVan } }
         noordrijn: regio(id: "regio:noordrijn-westfalen") { opgaven { totalCount edges { node { id } } } }
         vlaanderen: regio(id: "regio:vlaanderen-belgie") { opgaven { totalCount edges { node { id } } } }
         groningen: actor(id: "provincie:groningen") { betrokkenBij(first: 50) { edges { node { id } relatie { rol bronnen { ${BRON} } } } } } }`,
    );
    for (const buur of [data.nedersaksen, data.noordrijn, data.vlaanderen]) expect(buur.opgaven.totalCount).toBe(0);
    expect(data.nedersaksen.bronnen.map((bron) => bron.regelVan)).toEqual([801]);
    const verkenning = relatieOf(data.groningen.betrokkenBij, 'thema:grensoverschrijdende-samenwerking');
    expect(verkenning.rol).toBe('Commissaris van de Koning verkent governance met Nedersaksen');
    expect(verkenning.bronnen[0]).toMatchObject({ regelVan: 801 });
  });

  // 003 r.425–429: under "Doelgroepen": "Het Rijk gaat overleg voeren met … partijen die actief bezig zijn met de aanpak
  // van vakantieparken"; r.1230–1232: "2. Versterken en vormgeven van de gebiedsgerichte aanpak bij
  // ondermijningsgevoelige gebieden … Te denken valt aan buitengebieden, bedrijventerreinen, kwetsbare wijken en
  // vakantieparken."
  it('vakantieparken is a part of the target groups of wonen and of the area approach against undermining, not a theme of an opgave itself', async () => {
    const { thema } = await ask<{
      thema: {
        opgaven: Connection;
        onderdeelVan: Connection<Ref & { opgaven?: Connection; onderdeelVan?: Connection }>;
      };
    }>(
      `{ thema(id: "thema:vakantieparken") { opgaven { totalCount edges { node { id } } }
           onderdeelVan { edges { node { id naam ... on Thema { opgaven { edges { node { id } } } onderdeelVan { edges { node { id } } } } }
             relatie { type bronnen { ${BRON} } } } } } }`,
    );
    expect(thema.opgaven.totalCount).toBe(0);
    expect(sorted(ids(thema.onderdeelVan))).toEqual([
      'thema:gebiedsgerichte-aanpak-ondermijning',
      'thema:wonen-doelgroepen',
    ]);
    const doelgroepen = thema.onderdeelVan.edges.find(({ node }) => node.id === 'thema:wonen-doelgroepen');
    expect(ids(doelgroepen?.node.opgaven ?? { edges: [] })).toEqual(['opgave:wonen']);
    expect(doelgroepen?.relatie?.bronnen.map((bron) => bron.regelVan)).toEqual([425, 429, 396]);
    const ondermijning = thema.onderdeelVan.edges.find(
      ({ node }) => node.id === 'thema:gebiedsgerichte-aanpak-ondermijning',
    );
    expect(ids(ondermijning?.node.onderdeelVan ?? { edges: [] })).toEqual(['thema:ondermijning']);
    expect(ondermijning?.relatie?.bronnen[1]).toMatchObject({
      regelVan: 1232,
      citaat: 'Te denken valt aan buitengebieden, bedrijventerreinen, kwetsbare wijken en vakantieparken.',
    });
  });

  // 001 r.95–97: "Goed openbaar bestuur … kent drie speerpunten: … ‘democratische overheid’ over goede democratische
  // legitimatie, maar bijvoorbeeld ook tegengaan van ondermijning"; 003 r.686–692: "Weerbaar tegen ondermijning" stands
  // under "2. Democratische overheid"
  it('Weerbaar tegen ondermijning is a part of the speerpunt Democratische overheid of goed openbaar bestuur', async () => {
    const { thema } = await ask<{
      thema: { opgaven: Connection; onderdeelVan: Connection<Ref & { opgaven: Connection }> };
    }>(
      `{ thema(id: "thema:ondermijning") { opgaven { totalCount edges { node { id } } }
           onderdeelVan { edges { node { id naam ... on Thema { opgaven { edges { node { id } } } } } relatie { bronnen { ${BRON} } } } } } }`,
    );
    expect(thema.opgaven.totalCount).toBe(0);
    expect(ids(thema.onderdeelVan)).toEqual(['thema:democratische-overheid']);
    expect(ids(thema.onderdeelVan.edges[0]!.node.opgaven)).toEqual(['opgave:goed-openbaar-bestuur']);
    expect(thema.onderdeelVan.edges[0]?.relatie?.bronnen[0]).toMatchObject({
      regelVan: 96,
      document: { id: 'document:ipo-memo-2018-05-02' },
      citaat: expect.stringContaining('tegengaan van ondermijning'),
    });
  });

  // 003 r.929: "De Veenbodemisies en de strategieën om bodemdaling … tegen te gaan zullen onderdeel uitmaken van de
  // regionale aanpak (zoals REKS en adaptatiestrategieën). Bodemdaling is een bouwsteen voor de Nationale Omgevingsvisie
  // (NOVI)."
  it('the veenbodemvisies are to be part of the REKS and the adaptation strategies; bodemdaling is a building block of the NOVI', async () => {
    const data = await ask<{
      visies: { onderdeelVan: Connection };
      bodemdaling: { onderdeelVan: Connection; instrumenten: Connection };
    }>(
      `{ visies: instrument(id: "instrument:veenbodemvisies") { onderdeelVan { edges { node { id } relatie { bronnen { ${BRON} } } } } }
         bodemdaling: thema(id: "thema:bodemdaling") { onderdeelVan { edges { node { id } relatie { eigenschappen { naam waarde } bronnen { ${BRON} } } } }
           instrumenten(first: 50) { edges { node { id } } } } }`,
    );
    expect(sorted(ids(data.visies.onderdeelVan))).toEqual([
      'instrument:regionale-adaptatiestrategieen',
      'instrument:reks',
    ]);
    expect(relatieOf(data.visies.onderdeelVan, 'instrument:reks').bronnen[0]).toMatchObject({
      regelVan: 929,
      citaat: expect.stringContaining(
        'zullen onderdeel uitmaken van de regionale aanpak (zoals REKS en adaptatiestrategieën)',
      ),
    });
    expect(sorted(ids(data.bodemdaling.onderdeelVan))).toEqual(['instrument:novi', 'thema:klimaatadaptatie']);
    const novi = relatieOf(data.bodemdaling.onderdeelVan, 'instrument:novi');
    expect(novi.bronnen[0]).toMatchObject({
      regelVan: 929,
      citaat: 'Bodemdaling is een bouwsteen voor de Nationale Omgevingsvisie (NOVI).',
    });
    expect(ids(data.bodemdaling.instrumenten)).not.toContain('instrument:novi');
    expect(ids(data.bodemdaling.instrumenten)).toEqual(
      expect.arrayContaining(['instrument:klimaatakkoord', 'instrument:bestuursakkoord-klimaatadaptatie']),
    );
  });

  // 003 r.348: "Klimaatmitigatie: Rijk en decentrale overheden streven gezamenlijk de doelstelling na om te komen tot 49 %
  // CO₂-reductie in 2030."; r.731–733: "Overheveling IUSD … Per 2019 gaan de volgende onderdelen over:"
  it('the 49% CO₂ reduction in 2030 is a milestone of klimaatmitigatie; the transfer per 2019 one of the theme Overheveling IUSD', async () => {
    const data = await ask<{
      mitigatie: { mijlpalen: Connection<MijlpaalLike> };
      iusd: { mijlpalen: Connection<MijlpaalLike> };
    }>(
      `{ mitigatie: thema(id: "thema:klimaatmitigatie") { mijlpalen { edges { node { id naam datum } relatie { bronnen { ${BRON} } } } } }
         iusd: thema(id: "thema:overheveling-iusd") { mijlpalen { edges { node { id naam datum } relatie { bronnen { ${BRON} } } } } } }`,
    );
    const co2 = data.mitigatie.mijlpalen.edges.find(({ node }) => node.id === 'mijlpaal:co2-reductie-2030');
    expect(co2?.node.datum).toBe('2030');
    expect(co2?.relatie?.bronnen[0]).toMatchObject({
      regelVan: 348,
      citaat: expect.stringContaining('49 % CO₂-reductie in 2030'),
    });
    expect(data.iusd.mijlpalen.edges.map(({ node }) => [node.id, node.datum])).toEqual([
      ['mijlpaal:overheveling-iusd', '2019'],
    ]);
    expect(data.iusd.mijlpalen.edges[0]?.relatie?.bronnen.map((bron) => bron.regelVan)).toEqual([731, 733]);
  });

  // 003 r.1012 (bijlage 2, sector Landbouw en Natuur): "Deze opgave kan versterkend werken aan de inspanningen die
  // partijen en overheden al leveren aan de verduurzaming van de landbouw en het landgebruik, waarmee deze opgave een
  // grote samenhang heeft."
  it('the crossover of klimaat and vitaal platteland is also about the transition to a more sustainable agriculture', async () => {
    const { crossover } = await ask<{ crossover: { betreft: Connection } }>(
      `{ crossover(id: "crossover:klimaat-vitaal-platteland") { betreft(first: 50) { edges { node { id naam } relatie { type bronnen { ${BRON} } } } } } }`,
    );
    expect(ids(crossover.betreft)).toEqual(
      expect.arrayContaining(['thema:verduurzaming-landbouw', 'thema:sector-landbouw-en-natuur']),
    );
    const landbouw = relatieOf(crossover.betreft, 'thema:verduurzaming-landbouw');
    expect(landbouw.type).toBe('BETREFT');
    expect(landbouw.bronnen[0]).toMatchObject({
      regelVan: 1012,
      citaat: expect.stringContaining(
        'verduurzaming van de landbouw en het landgebruik, waarmee deze opgave een grote samenhang heeft',
      ),
    });
    expect(squash(landbouw.bronnen[0]?.tekst ?? '')).toContain(squash(landbouw.bronnen[0]?.citaat ?? ''));
  });
});
