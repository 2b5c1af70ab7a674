import type { RequestHandler, Response } from 'express';
import { ConfigError } from '../config.js';
import type { Logger } from '../logger.js';
import { fromProjectRoot } from '../paths.js';
import { ManifestError, TrustedDocuments } from '../trusted-documents/manifest.js';

/** The manifest TRUSTED_DOCUMENTS_FILE names (relative paths from the project root), if set. */
export async function loadTrustedDocuments(
  file: string | undefined,
  logger: Logger,
): Promise<TrustedDocuments | undefined> {
  if (file === undefined) return undefined;
  try {
    const documents = await TrustedDocuments.load(fromProjectRoot(file));
    logger.info({ file, documents: documents.size }, 'callers without credentials may send only the trusted documents');
    return documents;
  } catch (error) {
    if (error instanceof ManifestError) throw new ConfigError(`TRUSTED_DOCUMENTS_FILE: ${error.message}`);
    throw error;
  }
}

/**
 * Holds callers without credentials (the public front-ends) to the trusted documents, before
 * Apollo Server sees the request. A document is named by its id, as GraphQL over HTTP's
 * persisted documents do (`"documentId": "sha256:<hex>"`) or as Apollo's persisted queries do
 * (`extensions.persistedQuery.sha256Hash`), or sent as its exact text; the id is replaced by the
 * text here. Anything else from such a caller is refused with FORBIDDEN. Callers with an
 * `Authorization` header go on with the full API: their credentials are checked right after,
 * when the request context is made, so a wrong token gets UNAUTHENTICATED rather than a way round.
 *
 * Apollo Server itself offers safelisting only through GraphOS (a hosted registry); its
 * automatic persisted queries accept any operation, so they are no safelist.
 */
export function trustedDocumentsOnly(documents: TrustedDocuments): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' && req.method !== 'GET') return next();
    const needsTrusted = !req.headers.authorization;
    const body = req.method === 'POST' && isObject(req.body) ? req.body : undefined;
    if (body) {
      if ('documentId' in body && typeof body.documentId !== 'string') {
        return refuse(res, 400, 'BAD_REQUEST', 'documentId moet tekst zijn, zoals "sha256:<hash>".');
      }
      const id = idOf(body);
      if (id !== undefined) {
        const text = documents.document(id);
        if (text !== undefined) {
          replaceIdByText(body, text);
        } else if ('documentId' in body || (needsTrusted && body.query === undefined)) {
          return refuse(res, 400, 'PERSISTED_QUERY_NOT_FOUND', `Er is geen vertrouwd document met het id ${id}.`);
        }
        // Otherwise the text decides below, or (for an authenticated caller) Apollo Server's own
        // persisted queries handle the hash.
      }
    }
    if (!needsTrusted) return next();
    const text = body ? body.query : req.method === 'GET' ? req.query.query : undefined;
    if (typeof text === 'string' && documents.includes(text)) return next();
    return refuse(
      res,
      403,
      'FORBIDDEN',
      'Zonder sleutel of token worden alleen geregistreerde operaties aangenomen: stuur in een POST het ' +
        'documentId ("sha256:<hash>") van een vertrouwd document, of stuur een sleutel of token voor de hele API.',
    );
  };
}

type Body = Record<string, unknown>;

function isObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The document id the body names, if any. */
function idOf(body: Body): string | undefined {
  if (typeof body.documentId === 'string') return body.documentId;
  const persisted =
    isObject(body.extensions) && isObject(body.extensions.persistedQuery) ? body.extensions.persistedQuery : undefined;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

/** From here on the request carries the trusted text, and no id for Apollo's own cache to act on. */
function replaceIdByText(body: Body, text: string): void {
  body.query = text;
  delete body.documentId;
  if (isObject(body.extensions)) {
    const { persistedQuery: _persistedQuery, ...rest } = body.extensions;
    body.extensions = rest;
  }
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
