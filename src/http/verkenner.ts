import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import express, { Router } from 'express';
import { fromProjectRoot } from '../paths.js';

const require = createRequire(import.meta.url);
/** Resolves a package's main file as the given package sees it, so nested installs are found too. */
const resolveFrom = (from: string, name: string) => createRequire(from).resolve(name);

const cytoscapeMain = require.resolve('cytoscape');
const fcoseMain = require.resolve('cytoscape-fcose');
const coseBaseMain = resolveFrom(fcoseMain, 'cose-base');
const papaparseMain = require.resolve('papaparse');

/**
 * Cytoscape.js and its extensions as UMD builds, served from this machine: the explorer must
 * work on closed government networks, where CDNs are blocked. fCoSE needs cose-base, which
 * needs layout-base; each UMD build finds its dependency as a global, so the page loads them
 * in this order.
 */
const assets: Record<string, string> = {
  'cytoscape.js': join(dirname(cytoscapeMain), 'cytoscape.min.js'),
  'layout-base.js': resolveFrom(coseBaseMain, 'layout-base'),
  'cose-base.js': coseBaseMain,
  'cytoscape-fcose.js': fcoseMain,
  // Papa Parse writes the table's CSV (csv.ts).
  'papaparse.js': join(dirname(papaparseMain), 'papaparse.min.js'),
};
/** The page and its stylesheet, as written. */
const ownFiles = fromProjectRoot('src', 'http', 'verkenner');
const page = join(ownFiles, 'index.html');
const stylesheet = join(ownFiles, 'verkenner.css');
/** Its modules: the TypeScript beside the page, compiled by `npm run build` (no bundler; the browser loads them as they are). */
const modules = fromProjectRoot('dist', 'http', 'verkenner');

/**
 * The operations the page sends, one `.graphql` file each, and in `fragments/` the fragments they
 * share: typed and composed into the texts the page sends by `npm run codegen` (see
 * codegen/operation-texts.mjs), which writes those texts to `verkennerOperationsManifest` too, from
 * where `npm run trusted-documents` takes them.
 */
export const verkennerOperationsDirectory = join(ownFiles, 'operations');
export const verkennerOperationsManifest = join(ownFiles, 'generated', 'operations.json');

const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // Cytoscape sets element styles from script (allowed); it adds no inline <style> because the
  // page already carries the stylesheet id it looks for.
  "style-src 'self'",
  // cy.png() draws to data: URLs; downloads go through blob: URLs.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The crossover explorer at `/verkenner`: a page that draws the knowledge graph with
 * Cytoscape.js and talks to the service only through the public GraphQL API.
 */
export function verkennerRoutes(): Router {
  const router = Router();
  router.get('/verkenner', (_req, res) => {
    res.set('Content-Security-Policy', contentSecurityPolicy).sendFile(page);
  });
  for (const [name, file] of Object.entries(assets)) {
    router.get(`/verkenner/lib/${name}`, (_req, res) => {
      res.set('Cache-Control', 'public, max-age=3600').sendFile(file);
    });
  }
  router.get('/verkenner/verkenner.css', (_req, res) => {
    res.sendFile(stylesheet);
  });
  router.use('/verkenner', express.static(modules, { index: false, fallthrough: false }));
  return router;
}
