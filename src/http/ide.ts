import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import express, { Router, type Request } from 'express';
import { fromProjectRoot } from '../paths.js';
import { loadExamples } from './examples.js';

const require = createRequire(import.meta.url);
const packageDirectory = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** The IDE's files, all served from this machine: government networks often block CDNs. */
const assets: Record<string, string> = {
  'graphiql.js': join(packageDirectory('graphiql'), 'dist', 'index.umd.js'),
  'graphiql.css': join(packageDirectory('graphiql'), 'dist', 'style.css'),
  'react.js': join(packageDirectory('react'), 'umd', 'react.production.min.js'),
  'react-dom.js': join(packageDirectory('react-dom'), 'umd', 'react-dom.production.min.js'),
  // The explorer plugin: build a query by ticking fields and filling in arguments.
  'explorer.js': join(packageDirectory('@graphiql/plugin-explorer'), 'dist', 'index.umd.js'),
  'explorer.css': join(packageDirectory('@graphiql/plugin-explorer'), 'dist', 'style.css'),
};
/** The page and its own small start script and stylesheet. */
const ownFiles = fromProjectRoot('src', 'http', 'ide');
const page = join(ownFiles, 'index.html');

const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // GraphiQL positions its panes with inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GraphiQL at the GraphQL URL: a browser asking for HTML gets the IDE, every other client
 * (asking for JSON) goes on to the GraphQL endpoint itself.
 */
export function ideRoutes(graphqlPath: string): Router {
  const router = Router();
  router.get(graphqlPath, (req, res, next) => {
    if (!wantsHtml(req)) return next();
    res.set('Content-Security-Policy', contentSecurityPolicy).sendFile(page);
  });
  const examples = loadExamples();
  router.get('/ide/voorbeelden.json', (_req, res) => {
    res.json(examples);
  });
  for (const [name, file] of Object.entries(assets)) {
    router.get(`/ide/${name}`, (_req, res) => {
      res.set('Cache-Control', 'public, max-age=3600').sendFile(file);
    });
  }
  router.use('/ide', express.static(ownFiles, { index: false, fallthrough: false }));
  return router;
}

function wantsHtml(req: Request): boolean {
  if (req.query.query !== undefined) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}
