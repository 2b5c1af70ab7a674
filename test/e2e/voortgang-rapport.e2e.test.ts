import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../src/paths.js';
import { useOwnService } from '../support/own-service.js';
import { postGraphql, startTestService, type RunningService } from '../support/service.js';
import { testJwtSecret, tokenFor } from '../support/tokens.js';

/**
 * The progress report of an opgave as pages of the service, over HTTP, on a Neo4j of this file's own (one
 * test records a knelpunt with a hostile name): the printable page and the Markdown, the sample in
 * docs/voortgang.md, refusals as Dutch pages, escaping, caching by graph version, and the credentials and
 * rate limits /graphql has.
 */

const own = useOwnService({ liaison: { role: 'liaison', subject: 'liaison-rapport' } });

const get = (path: string, headers: Record<string, string> = {}, base = own.service.baseUrl) =>
  fetch(`${base}${path}`, { headers });

const docsFile = fromProjectRoot('docs', 'voortgang.md');
const sampleMarker = /<!-- voorbeeld: (\S+) -->\n\n````markdown\n([\s\S]*?)````\n\n<!-- einde voorbeeld -->/;

describe('the sample report in docs/voortgang.md', () => {
  it('is exactly what the service answers for its path on the seeded graph', async () => {
    const docs = readFileSync(docsFile, 'utf8');
    const [, path, sample] = sampleMarker.exec(docs)!;
    const response = await get(path!);
    expect(response.status).toBe(200);
    const answer = await response.text();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(docsFile, docs.replace(sample!, answer));
    else expect(sample).toBe(answer);
  });
});

describe('GET /voortgang/<opgave>.html and .md', () => {
  it('serves the printable page of wonen: Dutch, no scripts, every footnote mark with its source, safe headers', async () => {
    const response = await get('/voortgang/wonen.html?peildatum=2019-02-14');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toContain('script-src');
    const page = await response.text();
    expect(page).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(page).not.toContain('<script');
    expect(page).toContain('<h1>Voortgang Toekomstbestendig wonen</h1>');
    const marks = [...page.matchAll(/<a href="#bron-(\d+)">/g)].map(([, n]) => n);
    expect(marks.length).toBeGreaterThan(5);
    for (const mark of new Set(marks)) expect(page).toContain(`<li id="bron-${mark}">`);
    // 003 r.421: the business case for inner-city transformation, one of wonen's open knelpunten.
    expect(page).toContain('r. 421: &quot;Gebleken is echter dat deze businesscase');
  });

  it('gives the same report as Markdown as voortgang.rapport gives over GraphQL, with the opgave named with or without prefix', async () => {
    const { body } = await postGraphql(own.service.baseUrl, {
      query: '{ voortgang(opgave: "opgave:wonen", peildatum: "2019-02-14") { rapport } }',
    });
    const expected = (body.data as { voortgang: { rapport: string } }).voortgang.rapport;
    for (const path of [
      '/voortgang/wonen.md?peildatum=2019-02-14',
      '/voortgang/opgave:wonen.md?peildatum=2019-02-14',
    ]) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
      expect(await response.text()).toBe(expected);
    }
  });

  it('answers 404 with a Dutch page for an opgave that does not exist', async () => {
    const response = await get('/voortgang/atlantis.html');
    expect(response.status).toBe(404);
    expect(response.headers.get('etag')).toBeNull();
    const page = await response.text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('Er is geen opgave <code>opgave:atlantis</code>');
  });

  it.each([
    ['/voortgang/%3Cscript%3Ealert(1)%3C%2Fscript%3E.html', '&lt;script&gt;alert(1)&lt;/script&gt;.html'],
    ['/voortgang/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.md', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.md'],
    ['/voortgang/regio:achterhoek.html', 'regio:achterhoek.html'],
    ['/voortgang/wonen.pdf', 'wonen.pdf'],
    [`/voortgang/${'a'.repeat(150)}.html`, 'a'.repeat(120)],
  ])('answers 400 with a Dutch page for %s, echoing the name escaped', async (path, echoed) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain(`"${echoed}`);
    expect(page).toContain('is geen opgave');
    expect(page).not.toMatch(/<script|<img/);
  });

  it('answers 400 for a peildatum that is no date, with the message voortgang gives', async () => {
    const response = await get('/voortgang/wonen.html?peildatum=%3Cb%3Egisteren');
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('&quot;&lt;b&gt;gisteren&quot; is geen datum zoals 2019-02-14');
    expect(page).not.toContain('<b>');
  });

  it('escapes what a liaison recorded, and a write gives the page a new ETag', async () => {
    const path = '/voortgang/migratie.html?peildatum=2019-02-14';
    const first = await get(path);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect((await get(path, { 'if-none-match': etag! })).status).toBe(304);

    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const { body } = await postGraphql(
      own.service.baseUrl,
      {
        query: 'mutation ($invoer: KnelpuntInvoer!) { knelpuntSignaleren(invoer: $invoer) { knooppunt { id } } }',
        variables: {
          invoer: {
            naam: hostile,
            soort: 'SAMENWERKING',
            bij: ['opgave:migratie'],
            bronnen: [
              {
                document: 'document:ibp-programmastart',
                regelVan: 422,
                regelTot: 422,
                citaat: 'kan zo nodig belemmerende regelgeving worden aangepast',
              },
            ],
          },
        },
      },
      { authorization: `Bearer ${own.token('liaison')}` },
    );
    expect(body.errors).toBeUndefined();

    const second = await get(path, { 'if-none-match': etag! });
    expect(second.status).toBe(200);
    expect(second.headers.get('etag')).not.toBe(etag);
    const page = await second.text();
    expect(page).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(page).not.toMatch(/<script|<img/);
  });
});

describe('GET /voortgang and the start page', () => {
  it('lists every opgave with links to its page and its Markdown, and the start page links to the list', async () => {
    const start = await (await get('/')).text();
    expect(start).toContain('href="/voortgang"');
    const response = await get('/voortgang');
    expect(response.status).toBe(200);
    const page = await response.text();
    const links = [...page.matchAll(/href="(\/voortgang\/[a-z-]+\.(?:html|md))"/g)].map(([, link]) => link!);
    expect(links).toHaveLength(20);
    for (const link of links.filter((l) => l.endsWith('.html')).slice(0, 3)) expect((await get(link)).status).toBe(200);
  });
});

describe('credentials and rate limits, as for /graphql', () => {
  let guarded: RunningService;
  beforeAll(async () => {
    guarded = await startTestService({
      NEO4J_URI: own.neo4j.uri,
      AUTH_JWT_SECRET: testJwtSecret,
      AUTH_ANONYMOUS_READ: 'false',
      RATE_LIMIT_PER_MINUTE: '2',
    });
  });
  afterAll(async () => {
    await guarded?.stop();
  });

  it('asks for credentials where anonymous reading is off, and refuses a third report in a minute with 429', async () => {
    const anonymous = await get('/voortgang/wonen.html', {}, guarded.baseUrl);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain('<html lang="nl">');
    const token = await tokenFor('analist', 'analist-rapport');
    const withToken = { authorization: `Bearer ${token}` };
    expect((await get('/voortgang/wonen.html', withToken, guarded.baseUrl)).status).toBe(200);
    expect((await get('/voortgang/wonen.md', withToken, guarded.baseUrl)).status).toBe(200);
    const third = await get('/voortgang/wonen.html', withToken, guarded.baseUrl);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await third.text()).toContain('Te veel verzoeken');
  });
});
