import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { internalErrorMessage } from '../errors.js';
import type { Logger } from '../logger.js';

/** A body-parser or serve-static error, as far as the answer needs it. */
interface HttpError {
  status?: number;
  type?: string;
}

/**
 * Errors raised before GraphQL sees a request (a body that is not a JSON object, too large or
 * not UTF-8; a file of the IDE or verkenner that does not exist) get a short answer in GraphQL's
 * error shape, in Dutch, instead of Express's HTML page with a stack trace. Anything else is a
 * fault of the service: logged with its detail and request id, and masked for the caller.
 */
export function httpErrors(logger: Logger, bodyLimit: string): ErrorRequestHandler {
  return (error: HttpError, req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) {
      logger.error({ err: error, requestId: String(req.id) }, 'request failed before GraphQL');
      return refuse(res, 500, 'INTERNAL_SERVER_ERROR', internalErrorMessage);
    }
    if (status === 404) return refuse(res, 404, 'NOT_FOUND', notFoundMessage(req.method, req.path));
    if (status === 413) return refuse(res, 413, 'PAYLOAD_TOO_LARGE', `Het verzoek is groter dan ${bodyLimit}.`);
    return refuse(res, status, 'BAD_REQUEST', badRequestMessage(error, status));
  };
}

/** The answer for a path that nothing serves, in the same shape (Express would send an English HTML page). */
export function notFound(): RequestHandler {
  return (req, res) => refuse(res, 404, 'NOT_FOUND', notFoundMessage(req.method, req.path));
}

/**
 * GraphQL over HTTP uses GET and POST only. Apollo Server answers other methods with 405 only
 * after its CSRF check, which refuses a DELETE or TRACE without a content type first.
 */
export function onlyGetAndPost(): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'POST' || req.method === 'OPTIONS') return next();
    res.set('Allow', 'GET, POST');
    refuse(res, 405, 'BAD_REQUEST', `${req.method} wordt hier niet aangenomen; stuur GET of POST.`);
  };
}

/**
 * A `verify` for express.json: only UTF-8 bodies are read. body-parser decodes any `utf-*`
 * charset, so a UTF-16 body would pass a filter in front of the service that reads UTF-8 only.
 */
export function utf8Only(_req: unknown, _res: unknown, _body: Buffer, encoding: string): void {
  if (encoding.toLowerCase() !== 'utf-8' && encoding.toLowerCase() !== 'utf8') {
    throw Object.assign(new Error(`charset ${encoding} refused`), { status: 415, type: 'charset.unsupported' });
  }
}

function badRequestMessage(error: HttpError, status: number): string {
  switch (error.type) {
    case 'entity.parse.failed':
      return 'De body is geen JSON-object; stuur bijvoorbeeld {"query": "{ __typename }"}.';
    case 'charset.unsupported':
      return 'De body moet in UTF-8 zijn (Content-Type: application/json; charset=utf-8).';
    case 'encoding.unsupported':
      return 'De Content-Encoding van het verzoek wordt niet ondersteund; gebruik gzip, deflate of br, of geen.';
  }
  return status === 403 ? 'Dit pad is niet toegestaan.' : 'Het verzoek is niet te lezen.';
}

function notFoundMessage(method: string, path: string): string {
  return `Hier is niets te vinden: ${method} ${path.slice(0, 200)}.`;
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
