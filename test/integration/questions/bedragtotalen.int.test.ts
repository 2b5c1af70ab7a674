import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../../src/paths.js';
import { askAndPost, BRON, type Bron, squash } from '../../support/questions.js';

/*
 * Questions about amounts summed by opgave, fund and year (`bedragTotalen`), over HTTP. Each answer is checked
 * against the lines of table 3 of the Programmastart (003 r. 1109-1131) as they stand in seeds/documenten/, read
 * here independently of the seeds: the figures of a row are parsed from the document itself.
 */

const { ask, post } = askAndPost();

const programmastart = readFileSync(fromProjectRoot('seeds', 'documenten', '003_4af6d6007d3d8bea.txt'), 'utf8').split(
  '\n',
);
const jaren = [2017, 2018, 2019, 2020, 2021, 2022];

/** The figures of a row of table 3 by year, as the document prints them: millions of euros, or per cent. */
function tabelRij(regel: number): Map<number, number> {
  const cellen = programmastart[regel - 1]!.split('\t').slice(1);
  expect(cellen).toHaveLength(jaren.length);
  const getal = (cel: string) => Number(cel.replace('%', '').replaceAll('.', '').replace(',', '.'));
  return new Map(jaren.map((jaar, index) => [jaar, getal(cellen[index]!)]));
}

interface Groep {
  opgave: { id: string } | null;
  fonds: { id: string } | null;
  jaar: number | null;
  reeks: string | null;
  soortBedrag: string | null;
  eenheid: string;
  totaal: number;
  aantal: number;
  bedragen: Array<{ id: string; waarde: number; eenheid: string; bronnen: Bron[] }>;
  verbanden: Array<{ type: string; van: string; naar: string; bronnen: Bron[] }>;
}
const GROEP = `opgave { id } fonds { id } jaar reeks soortBedrag eenheid totaal aantal
  bedragen { id waarde eenheid bronnen { ${BRON} } } verbanden { type van naar bronnen { ${BRON} } }`;

async function totalen(argumenten: string): Promise<Groep[]> {
  return (await ask<{ bedragTotalen: Groep[] }>(`{ bedragTotalen${argumenten} { ${GROEP} } }`)).bedragTotalen;
}

const miljoen = 1_000_000;

describe('bedragTotalen: amounts summed by opgave, fund and year', () => {
  // 003 r.1124: "F) Accres (= E * D)	190	1.124	1.063	1.139	937	1.170"; r.30 and r.121: "een groei van het gemeentefonds
  // met € 5,4 miljard" in "de komende kabinetsperiode"
  it('the accres of the gemeentefonds 2018-2022 sums to 5,433 million in one group: the € 5.4 billion of the text', async () => {
    const groepen = await totalen(
      '(fonds: "instrument:gemeentefonds", soort: [ACCRES], vanJaar: 2018, totJaar: 2022, groeperOp: [FONDS])',
    );
    expect(groepen).toHaveLength(1);
    const [groep] = groepen;
    const rij = tabelRij(1124);
    const verwacht = [2018, 2019, 2020, 2021, 2022].reduce((som, jaar) => som + rij.get(jaar)!, 0);
    expect(verwacht).toBe(5_433);
    expect(groep).toMatchObject({
      fonds: { id: 'instrument:gemeentefonds' },
      soortBedrag: 'ACCRES',
      eenheid: 'euro',
      totaal: verwacht * miljoen,
      aantal: 5,
    });
    for (const bedrag of groep!.bedragen) {
      expect(bedrag.bronnen[0]).toMatchObject({ regelVan: 1124, document: { id: 'document:ibp-programmastart' } });
      expect(squash(bedrag.bronnen[0]!.tekst)).toContain(squash(bedrag.bronnen[0]!.citaat));
    }
    // The text rounds to one decimal of a billion: € 5,4 miljard (r. 30).
    expect(programmastart[29]).toContain('€ 5,4 miljard');
    expect(Math.round(groep!.totaal / 100_000_000) / 10).toBe(5.4);
  });

  // 003 r.1124 and r.1128: the accres rows of the gemeentefonds and the provinciefonds, year by year
  it('grouped by fund and year, the accres of each fund is the figure of its row in each year', async () => {
    const groepen = await totalen('(soort: [ACCRES], groeperOp: [FONDS, JAAR])');
    for (const [fonds, regel] of [
      ['instrument:gemeentefonds', 1124],
      ['instrument:provinciefonds', 1128],
    ] as const) {
      const rij = tabelRij(regel);
      const vanFonds = groepen.filter((groep) => groep.fonds?.id === fonds);
      expect(vanFonds.map(({ jaar, totaal, aantal }) => [jaar, totaal, aantal])).toEqual(
        jaren.map((jaar) => [jaar, rij.get(jaar)! * miljoen, 1]),
      );
    }
  });

  // 003 r.1121: "D) Ontwikkeling aru (%)" is in per cent; r.1111 "Uitgaven Rijksbegroting" in millions of euros
  it('never adds euros to percentages: table 3 of the normeringsystematiek splits into groups of one unit and one kind', async () => {
    const groepen = await totalen('(fonds: "instrument:normeringsystematiek", groeperOp: [])');
    const procent = groepen.filter((groep) => groep.eenheid === 'procent');
    expect(procent).toHaveLength(1);
    expect(procent[0]!.soortBedrag).toBe('ONTWIKKELING');
    expect(procent[0]!.bedragen.every((bedrag) => bedrag.eenheid === 'procent')).toBe(true);
    const d = tabelRij(1121);
    expect(procent[0]!.totaal).toBeCloseTo(
      jaren.reduce((som, jaar) => som + d.get(jaar)!, 0),
      9,
    );
    for (const groep of groepen) {
      expect(groep.bedragen.every((bedrag) => bedrag.eenheid === groep.eenheid)).toBe(true);
      expect(groep.aantal).toBe(groep.bedragen.length);
    }
    expect(groepen.reduce((som, groep) => som + groep.aantal, 0)).toBe(66);
  });

  // 003 r.1111-1120: A) the netto spending, B) its corrections, C) = A + B, per year; grouped by row and year
  it('grouped by row and year, row C of table 3 is A + B in every year, to the rounding of the printed figures', async () => {
    const groepen = await totalen('(fonds: "instrument:normeringsystematiek", groeperOp: [REEKS, JAAR])');
    const som = (reeks: string, jaar: number) =>
      groepen.find((groep) => groep.reeks?.startsWith(reeks) && groep.jaar === jaar)!.totaal / miljoen;
    const c = tabelRij(1120);
    for (const jaar of jaren) {
      expect(som('C)', jaar)).toBe(c.get(jaar));
      expect(Math.abs(som('A)', jaar) + som('B)', jaar) - c.get(jaar)!)).toBeLessThanOrEqual(1);
    }
  });

  // 003 r.1109: "Tabel 3 Normeringsystematiek Gemeentefonds en Provinciefonds"; the normeringsystematiek is an
  // instrument for the theme normeringssystematiek (r.721-723), a theme of financiële verhoudingen
  it('reaches an opgave only along the relations the graph states, and shows them with their sources', async () => {
    const groepen = await totalen('(groeperOp: [OPGAVE, FONDS])');
    const financieel = groepen.filter((groep) => groep.opgave?.id === 'opgave:financiele-verhoudingen');
    expect(new Set(financieel.map((groep) => groep.fonds?.id))).toEqual(new Set(['instrument:normeringsystematiek']));
    expect(financieel.reduce((som, groep) => som + groep.aantal, 0)).toBe(66);
    for (const groep of financieel) {
      expect(groep.verbanden.map(({ type, van, naar }) => `${van} ${type} ${naar}`).sort()).toEqual([
        'instrument:normeringsystematiek INSTRUMENT_VOOR thema:normeringssystematiek',
        'thema:normeringssystematiek THEMA_VAN opgave:financiele-verhoudingen',
      ]);
      for (const verband of groep.verbanden) expect(verband.bronnen.length).toBeGreaterThan(0);
    }
    // No relation says the gemeentefonds or provinciefonds serves an opgave: their rows (E-J) stand without one.
    const zonder = groepen.filter((groep) => groep.opgave === null);
    expect(new Set(zonder.map((groep) => groep.fonds?.id))).toEqual(
      new Set(['instrument:gemeentefonds', 'instrument:provinciefonds', 'instrument:afspraken-tegengaan-ondermijning']),
    );
    expect(zonder.every((groep) => groep.verbanden.length === 0)).toBe(true);
    // Every amount counts exactly once: each fund reaches at most one opgave.
    expect(groepen.reduce((som, groep) => som + groep.aantal, 0)).toBe(108);
  });

  // 003 r.111: "In 2018 zal dat fonds € 200 miljoen bedragen. Het kabinet stelt daarvoor € 100 miljoen beschikbaar, de andere
  // € 100 miljoen komt ten laste van het gemeentefonds."
  it('for the social domain: the two contributions of 2018 add up to the size of the fund, € 200 million', async () => {
    const groepen = await totalen('(opgave: "opgave:sociaal-domein")');
    expect(
      groepen.map(({ opgave, fonds, jaar, soortBedrag, totaal, aantal }) => ({
        opgave: opgave?.id,
        fonds: fonds?.id,
        jaar,
        soortBedrag,
        totaal,
        aantal,
      })),
    ).toEqual([
      ...['BIJDRAGE', 'OMVANG'].map((soortBedrag) => ({
        opgave: 'opgave:sociaal-domein',
        fonds: 'instrument:fonds-tekorten-sociaal-domein',
        jaar: 2018,
        soortBedrag,
        totaal: 200 * miljoen,
        aantal: soortBedrag === 'BIJDRAGE' ? 2 : 1,
      })),
    ]);
    expect(groepen[0]!.verbanden.map(({ type, naar }) => `${type} ${naar}`)).toEqual([
      'INSTRUMENT_VOOR opgave:sociaal-domein',
    ]);
    for (const bedrag of groepen.flatMap((groep) => groep.bedragen)) expect(bedrag.bronnen[0]!.regelVan).toBe(111);
  });

  // 003 r.1224: "Voorts is het uitgangspunt een 50/50 verdeling van de kosten"
  it('the shares of the costs against undermining are two of 50 per cent, summed to 100 per cent and never to euros', async () => {
    const groepen = await totalen('(fonds: "instrument:afspraken-tegengaan-ondermijning")');
    expect(groepen).toHaveLength(1);
    expect(groepen[0]).toMatchObject({
      opgave: null,
      eenheid: 'procent',
      soortBedrag: 'AANDEEL',
      totaal: 100,
      aantal: 2,
    });
    expect(groepen[0]!.bedragen.map(({ waarde }) => waarde)).toEqual([50, 50]);
    for (const bedrag of groepen[0]!.bedragen)
      expect(squash(bedrag.bronnen[0]!.tekst)).toContain('uitgangspunt een 50/50 verdeling van de kosten');
  });

  it('gives no groups for an opgave no fund with amounts reaches (klimaat)', async () => {
    expect(await totalen('(opgave: "opgave:klimaat")')).toEqual([]);
  });

  it.each([
    ['(opgave: "Klimaat!")', 'opgave'],
    ['(fonds: "<script>")', 'fonds'],
    ['(vanJaar: 20180)', 'vanJaar'],
    ['(totJaar: -1)', 'totJaar'],
  ])('refuses bedragTotalen%s with BAD_USER_INPUT naming %s', async (argumenten, argument) => {
    const { status, body } = await post(`{ bedragTotalen${argumenten} { totaal } }`);
    expect(status).toBe(200);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument } });
  });
});
