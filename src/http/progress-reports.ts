import { createHash } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context.js';
import { escapeHtml, reportStyle } from '../graph/progress-report.js';

/**
 * The progress report of an opgave as pages of the service: `/voortgang/klimaat.html` (printable) and
 * `/voortgang/klimaat.md` (to paste into a memo), `?peildatum=2019-02-14` as in `voortgang(peildatum:)`, and
 * `/voortgang` listing the opgaven. Each page runs a GraphQL operation through Apollo with the caller's
 * own context, so credentials, rate limits, query cost and the operation log apply as they do to
 * /graphql, and the report is the one `voortgang.rapport` gives. Answers carry an ETag of the graph
 * version, the opgave, the format and the date they are set against, so a printed page is fetched
 * again only after a write.
 */

export const progressReportPath = '/voortgang';

/** Builds the request context of a caller exactly as /graphql does; throws its GraphQL error when refused. */
export type ContextFor = (req: Request, res: Response) => Promise<RequestContext>;

const reportOperation = `query Voortgangsrapport($opgave: ID!, $peildatum: String, $formaat: RapportFormaat) {
  voortgang(opgave: $opgave, peildatum: $peildatum) { rapport(formaat: $formaat) }
}`;
const indexOperation = `query Voortgangsrapporten { opgaven(first: 100) { edges { node { id naam } } } }`;

/** A file name: an opgave's id with or without its prefix, and the format. */
const reportFile = /^(?:opgave:)?([a-z0-9][a-z0-9-]{0,99})(?:\.(html|md))?$/;

const styleHash = `'sha256-${createHash('sha256').update(reportStyle).digest('base64')}'`;
const htmlPolicy = [
  "default-src 'none'",
  `style-src ${styleHash}`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const statusOfCode: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  TIMEOUT: 503,
  DATABASE_UNAVAILABLE: 503,
  // The report, not the request, is too large; 413 says "too large" to a browser all the same.
  TOO_LARGE: 413,
};

export function progressReportRoutes(
  apollo: ApolloServer<RequestContext>,
  contextFor: ContextFor,
  graphVersion: () => Promise<string | undefined>,
): Router {
  const router = Router();

  router.get(progressReportPath, async (req, res) => {
    const answer = await run(req, res, indexOperation, {});
    if (!answer) return;
    const opgaven = (answer as { opgaven: { edges: Array<{ node: { id: string; naam: string } }> } }).opgaven.edges;
    const items = opgaven.map(({ node }) => {
      const name = node.id.replace(/^opgave:/, '');
      return `<li>${escapeHtml(node.naam)}: <a href="${progressReportPath}/${encodeURIComponent(name)}.html">pagina</a>, <a href="${progressReportPath}/${encodeURIComponent(name)}.md">Markdown</a></li>`;
    });
    sendPage(res, 200, 'Voortgangsrapporten', [
      '<p>De voortgang van elke opgave als printbare pagina of als Markdown voor een memo; elke uitspraak met haar bron als voetnoot. Voeg <code>?peildatum=2019-02-14</code> toe om verlopen mijlpalen tegen een andere datum af te zetten.</p>',
      `<ul>\n${items.join('\n')}\n</ul>`,
    ]);
  });

  router.get(`${progressReportPath}/:bestand`, async (req, res) => {
    const file = reportFile.exec(req.params.bestand);
    if (!file) {
      return sendPage(res, 400, 'Ongeldige opgave', [
        `<p>"${escapeHtml(req.params.bestand.slice(0, 120))}" is geen opgave. Een rapport heet zoals <a href="${progressReportPath}/klimaat.html">klimaat.html</a> of <code>klimaat.md</code>.</p>`,
      ]);
    }
    const opgave = `opgave:${file[1]!}`;
    const format = file[2] === 'md' ? 'MARKDOWN' : 'HTML';
    const peildatum = typeof req.query.peildatum === 'string' ? req.query.peildatum : undefined;
    if (req.query.peildatum !== undefined && peildatum === undefined) {
      return sendPage(res, 400, 'Ongeldige peildatum', ['<p>Geef één peildatum, zoals 2019-02-14.</p>']);
    }

    let context: RequestContext;
    try {
      context = await contextFor(req, res);
    } catch (error) {
      return refused(res, error);
    }
    // The answer depends on the graph, the question and the date `verlopen` is set against.
    const version = await graphVersion().catch(() => undefined);
    const asOf = peildatum ?? new Date().toISOString().slice(0, 10);
    const etag = version
      ? `"${createHash('sha256')
          .update(JSON.stringify([version, opgave, format, asOf]))
          .digest('base64url')
          .slice(0, 32)}"`
      : undefined;
    if (etag) res.set({ ETag: etag, 'Cache-Control': 'private, no-cache', Vary: 'Authorization' });
    if (etag && req.headers['if-none-match'] === etag) return res.status(304).end();

    const answer = await run(req, res, reportOperation, { opgave, peildatum, formaat: format }, context);
    if (answer === undefined) return;
    const report = (answer as { voortgang: { rapport: string } | null }).voortgang;
    if (!report) {
      return sendPage(res, 404, 'Opgave niet gevonden', [
        `<p>Er is geen opgave <code>${escapeHtml(opgave)}</code>. <a href="${progressReportPath}">Alle opgaven</a>.</p>`,
      ]);
    }
    if (format === 'MARKDOWN') {
      res
        .status(200)
        .set({
          'Content-Type': 'text/markdown; charset=utf-8',
          'Content-Disposition': `inline; filename="voortgang-${file[1]!}.md"`,
          'Content-Security-Policy': "default-src 'none'; sandbox",
        })
        .send(report.rapport);
      return;
    }
    res
      .status(200)
      .set({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': htmlPolicy })
      .send(report.rapport);
  });

  /**
   * Runs an operation for the caller; the data, or undefined after answering with an error page. The
   * context is built here unless the route built it already.
   */
  async function run(
    req: Request,
    res: Response,
    query: string,
    variables: Record<string, unknown>,
    given?: RequestContext,
  ): Promise<Record<string, unknown> | undefined> {
    let contextValue: RequestContext;
    try {
      contextValue = given ?? (await contextFor(req, res));
    } catch (error) {
      refused(res, error);
      return undefined;
    }
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('a report operation answered incrementally');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) {
      const [first] = errors;
      const code = String(first?.extensions?.code ?? '');
      sendPage(res, statusOfCode[code] ?? 500, 'Het rapport kon niet worden gemaakt', [
        `<p>${escapeHtml(first?.message ?? '')}</p>`,
      ]);
      return undefined;
    }
    return data ?? undefined;
  }
  return router;
}

/** An error of the caller's credentials or budget, answered as a page with its status (and Retry-After). */
function refused(res: Response, error: unknown): void {
  if (!(error instanceof GraphQLError)) throw error;
  const http = error.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
  for (const [name, value] of http?.headers ?? []) res.set(name, value);
  const status = http?.status ?? statusOfCode[String(error.extensions.code)] ?? 500;
  sendPage(res, status, 'Geweigerd', [`<p>${escapeHtml(error.message)}</p>`]);
}

/** A small page of the service in the report's style; `body` is HTML already escaped. */
function sendPage(res: Response, status: number, title: string, body: string[]): void {
  // A refusal is not the report the ETag named, and is not to be kept; `end`, unlike `send`, adds no ETag of its own.
  res.removeHeader('ETag');
  if (status >= 400) res.set('Cache-Control', 'no-store');
  else res.removeHeader('Cache-Control');
  res
    .status(status)
    .set({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': htmlPolicy })
    .end(
      `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${reportStyle}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
${body.join('\n')}
</body>
</html>
`,
    );
}
