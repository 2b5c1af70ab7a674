import { Router } from 'express';
import type { Database } from '../neo4j/database.js';

const readinessTimeoutMs = 2_000;

/** Whether the service accepts traffic; false once shutdown begins, so load balancers stop sending. */
export interface Readiness {
  accepting: boolean;
}

/**
 * `GET /healthz`: the process is alive (no database call, so a slow database never gets a
 * healthy process restarted). `GET /readyz`: the database answers, so requests can succeed.
 */
export function healthRoutes(database: Database, readiness: Readiness): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (!readiness.accepting) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    const reachable = await database.isReachable(readinessTimeoutMs);
    res.status(reachable ? 200 : 503).json({ status: reachable ? 'ready' : 'database unreachable' });
  });
  return router;
}
