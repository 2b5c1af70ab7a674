import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import './verkenner-page.js';

/** The verkenner at `path` (a link with its fragment, say) at this size, once what the URL describes is drawn. */
export async function openVerkennerAt(
  browser: Browser,
  url: string,
  viewport = { width: 1366, height: 768 },
): Promise<Page> {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce', acceptDownloads: true });
  await page.goto(url);
  const drawn = await page.evaluate(() => globalThis.verkenner.ready);
  expect(drawn?.kaart, (await page.getByTestId('status').textContent())!).toBeGreaterThan(0);
  return page;
}

/** Clicks an element of the drawing where it is on screen, as a user would. */
export async function clickInGraph(page: Page, id: string): Promise<void> {
  const graph = await page.getByTestId('graaf').boundingBox();
  const position = await page.evaluate((elementId) => {
    const element = globalThis.verkenner.cy.getElementById(elementId);
    return element.group() === 'edges' ? element.renderedMidpoint() : element.renderedPosition();
  }, id);
  await page.mouse.click(graph!.x + position.x, graph!.y + position.y);
}

export async function searchAndChoose(page: Page, text: string, id: string): Promise<void> {
  await page.getByTestId('zoektekst').fill(text);
  await page.getByTestId('zoektekst').press('Enter');
  await page.locator(`[data-testid="zoekresultaat"][data-id="${id}"]`).click();
}

/** Clicks a control that downloads a file; resolves to the file's suggested name and its bytes. */
export async function downloadFrom(page: Page, testId: string): Promise<{ name: string; content: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), content: await readFile((await file.path())!) };
}

/** The ids of the nodes drawn and shown, sorted. */
export function shownNodes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    globalThis.verkenner.cy
      .nodes(':visible')
      .map((node) => node.id())
      .sort(),
  );
}

/**
 * The pairs of node labels that cover each other: of every visible node whose label is not faded
 * out, the label's box, at any zoom (labels grow with the drawing); 1 px of slack for the outline.
 */
export function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { cy } = globalThis.verkenner;
    const boxes = cy
      .nodes(':visible')
      .filter((node) => node.style('label') !== '' && node.numericStyle('text-opacity') > 0)
      .map((node) => ({
        id: node.id(),
        box: node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      }));
    const pairs: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const w = Math.min(a.box.x2, b.box.x2) - Math.max(a.box.x1, b.box.x1);
        const h = Math.min(a.box.y2, b.box.y2) - Math.max(a.box.y1, b.box.y1);
        if (w > 1 && h > 1) pairs.push(`${a.id} / ${b.id}`);
      }
    });
    return pairs;
  });
}
