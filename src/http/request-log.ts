import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { RequestContext } from '../context.js';
import type { Logger } from '../logger.js';

declare module 'http' {
  interface IncomingMessage {
    /** The request's id: the caller's `X-Request-Id` when it is short and plain, else a fresh UUID. */
    id: string;
  }
}

/** Probes and scrapes come every few seconds and say nothing about callers. */
const quietPaths = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Gives every request its id (`req.id`, and the `X-Request-Id` header of the answer) and writes one
 * log line when its answer is done: `req` (id, method, path), `res` (status), `responseTime` (ms),
 * at level error with `err` when the answer failed. A GraphQL operation is logged once, by the
 * operation log, with what this line would say and more, so it gets no line here. The line is
 * built only when it is written: most requests are operations, and a logger per request (as
 * pino-http makes) cost a few percent of the CPU under load.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const id = requestIdFrom(req.headers['x-request-id']) ?? randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    if (quietPaths.has(req.url)) return next();
    const started = Date.now();
    // Headers can carry credentials; the id, method, path and status are what operations need.
    const request = { id, method: req.method, url: req.originalUrl || req.url };
    const done = (error?: Error) => {
      res.off('close', done);
      res.off('finish', done);
      res.off('error', done);
      writeLine(logger, request, res, Date.now() - started, error);
    };
    res.on('close', done);
    res.on('finish', done);
    res.on('error', done);
    next();
  };
}

function writeLine(
  logger: Logger,
  request: { id: string; method: string; url: string },
  res: Response,
  responseTime: number,
  error: Error | undefined,
): void {
  if ((res.locals as { requestContext?: RequestContext }).requestContext?.operationLog.written) return;
  const response = { statusCode: res.headersSent ? res.statusCode : null };
  if (error || res.statusCode >= 500) {
    const err = error ?? new Error(`failed with status code ${res.statusCode}`);
    logger.error({ req: request, res: response, err, responseTime }, 'request errored');
    return;
  }
  logger.info({ req: request, res: response, responseTime }, 'request completed');
}

/** Accepts a caller's request id only when it is short and plain, so logs stay clean. */
export function requestIdFrom(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && /^[\w.-]{1,64}$/.test(header) ? header : undefined;
}
