import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.js';

/**
 * Errors raised before GraphQL sees a request (a body that is not JSON, or too large) get a
 * short answer in GraphQL's error shape instead of Express's HTML page with a stack trace.
 */
export function httpErrors(logger: Logger, bodyLimit: string): ErrorRequestHandler {
  return (error: { status?: number; type?: string }, _req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message =
      status === 413
        ? `The request body is larger than ${bodyLimit}.`
        : error.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : status < 500
            ? 'The request could not be read.'
            : 'Internal server error';
    if (status >= 500) logger.error({ err: error }, 'request failed before GraphQL');
    res
      .status(status)
      .json({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
  };
}
