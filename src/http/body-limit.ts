import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { anonymous, type Caller } from '../auth/caller.js';
import { utf8Only } from './http-errors.js';

/** Room for the rest of a `documentInlezen` request besides the file: the query, the metadata. */
const envelopeBytes = 64 * 1024;

/**
 * The JSON body parser of /graphql. A file for `documentInlezen` arrives in base64 inside the JSON
 * body, so callers who may record (liaison, beheerder) may send up to `INGEST_MAX_SIZE` in base64;
 * everyone else keeps `HTTP_BODY_LIMIT`. Their credentials are therefore checked before the body
 * is read; the check's promise is kept in `res.locals.caller`, so the request's context awaits the
 * same result (or the same refusal) instead of checking twice.
 */
export function graphqlBodyParser(
  bodyLimit: string,
  ingestMaxBytes: number,
  authenticateHeader: (header: string) => Promise<Caller>,
): RequestHandler {
  const small = express.json({ limit: bodyLimit, verify: utf8Only });
  const large = express.json({ limit: Math.ceil(ingestMaxBytes / 3) * 4 + envelopeBytes, verify: utf8Only });
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    if (!header) return small(req, res, next);
    const caller = authenticateHeader(header);
    res.locals.caller = caller;
    caller.catch(() => anonymous).then((known) => (mayRecord(known) ? large : small)(req, res, next), next);
  };
}

function mayRecord(caller: Caller): boolean {
  return caller.kind === 'known' && (caller.role === 'liaison' || caller.role === 'beheerder');
}
