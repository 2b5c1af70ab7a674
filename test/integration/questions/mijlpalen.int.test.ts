import { describe, expect, it } from 'vitest';
import {
  askTheService,
  BRON,
  type Bron,
  type Connection,
  type Eigenschap,
  ids,
  type Ref,
  relatieOf,
  sorted,
  type Variant,
  waarde,
} from '../../support/questions.js';

/*
 * Questions about milestones and dates, asked over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer.
 */

const ask = askTheService();

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
    // The municipalities take part as a party ("Tijdens de startdag bepalen gemeenten per opgave …").
    expect(sorted(ids(data.mijlpaal.betrokkenen))).toEqual([
      'groep:gemeenten',
      'koepel:vng',
      'organisatie:g4',
      'organisatie:g40',
      'organisatie:p10',
    ]);
  });

  // 003 r.34: "In de Algemene Ledenvergadering van 27 juni a.s. zal het IBP en de nadere uitwerking worden geagendeerd"
  // (in a letter of 15 February 2018, r.7)
  it('the VNG ALV on 27 June 2018 takes up the IBP and the fund for shortfalls in the social domain', async () => {
    const { mijlpaal } = await ask<MijlpaalData>(mijlpaalQuery, { id: 'mijlpaal:vng-alv-2018-06-27' });
    expect(mijlpaal.datum).toBe('2018-06-27');
    expect(mijlpaal.wanneer).toBe('27 juni a.s.');
    expect(waarde(mijlpaal.eigenschappen, 'jaarAfgeleid')).toBe('true');
    expect(sorted(ids(mijlpaal.van))).toEqual([
      'instrument:fonds-tekorten-sociaal-domein',
      'instrument:interbestuurlijk-programma',
      'overleg:vng-alv',
    ]);
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
    expect(laatste).toMatchObject({
      id: 'mijlpaal:code-goed-digitaal-openbaar-bestuur',
      datum: null,
      wanneer: 'geen datum genoemd',
    });
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
    const { mijlpalen } = await ask<{ mijlpalen: Connection<MijlpaalNode> }>(
      '{ mijlpalen(tot: "2017-12-31") { edges { node { id naam datum wanneer } } } }',
    );
    expect(sorted(mijlpalen.edges.map(({ node }) => `${node.id} ${node.datum}`))).toEqual([
      'mijlpaal:decentralisatie-sociaal-domein-2015 2015',
      'mijlpaal:jongvolwassenentop-2017 2017-11-27',
      'mijlpaal:presentatie-regeerakkoord 2017-10',
      'mijlpaal:uitnodiging-bzk 2017-11-eind',
    ]);
    expect(mijlpalen.edges[0]?.node.id).toBe('mijlpaal:decentralisatie-sociaal-domein-2015');
  });

  // 003 r.303: "De programmastart is op 14 februari." vs 000 r.27: "De programmastart van het IBP is voorzien voor eind
  // februari." and r.11: "zal volgens planning later deze maand worden gepresenteerd"
  it('the programmastart was on 14 February 2018; the mededeling of 8 February still expected "eind februari"', async () => {
    const { mijlpaal } = await ask<MijlpaalData>(mijlpaalQuery, { id: 'mijlpaal:programmastart-ibp' });
    expect(mijlpaal.datum).toBe('2018-02-14');
    expect(mijlpaal.bronnen).toContainEqual(
      expect.objectContaining({ regelVan: 303, citaat: 'De programmastart is op 14 februari.' }),
    );
    expect(mijlpaal.varianten).toContainEqual(
      expect.objectContaining({
        eigenschap: 'datum',
        waarde: '2018-02-eind',
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
    expect(mijlpaal.bronnen).toContainEqual(
      expect.objectContaining({ regelVan: 733, citaat: 'Per 2019 gaan de volgende onderdelen over:' }),
    );
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
    const { mijlpaal } = await ask<MijlpaalData>(mijlpaalQuery, {
      id: 'mijlpaal:actieprogramma-versterking-democratie',
    });
    expect(mijlpaal.datum).toBe('2018-Q2');
    expect(mijlpaal.wanneer).toBe('voor de zomer van 2018');
    expect(mijlpaal.varianten).toContainEqual(
      expect.objectContaining({
        eigenschap: 'datum',
        waarde: '2019',
        bron: expect.objectContaining({
          regelVan: 583,
          regelTot: 585,
          document: { id: 'document:ipo-memo-2018-05-02' },
        }),
      }),
    );
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
});
