import { describe, expect, it } from 'vitest';
import {
  askAndPost,
  BRON_MET_OOK,
  type Bron,
  type Connection,
  expectQuoted,
  ids,
  PROGRAMMASTART,
  type Ref,
  sorted,
  squash,
} from '../../support/questions.js';

/*
 * Questions about typed amounts (table 3 of the Programmastart and the amounts in its prose) and about the
 * progress overview of an opgave, over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer.
 */

const { ask, post } = askAndPost();

interface BedragData extends Ref {
  waarde: number;
  eenheid: string;
  tekst: string;
  soortBedrag: string;
  jaar: number | null;
  periode: string | null;
  reeks: string | null;
  bronnen: Bron[];
  van: Connection;
  betaaldDoor: Connection;
}
const BEDRAG = `id naam waarde eenheid tekst soortBedrag jaar periode reeks bronnen { ${BRON_MET_OOK} }
  van { totalCount edges { node { id naam } } } betaaldDoor { totalCount edges { node { id naam } } }`;

/** Every amount that passes the filter, page after page. */
async function bedragen(filter: { van?: string; soort?: string[]; jaar?: number }): Promise<BedragData[]> {
  const found: BedragData[] = [];
  let after: string | null = null;
  do {
    const page: {
      bedragen: Connection<BedragData> & { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await ask(
      `query ($van: ID, $soort: [BedragSoort!], $jaar: Int, $after: String) {
          bedragen(van: $van, soort: $soort, jaar: $jaar, first: 100, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { ${BEDRAG} } } } }`,
      { ...filter, after },
    );
    found.push(...page.bedragen.edges.map(({ node }) => node));
    after = page.bedragen.pageInfo.hasNextPage ? page.bedragen.pageInfo.endCursor : null;
  } while (after);
  return found;
}

const tabel3 = (all: readonly BedragData[]) => all.filter(({ id }) => id.startsWith('bedrag:tabel-3-'));
/** The value of the table-3 cell of a row (by its id part) and year, in millions. */
const cel = (all: readonly BedragData[], rij: string, jaar: number): number => {
  const found = all.find(({ id }) => id === `bedrag:tabel-3-${rij}-${jaar}`);
  if (!found) throw new Error(`no cell ${rij} ${jaar}`);
  return found.eenheid === 'euro' ? found.waarde / 1_000_000 : found.waarde;
};
const jaren = [2017, 2018, 2019, 2020, 2021, 2022];
/**
 * The table prints each figure rounded to a whole million, so a printed total may differ from the sum of its
 * printed parts by up to half a million for each rounded number involved.
 */
function expectSumOf(delen: readonly number[], totaal: number, wat: string): void {
  const som = delen.reduce((a, b) => a + b, 0);
  expect(Math.abs(som - totaal), `${wat}: ${delen.join(' + ')} = ${som}, printed ${totaal}`).toBeLessThanOrEqual(
    (delen.length + 1) / 2,
  );
}

describe('table 3 of the Programmastart: every figure as a typed amount with its source', () => {
  // 003 r.1109-1129: table 3, 17 rows of 6 years (2017-2022), "(in miljoenen euro, tenzij anders aangegeven)"
  it('holds all 102 figures of table 3, each citing its row up to its cell, the title and the years', async () => {
    const alle = tabel3(await bedragen({}));
    expect(alle).toHaveLength(102);
    for (const bedrag of alle) {
      const [bron] = bedrag.bronnen;
      expect(bron!.document.id).toBe(PROGRAMMASTART);
      expect(bron!.regelVan).toBeGreaterThanOrEqual(1111);
      expect(bron!.regelTot).toBeLessThanOrEqual(1129);
      expectQuoted(bron!);
      expect(squash(bron!.citaat).endsWith(bedrag.tekst)).toBe(true);
      expect(bron!.ook?.map(({ regelVan }) => regelVan)).toEqual(expect.arrayContaining([1109, 1110]));
    }
  });

  // 003 r.1124: "F) Accres (= E * D)	190	1.124	1.063	1.139	937	1.170"; r.1122: "Gemeentefonds"
  it('the accres of the gemeentefonds is a series of six amounts in euros, one per year, belonging to the fund', async () => {
    const accres = tabel3(await bedragen({ van: 'instrument:gemeentefonds', soort: ['ACCRES'] }));
    expect(accres.map(({ jaar, waarde }) => [jaar, waarde])).toEqual([
      [2017, 190_000_000],
      [2018, 1_124_000_000],
      [2019, 1_063_000_000],
      [2020, 1_139_000_000],
      [2021, 937_000_000],
      [2022, 1_170_000_000],
    ]);
    for (const bedrag of accres) {
      expect(bedrag).toMatchObject({ eenheid: 'euro', soortBedrag: 'ACCRES', reeks: 'F) Accres (= E * D)' });
      expect(ids(bedrag.van)).toEqual(['instrument:gemeentefonds']);
      expect(bedrag.bronnen[0]!.regelVan).toBe(1124);
      expect(bedrag.bronnen[0]!.ook?.map(({ citaat }) => citaat)).toContain('Gemeentefonds');
    }
  });

  // 003 r.30 and r.121: "een groei van het gemeentefonds met € 5,4 miljard" in "de komende kabinetsperiode"; r.1124 the accres per year
  it('the accres of the gemeentefonds 2018-2022 adds up to 5,433 million: the € 5.4 billion growth the text announces', async () => {
    const { bedragTotaal } = await ask<{ bedragTotaal: { totaal: number; eenheid: string; aantal: number } }>(
      `{ bedragTotaal(van: "instrument:gemeentefonds", soort: [ACCRES], vanJaar: 2018, totJaar: 2022) { totaal eenheid aantal } }`,
    );
    expect(bedragTotaal).toEqual({ totaal: 5_433_000_000, eenheid: 'euro', aantal: 5 });
    const { bedrag: groei } = await ask<{ bedrag: BedragData }>(
      `{ bedrag(id: "bedrag:groei-gemeentefonds-kabinetsperiode") { ${BEDRAG} } }`,
    );
    expect(groei).toMatchObject({ waarde: 5_400_000_000, soortBedrag: 'GROEI', periode: 'de komende kabinetsperiode' });
    expect(groei.bronnen.map(({ regelVan }) => regelVan)).toEqual([30, 121]);
    for (const bron of groei.bronnen) expect(squash(bron.tekst)).toContain('€ 5,4 miljard');
    // The text rounds to one decimal of a billion.
    expect(Math.round(bedragTotaal.totaal / 100_000_000) / 10).toBe(groei.waarde / 1_000_000_000);
  });

  // 003 r.1125 "G) accres cumulatief" and r.1129 "J) accres cumulatief": the running sums of rows F (r.1124) and I (r.1128)
  it('the cumulative accres of each fund is the running sum of its yearly accres, up to the rounding of the printed figures', async () => {
    const alle = tabel3(await bedragen({}));
    for (const fonds of ['gemeentefonds', 'provinciefonds']) {
      for (const [index, jaar] of jaren.entries()) {
        const delen = jaren.slice(0, index + 1).map((eerder) => cel(alle, `accres-${fonds}`, eerder));
        expectSumOf(delen, cel(alle, `accres-cumulatief-${fonds}`, jaar), `${fonds} ${jaar}`);
      }
    }
  });

  // 003 r.1111-1120: A) = the three spending rows, B) = its four "w.v." rows, C) = A + B, for every year
  it('the table adds up to its rounding: A is the sum of the three spending rows, B of its four parts, and C = A + B', async () => {
    const alle = tabel3(await bedragen({}));
    for (const jaar of jaren) {
      const a = cel(alle, 'netto-uitgaven-onder-uitgavenplafond', jaar);
      const b = cel(alle, 'correcties', jaar);
      const uitgaven = ['uitgaven-rijksbegroting', 'uitgaven-sociale-zekerheid', 'uitgaven-zorg'];
      const correcties = [
        'correctie-fondsen',
        'correctie-overige-rijksbijdragen',
        'correctie-overboekingen',
        'correctie-overige-financieringsverschuivingen',
      ];
      expectSumOf(
        uitgaven.map((rij) => cel(alle, rij, jaar)),
        a,
        `A ${jaar}`,
      );
      expectSumOf(
        correcties.map((rij) => cel(alle, rij, jaar)),
        b,
        `B ${jaar}`,
      );
      expectSumOf([a, b], cel(alle, 'accresrelevante-uitgaven', jaar), `C ${jaar}`);
    }
  });

  // 003 r.1121: "D) Ontwikkeling aru (%) = (Ct - Ct-1)/Ct-1	1,14%	6,75%	6,09%	4,43%	3,50%	4,23%"
  it('the yearly change of the spending is a percentage, not an amount in euros, and follows from row C', async () => {
    const alle = tabel3(await bedragen({}));
    const ontwikkeling = alle.filter(({ id }) => id.includes('ontwikkeling-aru'));
    expect(ontwikkeling.map(({ eenheid, waarde }) => [eenheid, waarde])).toEqual(
      [1.14, 6.75, 6.09, 4.43, 3.5, 4.23].map((waarde) => ['procent', waarde]),
    );
    for (const jaar of jaren.slice(1)) {
      const groei =
        ((cel(alle, 'accresrelevante-uitgaven', jaar) - cel(alle, 'accresrelevante-uitgaven', jaar - 1)) /
          cel(alle, 'accresrelevante-uitgaven', jaar - 1)) *
        100;
      expect(groei).toBeCloseTo(cel(alle, 'ontwikkeling-aru', jaar), 1);
    }
  });

  // A sum over euros and percentages would mean nothing: table 3 mixes them (r.1121 is in per cent).
  it('refuses to add amounts in euros and percentages together, with a Dutch message naming the argument', async () => {
    const { status, body } = await post('{ bedragTotaal(van: "instrument:normeringsystematiek") { totaal } }');
    expect(status).toBe(200);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('verschillende eenheden (euro en procent)'),
      extensions: { code: 'BAD_USER_INPUT', argument: 'soort' },
    });
  });
});

describe('amounts in the prose: contributions and shares', () => {
  // 003 r.111: "In 2018 zal dat fonds € 200 miljoen bedragen. Het kabinet stelt daarvoor € 100 miljoen beschikbaar, de andere
  // € 100 miljoen komt ten laste van het gemeentefonds."
  it('the € 200 million fund of 2018 is split 50/50: € 100 million from the cabinet and € 100 million from the gemeentefonds', async () => {
    const fonds = await bedragen({ van: 'instrument:fonds-tekorten-sociaal-domein' });
    const omvang = fonds.find(({ soortBedrag }) => soortBedrag === 'OMVANG')!;
    const bijdragen = fonds.filter(({ soortBedrag }) => soortBedrag === 'BIJDRAGE');
    expect(omvang).toMatchObject({ waarde: 200_000_000, jaar: 2018, tekst: '€ 200 miljoen' });
    expect(bijdragen.map(({ waarde }) => waarde)).toEqual([100_000_000, 100_000_000]);
    expect(bijdragen.reduce((som, { waarde }) => som + waarde, 0)).toBe(omvang.waarde);
    expect(sorted(bijdragen.flatMap(({ betaaldDoor }) => ids(betaaldDoor)))).toEqual([
      'instrument:gemeentefonds',
      'organisatie:kabinet',
    ]);
    for (const bedrag of [omvang, ...bijdragen]) {
      expect(bedrag.bronnen[0]!.regelVan).toBe(111);
      expectQuoted(bedrag.bronnen[0]!);
    }
  });

  // 003 r.1224: "Voorts is het uitgangspunt een 50/50 verdeling van de kosten"; the costs are borne "door de inbreng van gelden
  // vanuit het Rijk als door inbreng vanuit de gemeenten, de provincies als de waterschappen"
  it('the costs of the agreements against undermining are split 50/50 between the Rijk and the decentralised governments', async () => {
    const { bedragTotaal } = await ask<{ bedragTotaal: { totaal: number; eenheid: string; bedragen: BedragData[] } }>(
      `{ bedragTotaal(van: "instrument:afspraken-tegengaan-ondermijning", soort: [AANDEEL]) { totaal eenheid bedragen { ${BEDRAG} } } }`,
    );
    expect(bedragTotaal).toMatchObject({ totaal: 100, eenheid: 'procent' });
    expect(bedragTotaal.bedragen.map(({ waarde }) => waarde)).toEqual([50, 50]);
    expect(sorted(bedragTotaal.bedragen.flatMap(({ betaaldDoor }) => ids(betaaldDoor)))).toEqual([
      'groep:gemeenten',
      'groep:provincies',
      'groep:waterschappen',
      'organisatie:rijk',
    ]);
    for (const bedrag of bedragTotaal.bedragen) {
      expect(squash(bedrag.bronnen[0]!.tekst)).toContain('uitgangspunt een 50/50 verdeling van de kosten');
    }
  });
});

interface Overzicht {
  peildatum: string;
  mijlpalen: Array<{ id: string; voortgang: { status: string } }>;
  toezeggingen: Array<{ id: string }>;
  perStatus: Array<{ status: string; aantal: number }>;
  verlopen: Array<{ id: string }>;
  doelen: Array<{ id: string }>;
  openKnelpunten: Array<{ id: string; status: string }>;
  rapportages: Array<{ id: string }>;
  laatsteStanden: Array<{ id: string; peildatum: string }>;
}
const OVERZICHT = `peildatum mijlpalen { id voortgang { status } } toezeggingen { id } perStatus { status aantal }
  verlopen { id } doelen { id } openKnelpunten { id status } rapportages { id } laatsteStanden { id peildatum }`;
const voortgang = async (opgave: string, peildatum: string) =>
  (
    await ask<{ voortgang: Overzicht }>(
      `query ($opgave: ID!, $peildatum: String) { voortgang(opgave: $opgave, peildatum: $peildatum) { ${OVERZICHT} } }`,
      { opgave, peildatum },
    )
  ).voortgang;

describe('voortgang(opgave:): the progress of an opgave in one answer', () => {
  // 001 r.456-461 (May 2018: climate milestones planned), 004 r.9 (February 2019: climate adaptation reached, a draft climate
  // agreement), 003 r.827 (the 49% target), r.890 (the BO four times a year)
  it('for klimaat as of 14 February 2019: reached, partly reached and overdue milestones, the 49% target and the BO Klimaat', async () => {
    const klimaat = await voortgang('opgave:klimaat', '2019-02-14');
    const status = (id: string) => klimaat.mijlpalen.find((mijlpaal) => mijlpaal.id === id)?.voortgang.status;
    expect(status('mijlpaal:bestuursakkoord-klimaatadaptatie')).toBe('BEREIKT');
    expect(status('mijlpaal:klimaatakkoord-hoofdlijnen')).toBe('DEELS');
    expect(status('mijlpaal:afspraken-regionale-ce-strategieen')).toBe('GEPLAND');
    // Planned for mid-2018 with no later word: overdue by February 2019; reached ones and future ones are not.
    expect(ids({ edges: klimaat.verlopen.map((node) => ({ node })) })).toEqual(
      expect.arrayContaining(['mijlpaal:afspraken-regionale-ce-strategieen', 'mijlpaal:klimaatakkoord-hoofdlijnen']),
    );
    expect(klimaat.verlopen.map(({ id }) => id)).not.toContain('mijlpaal:bestuursakkoord-klimaatadaptatie');
    expect(klimaat.verlopen.map(({ id }) => id)).not.toContain('mijlpaal:co2-reductie-2030');
    expect(klimaat.doelen.map(({ id }) => id)).toEqual(
      expect.arrayContaining(['doel:co2-reductie-49-procent-2030', 'doel:industrie-21-mton-2030']),
    );
    expect(klimaat.rapportages.map(({ id }) => id)).toContain('rapportage:voortgang-afspraken-bo-klimaat');
    expect(klimaat.openKnelpunten.map(({ id }) => id)).toContain('knelpunt:aansluitplicht-gas');
    expect(klimaat.openKnelpunten.every(({ status: s }) => s !== 'OPGELOST')).toBe(true);
    expect(klimaat.laatsteStanden[0]!.peildatum).toBe('2019-02-14');
    const totaal = klimaat.perStatus.reduce((som, { aantal }) => som + aantal, 0);
    expect(totaal).toBe(klimaat.mijlpalen.length + klimaat.toezeggingen.length);
  });

  // 003 r.109-115: the Rijk's commitments on the social domain; r.111 the fund, r.114 the ROB study before the 2018 ALV
  it('for the social domain: the Rijk’s commitments, and as of 2019 the ROB study’s deadline has passed without a word', async () => {
    const sociaal = await voortgang('opgave:sociaal-domein', '2019-02-14');
    expect(sociaal.toezeggingen.map(({ id }) => id)).toEqual(
      expect.arrayContaining([
        'toezegging:fonds-tekorten-sociaal-domein',
        'toezegging:maatregelen-open-einde-regelingen',
      ]),
    );
    expect(sociaal.verlopen.map(({ id }) => id)).toContain('mijlpaal:rob-onderzoek-buig-gereed');
    const vroeg = await voortgang('opgave:sociaal-domein', '2018-03-01');
    expect(vroeg.verlopen.map(({ id }) => id)).not.toContain('mijlpaal:rob-onderzoek-buig-gereed');
  });

  // 004 r.9: "Veel opgaven legden in 2018 afspraken vast, zoals in het sociaal domein, bij klimaatadaptatie"; 001 r.457
  it('the report for klimaat states each status with its source as a footnote, in Markdown and as a printable page', async () => {
    const { voortgang: rapport } = await ask<{ voortgang: { markdown: string; html: string } }>(
      `{ voortgang(opgave: "opgave:klimaat", peildatum: "2019-02-14") { markdown: rapport html: rapport(formaat: HTML) } }`,
    );
    const regel = rapport.markdown.split('\n').find((line) => line.startsWith('- Bestuursakkoord klimaatadaptatie'));
    expect(regel).toMatch(/: bereikt per 2019-02-14\[\^\d+\]/);
    const noot = Number(/bereikt per 2019-02-14\[\^(\d+)\]/.exec(regel!)![1]);
    const voetnoot = rapport.markdown.split('\n').find((line) => line.startsWith(`[^${noot}]: `))!;
    expect(voetnoot).toContain('1 jaar IBP: de plannen voor 2019, r. 9');
    expect(voetnoot).toContain('bij klimaatadaptatie');
    expect(rapport.markdown).toContain('## Verlopen per 2019-02-14');
    expect(rapport.html).toMatch(/^<!doctype html>/);
    expect(rapport.html).not.toContain('<script');
    expect(rapport.html).toContain(`<li id="bron-${noot}">`);
  });

  // 003 r.422: "kan zo nodig belemmerende regelgeving worden aangepast", a knelpunt of wonen stored as `in-behandeling`
  it('the report prints the status of a knelpunt as a reader reads it, "in behandeling", in Markdown and on the page', async () => {
    const { voortgang: rapport } = await ask<{ voortgang: { markdown: string; html: string } }>(
      `{ voortgang(opgave: "opgave:wonen", peildatum: "2019-02-14") { markdown: rapport html: rapport(formaat: HTML) } }`,
    );
    expect(rapport.markdown).toMatch(/^- Belemmerende regelgeving in krimpsituaties \(in behandeling\)\[\^\d+\]$/m);
    expect(rapport.html).toMatch(/<li>Belemmerende regelgeving in krimpsituaties \(in behandeling\)<sup>/);
    for (const text of [rapport.markdown, rapport.html]) expect(text).not.toMatch(/in-behandeling|deels-opgelost/);
  });

  // 003 r.111: "In 2018 zal dat fonds € 200 miljoen bedragen. Het kabinet stelt daarvoor € 100 miljoen beschikbaar, de andere
  // € 100 miljoen komt ten laste van het gemeentefonds"
  it('the report lists the amounts bedragTotalen counts for the opgave, each with its source, and says so when there are none', async () => {
    const rapport = async (opgave: string) =>
      await ask<{ voortgang: { markdown: string; html: string }; bedragTotalen: Array<{ aantal: number }> }>(
        `query ($opgave: ID!) { voortgang(opgave: $opgave, peildatum: "2019-02-14") { markdown: rapport html: rapport(formaat: HTML) }
             bedragTotalen(opgave: $opgave, groeperOp: [OPGAVE]) { aantal } }`,
        { opgave },
      );
    const section = (markdown: string) => /\n## Bedragen\n\n([\s\S]*?)\n## /.exec(markdown)![1]!;

    const sociaal = await rapport('opgave:sociaal-domein');
    const lines = section(sociaal.voortgang.markdown).trim().split('\n');
    expect(lines).toHaveLength(sociaal.bedragTotalen.reduce((sum, { aantal }) => sum + aantal, 0));
    expect(lines).toHaveLength(3);
    const omvang = lines.find((line) => line.startsWith('- Omvang van het fonds voor gemeenten met tekorten'))!;
    expect(omvang).toMatch(/ in het sociaal domein, 2018: € 200 miljoen\[\^\d+\]$/);
    const noot = /\[\^(\d+)\]$/.exec(omvang)![1];
    const voetnoot = sociaal.voortgang.markdown.split('\n').find((line) => line.startsWith(`[^${noot}]: `))!;
    expect(voetnoot).toContain('r. 111: "In 2018 zal dat fonds € 200 miljoen bedragen."');
    expect(sociaal.voortgang.html).toContain('<h2>Bedragen</h2>\n<ul>\n<li>');
    expect(sociaal.voortgang.html).toMatch(/<li>Omvang van het fonds voor gemeenten [^<]*, 2018: € 200 miljoen<sup>/);

    // Table 3, row A (r. 1114): the cells of the normeringsystematiek count for financiële verhoudingen, with their scale.
    const financieel = await rapport('opgave:financiele-verhoudingen');
    expect(section(financieel.voortgang.markdown).trim().split('\n')).toHaveLength(
      financieel.bedragTotalen.reduce((sum, { aantal }) => sum + aantal, 0),
    );
    expect(financieel.voortgang.markdown).toMatch(
      /^- Netto uitgaven onder uitgavenplafond \(A\), 2017: 253\.211 miljoenen euro\[\^\d+\]$/m,
    );

    const wonen = await rapport('opgave:wonen');
    expect(wonen.bedragTotalen).toEqual([]);
    expect(section(wonen.voortgang.markdown)).toBe('De documenten noemen geen bedragen.\n');
    expect(wonen.voortgang.html).toContain('<h2>Bedragen</h2>\n<p>De documenten noemen geen bedragen.</p>');
  });
});
