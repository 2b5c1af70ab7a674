import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startTestService, type RunningService } from '../support/service.js';

/** A front-end of its own origin: one empty page, from which the test calls the service. */
async function startFrontEnd(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>front-end</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let listed: { origin: string; server: Server };
let unlisted: { origin: string; server: Server };
let service: RunningService;
let browser: Browser;

beforeAll(async () => {
  listed = await startFrontEnd();
  unlisted = await startFrontEnd();
  service = await startTestService({ CORS_ORIGINS: `https://app.example.nl,${listed.origin}` });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await service?.stop();
  listed?.server.close();
  unlisted?.server.close();
});

interface CallResult {
  status?: number;
  body?: unknown;
  requestId?: string | null;
  failure?: string;
}

/** What a page of `origin` gets when it POSTs a query with a JSON body and a token (so the browser sends a preflight). */
async function callFrom(origin: string): Promise<CallResult> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`);
    return await page.evaluate(async (url): Promise<CallResult> => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json', 'x-apollo-operation-name': 'Welk' },
          body: JSON.stringify({ query: 'query Welk { __typename }' }),
        });
        return {
          status: response.status,
          body: await response.json(),
          requestId: response.headers.get('x-request-id'),
        };
      } catch (error) {
        return { failure: String(error) };
      }
    }, `${service.baseUrl}/graphql`);
  } finally {
    await page.close();
  }
}

describe('a front-end on another origin, in a browser', () => {
  it('calls the API when its origin is listed, and reads the request id', async () => {
    const result = await callFrom(listed.origin);
    expect(result).toEqual({
      status: 200,
      body: { data: { __typename: 'Query' } },
      requestId: expect.stringMatching(/^[\w-]+$/),
    });
  });

  it('is blocked by the browser when its origin is not listed', async () => {
    expect(await callFrom(unlisted.origin)).toEqual({ failure: 'TypeError: Failed to fetch' });
  });
});

describe('the preflight', () => {
  const preflight = (origin: string, baseUrl = service.baseUrl) =>
    fetch(`${baseUrl}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization,apollo-require-preflight',
      },
    });

  it('allows a listed origin GET and POST with the headers the API uses, credentials included', async () => {
    const response = await preflight(listed.origin);
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': listed.origin,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET,POST',
      'access-control-allow-headers': expect.stringContaining('authorization'),
      vary: expect.stringContaining('Origin'),
    });
    const allowed = response.headers.get('access-control-allow-headers')!.split(',');
    expect(allowed).toEqual(expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight']));
  });

  it('gives an unlisted origin no CORS header at all, credentials neither', async () => {
    const response = await preflight('https://elders.example.com');
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    const post = await fetch(`${service.baseUrl}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://elders.example.com', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect([...post.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('allows no origin when none is configured', async () => {
    const closed = await startTestService();
    try {
      const response = await preflight('https://app.example.nl', closed.baseUrl);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await closed.stop();
    }
  });
});
