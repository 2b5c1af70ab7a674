import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/http/examples.js';
import { launchChromium } from '../support/browser.js';
import { startTestService, type RunningService } from '../support/service.js';

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

describe('GraphiQL in a browser', () => {
  it('loads from this service alone and runs a query against the real database', async () => {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    const foreignRequests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(service.baseUrl) && !request.url().startsWith('data:'))
        foreignRequests.push(request.url());
    });

    await page.goto(`${service.baseUrl}/graphql`);
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect.poll(() => result.textContent(), { timeout: 20_000 }).toContain('community');

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/graphiql.png' });
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('offers the example operations as ready tabs that run', async () => {
    const page = await browser.newPage();
    await page.goto(`${service.baseUrl}/graphql`);
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count(), { timeout: 20_000 }).toBe(1 + loadExamples().length);
    await tabs.filter({ hasText: 'WatKomtSamenInEenRegio' }).click();
    await page.locator('.graphiql-execute-button').click();
    // Its candidates are computed cold here: on a loaded two-core machine that has taken over a minute.
    await expect
      .poll(() => page.locator('.result-window').textContent(), { timeout: 150_000 })
      .toContain('Zuidoost Drenthe');
    await page.screenshot({ path: 'test-results/graphiql-voorbeeld.png' });
    await page.close();
  }, 180_000);

  it('opens the querybouwer (the explorer plugin), served from this service, and builds a query by ticking fields', async () => {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    const foreignRequests: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(service.baseUrl) && !request.url().startsWith('data:'))
        foreignRequests.push(request.url());
    });
    await page.goto(`${service.baseUrl}/graphql`);
    await page.getByRole('button', { name: /Querybouwer/ }).click();
    const explorer = page.locator('.graphiql-explorer-root');
    await expect.poll(() => explorer.textContent(), { timeout: 20_000 }).toContain('opgaven');

    // On the welcome tab: tick opgaven, then its totalCount, and run what was built.
    await explorer.locator('[data-field-name="opgaven"]').click();
    await explorer.locator('[data-field-name="totalCount"]').click();
    await expect
      .poll(() => page.locator('.graphiql-query-editor').textContent(), { timeout: 20_000 })
      .toMatch(/opgaven \{\d*\s*totalCount/);
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.result-window').textContent(), { timeout: 30_000 })
      .toMatch(/"totalCount":\s*10/);
    await page.screenshot({ path: 'test-results/graphiql-querybouwer.png' });
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
