import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../src/paths.js';
import { launchChromium } from '../support/browser.js';
import {
  clickInGraph,
  downloadFrom,
  openVerkennerAt,
  overlappingLabels,
  shownNodes,
} from '../support/verkenner-actions.js';
import { postGraphql, startTestService, type RunningService } from '../support/service.js';

let service: RunningService;
let browser: Browser;

beforeAll(async () => {
  service = await startTestService();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await service?.stop();
});

const open = (fragment = '', viewport?: { width: number; height: number }) =>
  openVerkennerAt(browser, `${service.baseUrl}/verkenner${fragment}`, viewport);

/** A picture in docs/verkenner.md, renewed by each run of the test that shows what it shows. */
const docsImage = (name: string) => join(fromProjectRoot('docs', 'images'), `verkenner-${name}`);
const docsScreenshot = (page: Page, name: string) => page.screenshot({ path: docsImage(`${name}.png`) });

/** The part of the URL after `#`, decoded. */
const fragmentOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

const shownOfKind = (page: Page, soort: string) =>
  page.evaluate((kind) => globalThis.verkenner.cy.nodes(`:visible[soort = "${kind}"]`).length, soort);
const shownOfType = (page: Page, type: string) =>
  page.evaluate((kind) => globalThis.verkenner.cy.edges(`:visible[type = "${kind}"]`).length, type);
const isShown = (page: Page, id: string) =>
  page.evaluate((nodeId) => globalThis.verkenner.cy.getElementById(nodeId).visible(), id);

describe('control over what the verkenner shows', () => {
  it('never draws a label over another: on the map, after a large expansion, at 1024 px', async () => {
    const page = await open();
    expect(await overlappingLabels(page)).toEqual([]);
    await page.evaluate(() => globalThis.verkenner.expand('opgave:klimaat'));
    expect(await overlappingLabels(page)).toEqual([]);
    // The selection's label is shown, whatever it would cover.
    await clickInGraph(page, 'opgave:klimaat');
    await page.evaluate(() => globalThis.verkenner.nextFrame());
    expect(await overlappingLabels(page)).toEqual([]);
    expect(
      await page.evaluate(() => globalThis.verkenner.cy.getElementById('opgave:klimaat').numericStyle('text-opacity')),
    ).toBe(1);
    await page.close();
    const small = await open('#omgeving=opgave:klimaat&omgeving=opgave:wonen', { width: 1024, height: 768 });
    expect(await overlappingLabels(small)).toEqual([]);
    await small.close();
  }, 180_000);

  it('leaves kinds of node and relation out from the legend, in the address too', async () => {
    const page = await open('#omgeving=opgave:klimaat');
    expect(await shownOfKind(page, 'Persoon')).toBeGreaterThan(0);
    expect(await shownOfType(page, 'THEMA_VAN')).toBeGreaterThan(0);

    await page.locator('[data-testid="filter-soort"][data-waarde="Persoon"]').uncheck();
    await expect.poll(() => shownOfKind(page, 'Persoon'), { timeout: 30_000 }).toBe(0);
    expect(fragmentOf(page)).toContain('zonder-soort=Persoon');
    await page.locator('[data-testid="filter-relatie"][data-waarde="THEMA_VAN"]').uncheck();
    await expect.poll(() => shownOfType(page, 'THEMA_VAN'), { timeout: 30_000 }).toBe(0);
    expect(fragmentOf(page)).toContain('zonder-relatie=THEMA_VAN');
    // Still listed, unticked, so it can be shown again.
    expect(await page.locator('[data-testid="filter-relatie"][data-waarde="THEMA_VAN"]').isChecked()).toBe(false);
    await docsScreenshot(page, 'filter');
    const filtered = await shownNodes(page);

    await page.reload();
    await page.evaluate(() => globalThis.verkenner.ready);
    await expect.poll(() => shownNodes(page), { timeout: 30_000 }).toEqual(filtered);
    expect(await page.locator('[data-testid="filter-soort"][data-waarde="Persoon"]').isChecked()).toBe(false);

    await page.locator('[data-testid="filter-soort"][data-waarde="Persoon"]').check();
    await expect.poll(() => shownOfKind(page, 'Persoon'), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(fragmentOf(page)).not.toContain('zonder-soort');
    await page.close();
  }, 180_000);

  it('hides a node, undoes and redoes with buttons and keys, and collapses an expansion', async () => {
    const page = await open();
    const map = await shownNodes(page);
    expect(await page.getByTestId('ongedaan').isDisabled()).toBe(true);

    await clickInGraph(page, 'opgave:wonen');
    await page.getByTestId('verberg').click();
    await expect.poll(() => isShown(page, 'opgave:wonen'), { timeout: 30_000 }).toBe(false);
    expect(fragmentOf(page)).toContain('verborgen=opgave:wonen');
    expect(await page.getByTestId('verborgen-aantal').textContent()).toBe('1 knooppunt verborgen.');

    await page.getByTestId('ongedaan').click();
    await expect.poll(() => isShown(page, 'opgave:wonen'), { timeout: 30_000 }).toBe(true);
    await page.getByTestId('opnieuw').click();
    await expect.poll(() => isShown(page, 'opgave:wonen'), { timeout: 30_000 }).toBe(false);
    await page.locator('body').press('Control+z');
    await expect.poll(() => isShown(page, 'opgave:wonen'), { timeout: 30_000 }).toBe(true);
    await page.locator('body').press('Control+Shift+z');
    await expect.poll(() => isShown(page, 'opgave:wonen'), { timeout: 30_000 }).toBe(false);
    await page.getByTestId('toon-verborgen').click();
    await expect.poll(() => isShown(page, 'opgave:wonen'), { timeout: 30_000 }).toBe(true);

    // From the keyboard: the drawing focused, 0 shows everything (undo centred the restored selection), H hides the chosen node.
    await page.getByTestId('graaf').press('0');
    await clickInGraph(page, 'opgave:migratie');
    await expect.poll(() => fragmentOf(page), { timeout: 30_000 }).toContain('selectie=opgave:migratie');
    await page.getByTestId('graaf').press('h');
    await expect.poll(() => isShown(page, 'opgave:migratie'), { timeout: 30_000 }).toBe(false);
    await page.getByTestId('ongedaan').click();
    await expect.poll(() => isShown(page, 'opgave:migratie'), { timeout: 30_000 }).toBe(true);

    await page.getByTestId('graaf').press('0');
    await clickInGraph(page, 'opgave:klimaat');
    await expect.poll(() => fragmentOf(page), { timeout: 30_000 }).toContain('selectie=opgave:klimaat');
    await page.getByTestId('omgeving').click();
    await expect.poll(async () => (await shownNodes(page)).length, { timeout: 30_000 }).toBeGreaterThan(map.length);
    await page.getByTestId('inklappen').click();
    await expect.poll(() => shownNodes(page), { timeout: 30_000 }).toEqual(map);
    expect(fragmentOf(page)).not.toContain('omgeving=');
    await page.locator('body').press('Control+z');
    await expect.poll(() => fragmentOf(page), { timeout: 30_000 }).toContain('omgeving=opgave:klimaat');
    expect((await shownNodes(page)).length).toBeGreaterThan(map.length);
    await page.close();
  }, 180_000);

  it('fits a 1024×768 screen: controls, drawing and panel side by side, every control reachable', async () => {
    const page = await open('#omgeving=opgave:klimaat&selectie=opgave:klimaat', { width: 1024, height: 768 });
    const box = async (testId: string) => (await page.getByTestId(testId).boundingBox())!;
    const [controls, drawing, panel] = [
      await page.locator('nav.bediening').boundingBox(),
      await box('graaf'),
      await box('paneel'),
    ];
    expect(controls!.x + controls!.width).toBeLessThanOrEqual(drawing.x + 0.5);
    expect(drawing.x + drawing.width).toBeLessThanOrEqual(panel.x + 0.5);
    expect(panel.x + panel.width).toBeLessThanOrEqual(1024);
    expect(drawing.width).toBeGreaterThanOrEqual(450);
    expect(await page.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(1024);

    // Each control can be scrolled into its column's view and clicked there: visible, inside the window, not covered.
    const controlsHidden: string[] = [];
    for (const control of await page
      .locator('nav.bediening, #paneel')
      .locator('button:enabled, input, select, summary')
      .all()) {
      await control.scrollIntoViewIfNeeded();
      const where = await control.boundingBox();
      const inside =
        where !== null && where.x >= 0 && where.x + where.width <= 1024.5 && where.y + where.height <= 768.5;
      // Generous: a covered control fails its checks until the time is up, a busy machine only slowly passes them.
      const clickable = await control
        .click({ trial: true, timeout: 20_000 })
        .then(() => true)
        .catch(() => false);
      if (!inside || !clickable)
        controlsHidden.push((await control.getAttribute('data-testid')) ?? (await control.textContent())!);
    }
    expect(controlsHidden).toEqual([]);
    await docsScreenshot(page, '1024');
    await page.close();
  }, 180_000);

  it("shows a knelpunt's status, kind, scale and its route along the bodies", async () => {
    const page = await open('#selectie=knelpunt:tekorten-jeugdzorg');
    const properties = () =>
      page
        .getByTestId('paneel')
        .locator('dl[data-testid="eigenschappen"]')
        .evaluate((list) =>
          [...list.querySelectorAll(':scope > dt')].map((term) => [
            term.textContent,
            term.nextElementSibling?.textContent,
          ]),
        );
    await expect.poll(properties, { timeout: 30_000 }).toContainEqual(['status', 'gesignaleerd']);
    expect(await properties()).toContainEqual(['soort knelpunt', 'financieel']);
    expect(await properties()).toContainEqual(['schaal', 'lokaal']);
    const route = page.getByTestId('route').locator(':scope > li');
    await page.getByTestId('route').scrollIntoViewIfNeeded();
    await docsScreenshot(page, 'knelpunt');
    expect(await route.count()).toBe(3);
    expect(await route.nth(0).locator('button').allTextContents()).toHaveLength(2);
    await route.nth(2).locator('button').click();
    await expect
      .poll(() => fragmentOf(page), { timeout: 30_000 })
      .toContain('selectie=overleg:interbestuurlijke-regietafel');
    await page.close();
  }, 180_000);
});

/** The data a drawn node keeps of how it stands (stand.ts), once it has arrived. */
const standOf = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const node = globalThis.verkenner.cy.getElementById(nodeId);
    const data = node.data() as Record<string, unknown>;
    return {
      stand: data.stand as string | undefined,
      tegenstrijdig: data.tegenstrijdig as boolean | undefined,
      knelpuntStatus: data.knelpuntStatus as string | undefined,
      knelpuntSoort: data.knelpuntSoort as string | undefined,
      border: node.style('border-color'),
      borderStyle: node.style('border-style'),
    };
  }, id);

/** Unticks a status filter's checkbox (data-testid `testId`) for `value`. */
const untick = (page: Page, testId: string, value: string) =>
  page.locator(`input[data-testid="${testId}"][data-waarde="${value}"]`).uncheck();

describe('how milestones and knelpunten stand', () => {
  const AKKOORD = 'mijlpaal:bestuursakkoord-klimaatadaptatie';
  const HOOFDLIJNEN = 'mijlpaal:klimaatakkoord-hoofdlijnen';
  const GEPLAND = 'mijlpaal:afspraken-regionale-ce-strategieen';
  const AANSLUITPLICHT = 'knelpunt:aansluitplicht-gas';

  /** Klimaat expanded: milestones, knelpunten and instruments around it, once their statuses are in. */
  const openKlimaat = async (fragment = '#omgeving=opgave:klimaat') => {
    const page = await open(fragment);
    await expect.poll(async () => (await standOf(page, AKKOORD)).stand, { timeout: 60_000 }).toBe('BEREIKT');
    return page;
  };

  it('colours each by its status and lists the statuses in the legend and in an exported picture', async () => {
    const page = await openKlimaat();
    expect(await standOf(page, AKKOORD)).toMatchObject({ border: 'rgb(47,158,68)', tegenstrijdig: false });
    expect(await standOf(page, HOOFDLIJNEN)).toMatchObject({ stand: 'DEELS', border: 'rgb(245,159,0)' });
    expect(await standOf(page, GEPLAND)).toMatchObject({ stand: 'GEPLAND', border: 'rgb(25,113,194)' });
    expect(await standOf(page, AANSLUITPLICHT)).toMatchObject({
      knelpuntStatus: 'IN_BEHANDELING',
      knelpuntSoort: 'WET_EN_REGELGEVING',
      border: 'rgb(245,159,0)',
    });
    expect((await standOf(page, 'opgave:klimaat')).stand).toBeUndefined();
    // The legend lists the statuses in the picture with how many stand so.
    const standLabels = await page.getByTestId('standfilter').locator('label').allTextContents();
    expect(standLabels).toContainEqual(expect.stringMatching(/^bereikt \(\d+\)$/));
    expect(standLabels).toContainEqual(expect.stringMatching(/^gepland \(\d+\)$/));
    expect(await page.getByTestId('knelpuntsoortfilter').locator('label').allTextContents()).toContainEqual(
      expect.stringMatching(/^wet en regelgeving \(\d+\)$/),
    );
    // The picture in the manual: what has a status, close enough to see its border, and the legend's filters.
    await page.evaluate(() =>
      globalThis.verkenner.cy.fit(globalThis.verkenner.cy.nodes('[stand], [knelpuntStatus]'), 20),
    );
    await page.getByTestId('knelpuntsoortfilter').scrollIntoViewIfNeeded();
    await docsScreenshot(page, 'voortgang');

    // The SVG's legend names the statuses shown, as the rings their borders are.
    const svg = await openDownloaded((await downloadFrom(page, 'export-svg')).content, 'stand.svg', 'image/svg+xml');
    const legend = await svg.locator('g.legenda text').allTextContents();
    expect(legend).toEqual(expect.arrayContaining(['stand: bereikt', 'stand: deels', 'knelpunt: in behandeling']));
    expect(await svg.locator('g.legenda circle').count()).toBeGreaterThanOrEqual(3);
    await svg.close();
    await page.close();
  }, 360_000);

  it('says in the table and its CSV how each stands, and in the panel what statements say so', async () => {
    const page = await openKlimaat(`#omgeving=opgave:klimaat&selectie=${AKKOORD}`);
    // A milestone's panel: how it stands and the statements that say so, oldest first, each with its source.
    const history = page.getByTestId('paneel').getByTestId('standen').locator(':scope > li');
    await expect.poll(() => history.count(), { timeout: 30_000 }).toBe(2);
    expect(await history.evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))).toEqual([
      'GEPLAND',
      'BEREIKT',
    ]);
    expect(await history.nth(1).getByTestId('citaat').count()).toBeGreaterThan(0);

    await page.getByTestId('open-tabel').click();
    const knopen = page.getByTestId('tabel-knooppunten');
    await knopen.waitFor({ timeout: 30_000 });
    const rows = await knopen
      .locator('tbody > tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll(':scope > td')].map((td) => td.textContent)));
    const rowOf = (id: string) => rows.find((row) => row[2] === id)?.slice(2, 5);
    expect(rowOf(AKKOORD)).toEqual([AKKOORD, 'bereikt (per 2019-02-14)', '']);
    expect(rowOf(AANSLUITPLICHT)).toEqual([AANSLUITPLICHT, 'in behandeling', 'wet en regelgeving']);
    const csv = readCsv((await downloadFrom(page, 'csv-knooppunten')).content).rows;
    expect(csv.find((row) => row[2] === AKKOORD)?.[3]).toBe('bereikt (per 2019-02-14)');
    await page.close();
  }, 240_000);

  it('leaves statuses and kinds of knelpunt out from the legend, in the address too', async () => {
    const page = await openKlimaat();
    await untick(page, 'filter-stand', 'GEPLAND');
    await expect.poll(() => isShown(page, GEPLAND), { timeout: 30_000 }).toBe(false);
    expect(await isShown(page, AKKOORD)).toBe(true);
    await untick(page, 'filter-knelpuntsoort', 'WET_EN_REGELGEVING');
    await expect.poll(() => isShown(page, AANSLUITPLICHT), { timeout: 30_000 }).toBe(false);
    expect(await isShown(page, 'knelpunt:spanning-klimaatopgave-gebiedsopgaven')).toBe(true);
    await untick(page, 'filter-knelpuntstatus', 'ONBEKEND');
    await expect
      .poll(() => isShown(page, 'knelpunt:spanning-klimaatopgave-gebiedsopgaven'), { timeout: 30_000 })
      .toBe(false);
    expect(fragmentOf(page)).toContain('zonder-stand=GEPLAND');
    expect(fragmentOf(page)).toContain('zonder-knelpuntsoort=WET_EN_REGELGEVING');
    expect(fragmentOf(page)).toContain('zonder-knelpuntstatus=ONBEKEND');
    // A link opens the same picture: the statuses arrive after the drawing, and the filters follow them.
    const link = new URL(page.url()).hash;
    await page.close();
    const again = await openKlimaat(link);
    await expect.poll(() => isShown(again, GEPLAND), { timeout: 30_000 }).toBe(false);
    await expect.poll(() => isShown(again, AANSLUITPLICHT), { timeout: 30_000 }).toBe(false);
    expect(await again.locator('input[data-testid="filter-stand"][data-waarde="GEPLAND"]').isChecked()).toBe(false);
    await again.close();
  }, 240_000);

  it('marks a milestone whose statements contradict each other, in the drawing and the legend', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    // The seeded statements agree; the answer about one milestone is made to say they do not.
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('query VerkennerStand(')) return route.continue();
      const response = await route.fetch();
      const body = (await response.json()) as {
        data: { nodes: Array<{ id?: string; voortgang?: { tegenstrijdig: boolean; status: string } } | null> };
      };
      for (const node of body.data.nodes)
        if (node?.id === HOOFDLIJNEN) node.voortgang = { ...node.voortgang!, status: 'ONBEKEND', tegenstrijdig: true };
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${service.baseUrl}/verkenner#omgeving=opgave:klimaat`);
    await page.evaluate(() => globalThis.verkenner.ready);
    await expect.poll(async () => (await standOf(page, HOOFDLIJNEN)).tegenstrijdig, { timeout: 30_000 }).toBe(true);
    expect(await standOf(page, HOOFDLIJNEN)).toMatchObject({ borderStyle: 'dashed', border: 'rgb(224,49,49)' });
    expect(await page.getByTestId('standfilter').locator('label').allTextContents()).toContain(
      'tegenstrijdige uitspraken (1)',
    );
    await untick(page, 'filter-stand', 'TEGENSTRIJDIG');
    await expect.poll(() => isShown(page, HOOFDLIJNEN), { timeout: 30_000 }).toBe(false);
    expect(await isShown(page, AKKOORD)).toBe(true);
    await page.close();
  }, 180_000);
});

describe('passages in the documents', () => {
  it('finds passages with the words marked, their document and lines, and the facts citing them, which it adds', async () => {
    const page = await open('', { width: 1024, height: 768 });
    await page.getByTestId('tekstzoektekst').fill('vakantieparken');
    await page.getByTestId('tekstzoektekst').press('Enter');
    const passages = page.getByTestId('paneel').getByTestId('passage');
    await expect.poll(() => passages.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    const memo = passages.filter({ hasText: 'regel 325' });
    expect(await memo.getByTestId('vindplaats').first().textContent()).toBe(
      'Memo Interbestuurlijk Programma (IBP) (2018-05-02), regel 325',
    );
    expect(await memo.locator('mark').allTextContents()).toEqual(['vakantieparken']);
    expect(await memo.getByTestId('markering').textContent()).not.toContain('«');
    const instrument = 'instrument:ondersteuningsstructuur-vakantieparken';
    const fact = page.locator(`[data-testid="passage-knoop"][data-id="${instrument}"]`);
    expect(await fact.textContent()).toContain('landelijke ondersteuningsstructuur');
    expect(await page.getByTestId('paneel').getByTestId('passage-relatie').count()).toBeGreaterThan(0);
    await docsScreenshot(page, 'teksten');
    await fact.click();
    await expect.poll(() => fragmentOf(page), { timeout: 30_000 }).toContain(`selectie=${instrument}`);
    expect(await isShown(page, instrument)).toBe(true);
    await page.close();
  }, 180_000);
});

/** A downloaded CSV read as a spreadsheet reads it: its byte-order mark, then rows of `;`-separated fields. */
function readCsv(content: Buffer): { bom: boolean; rows: string[][] } {
  const text = content.toString('utf8');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { bom: text.startsWith('\uFEFF'), rows: parsed.data };
}

describe('the table of what is in the picture', () => {
  it('lists the nodes and relations shown with their sources, sorts them, and downloads them as CSV', async () => {
    const { body } = await postGraphql(service.baseUrl, {
      query: '{ node(id: "regio:food-valley") { ... on Entiteit { bronnen { citaat } } } }',
    });
    const citaat = (body.data!.node as { bronnen: Array<{ citaat: string }> }).bronnen[0]!.citaat;
    const page = await open('#gebied=regio:food-valley&zonder-soort=Persoon');
    // The separator, quotes and a formula's start in one name: the file keeps it as written and never runs it.
    const awkward = '=SOM(1;2) "Zorg; wonen"';
    await page.evaluate((naam) => {
      globalThis.verkenner.cy.add({
        data: { id: 'regio:test-csv', naam, label: naam, soort: 'Regio' },
        position: { x: 0, y: -600 },
      });
    }, awkward);

    await page.getByTestId('open-tabel').click();
    const knopen = page.getByTestId('tabel-knooppunten');
    await knopen.waitFor({ timeout: 30_000 });
    const shown = await shownNodes(page);
    expect(await shownOfKind(page, 'Persoon')).toBe(0);
    expect(await knopen.locator('tbody > tr').count()).toBe(shown.length);
    const relationRows = await page.evaluate(() =>
      globalThis.verkenner.cy
        .edges(':visible')
        .filter((edge) => !edge.hasClass('samenkomst'))
        .map((edge) => Math.max(1, ((edge.data('relaties') as unknown[] | undefined) ?? []).length))
        .reduce((sum, count) => sum + count, 0),
    );
    expect(await page.getByTestId('tabel-relaties').locator('tbody > tr').count()).toBe(relationRows);

    const names = () => knopen.locator('tbody > tr > td:first-child').allTextContents();
    const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
    await page.getByTestId('sorteer-knooppunten').first().click();
    const ascending = await names();
    expect(ascending).toEqual([...ascending].sort(collator.compare));
    expect(await knopen.locator('th').first().getAttribute('aria-sort')).toBe('ascending');
    await page.getByTestId('sorteer-knooppunten').first().click();
    const descending = await names();
    expect(descending).toEqual([...descending].sort((a, b) => collator.compare(b, a)));
    expect(await knopen.locator('th').first().getAttribute('aria-sort')).toBe('descending');

    const file = await downloadFrom(page, 'csv-knooppunten');
    expect(file.name).toMatch(/^ibp-verkenner-knooppunten-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readCsv(file.content);
    expect(csv.bom).toBe(true);
    const [header, ...rows] = csv.rows;
    expect(header).toEqual(['Naam', 'Soort', 'Id', 'Stand', 'Soort knelpunt', 'Aantal bronnen', 'Bronnen']);
    // As sorted on screen.
    expect(rows.map((row) => row[0]!.replace(/^'/, ''))).toEqual(descending);
    const byId = Object.fromEntries(rows.map((row) => [row[2], row]));
    expect(byId['regio:test-csv']![0]).toBe(`'${awkward}`);
    expect(byId['regio:food-valley']![6]).toContain(`“${citaat}”`);

    const relaties = readCsv((await downloadFrom(page, 'csv-relaties')).content).rows;
    expect(relaties[0]).toEqual(['Van', 'Relatie', 'Naar', 'Rol', 'Onderwerp', 'Bronnen', 'Van (id)', 'Naar (id)']);
    expect(relaties).toHaveLength(relationRows + 1);
    const speeltIn = relaties.find((row) => row[1] === 'speelt in' && row[7] === 'regio:food-valley');
    expect(speeltIn?.[5]).toMatch(/^“.+”/);
    await docsScreenshot(page, 'tabel');
    await page.getByTestId('sluit-tabel').click();
    expect(await page.getByTestId('tabel').isVisible()).toBe(false);
    await page.close();
  }, 180_000);
});

/** Opens a downloaded file as the browser opens it from disk: an SVG as an XML document, a PNG as an image. */
async function openDownloaded(content: Buffer, name: string, contentType: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route(`**/${name}`, (route) => route.fulfill({ body: content, contentType }));
  await page.goto(`${service.baseUrl}/${name}`);
  return page;
}

describe('pictures exported from the verkenner', () => {
  it('carry a legend of what is shown and a caption: title, date, source with its version, and the link', async () => {
    const { body } = await postGraphql(service.baseUrl, { query: '{ dienst { versie } }' });
    const versie = (body.data!.dienst as { versie: string }).versie;
    const page = await open('#gebied=regio:food-valley&zonder-soort=Persoon');
    const kinds = await page.evaluate(() =>
      [...new Set(globalThis.verkenner.cy.nodes(':visible').map((node) => node.data('soort') as string))].sort(),
    );
    expect(kinds).toContain('Opgave');
    const date = new Date().toISOString().slice(0, 10);

    const svg = await downloadFrom(page, 'export-svg');
    expect(svg.name).toBe(`ibp-verkenner-${date}.svg`);
    const image = await openDownloaded(svg.content, 'export.svg', 'image/svg+xml');
    expect(await image.locator('parsererror').count()).toBe(0);
    const legend = await image.locator('g.legenda text').allTextContents();
    expect(legend.filter((entry) => kinds.includes(entry)).sort()).toEqual(kinds);
    expect(legend).not.toContain('Persoon');
    expect(legend).toContain('komt samen in het gebied');
    const caption = await image.locator('g.onderschrift > text').allTextContents();
    expect(caption[0]).toBe('IBP-verkenner: wat samenkomt in Food Valley');
    const lines = caption.join('\n');
    expect(lines).toContain(date);
    expect(lines).toContain(`IBP Graph ${versie}`);
    expect(lines).toContain('weggelaten: Persoon');
    expect(lines).toContain('/verkenner#gebied=regio:food-valley&zonder-soort=Persoon');
    // Below the drawing, covering none of it.
    const bottomOf = async (selector: string) => {
      const box = (await image.locator(selector).boundingBox())!;
      return box.y + box.height;
    };
    const placed = {
      caption: (await image.locator('g.onderschrift').boundingBox())!.y,
      drawing: Math.max(await bottomOf('g.knopen'), await bottomOf('g.verbindingen')),
    };
    expect(placed.caption).toBeGreaterThanOrEqual(placed.drawing - 0.5);
    await image.close();

    const png = await downloadFrom(page, 'export-png');
    expect(png.name).toBe(`ibp-verkenner-${date}.png`);
    await writeFile(docsImage('export.png'), png.content);
    const screen = await page.evaluate(() => ({
      width: globalThis.verkenner.cy.width(),
      height: globalThis.verkenner.cy.height(),
    }));
    const size = { width: png.content.readUInt32BE(16), height: png.content.readUInt32BE(20) };
    expect(size.width).toBe(Math.round(screen.width * 2));
    expect(size.height).toBeGreaterThan(screen.height * 2 + 150);
    // The band below the screen holds the legend's swatches and the caption's text.
    const picture = await openDownloaded(png.content, 'export.png', 'image/png');
    const band = await picture.locator('img').evaluate(
      async (element, top) => {
        // In the page: the image as the browser decoded it, its pixels read from a canvas.
        interface PixelCanvas {
          width: number;
          height: number;
          getContext(kind: '2d'): {
            drawImage(source: unknown, x: number, y: number): void;
            getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray };
          };
        }
        const image = element as unknown as {
          decode(): Promise<void>;
          naturalWidth: number;
          naturalHeight: number;
          ownerDocument: { createElement(tag: 'canvas'): PixelCanvas };
        };
        await image.decode();
        const canvas = image.ownerDocument.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const paint = canvas.getContext('2d');
        paint.drawImage(image, 0, 0);
        const { data } = paint.getImageData(0, top, canvas.width, canvas.height - top);
        let opgave = 0;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          if (Math.abs(r - 0x1d) < 6 && Math.abs(g - 0x4f) < 6 && Math.abs(b - 0x91) < 6) opgave += 1;
          if (r < 80 && g < 80 && b < 80) dark += 1;
        }
        return { opgave, dark };
      },
      Math.round(screen.height * 2),
    );
    expect(band.opgave).toBeGreaterThan(100);
    expect(band.dark).toBeGreaterThan(2000);
    await picture.close();
    await page.close();
  }, 180_000);
});
