import { join } from 'node:path';
import express, { Router } from 'express';
import { fromProjectRoot } from '../paths.js';

const ownFiles = fromProjectRoot('src', 'http', 'start');
const page = join(ownFiles, 'index.html');

const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The start page at `/`: what the service is, and a way in to the verkenner, the IDE and the
 * health probes. A page rather than a redirect to one of them: the service has two front doors,
 * and a newcomer should see both.
 */
export function startPageRoutes(): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    res.set('Content-Security-Policy', contentSecurityPolicy).sendFile(page);
  });
  router.use('/start', express.static(ownFiles, { index: false, fallthrough: false }));
  return router;
}
