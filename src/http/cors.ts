import cors from 'cors';
import type { RequestHandler } from 'express';
import { bookmarkHeader } from './bookmarks.js';

/**
 * Request headers a front-end may send: JSON bodies, credentials, Apollo Server's CSRF-prevention
 * headers (which a GET needs), Apollo Client's client name and version, and a request id to follow
 * a call through the logs.
 */
const allowedHeaders = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-request-id',
  // A write's bookmark sent back, so a read on another replica sees the write.
  bookmarkHeader.toLowerCase(),
];

/**
 * Response headers a front-end may read besides the safelisted ones: the request id to report, when
 * to retry, and a write's bookmark.
 */
const exposedHeaders = ['x-request-id', 'retry-after', bookmarkHeader.toLowerCase()];

/**
 * CORS for pages of the listed origins: their preflight is answered, their calls may carry
 * credentials, and the headers above are allowed and shown. A page of any other origin gets no
 * CORS header at all, so the browser blocks its call; tools other than browsers are not affected.
 */
export function corsForOrigins(origins: readonly string[]): RequestHandler {
  const listed = new Set(origins);
  const answer = cors((req, callback) => {
    const origin = req.headers.origin;
    if (origin === undefined || !listed.has(origin)) return callback(null, { origin: false });
    callback(null, {
      origin,
      methods: ['GET', 'POST'],
      allowedHeaders,
      exposedHeaders,
      credentials: true,
      // Browsers cap this (Chromium at two hours); ten minutes keeps a changed list quick to take effect.
      maxAge: 600,
    });
  });
  // The answer differs by origin, also for an unlisted one: no cache may hand one origin's to another.
  return (req, res, next) => {
    res.vary('Origin');
    answer(req, res, next);
  };
}
