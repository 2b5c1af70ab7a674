import { Router } from 'express';
import type { Database } from '../neo4j/database.js';
import type { LocalDatabaseState } from '../neo4j/local/supervised-neo4j.js';

const readinessTimeoutMs = 2_000;
/**
 * How long the database's answer to the readiness probe stands. The probe is unlimited (load
 * balancers, orchestrators, anyone who reaches the port) and each check is a query: with this, a
 * flood of probes costs the database one query a second per process.
 */
export const readinessReuseMs = 1_000;

/**
 * Whether the service accepts traffic; false once shutdown begins, so load balancers stop sending.
 * With the local database, also how that is doing (see supervised-neo4j.ts).
 */
export interface Readiness {
  accepting: boolean;
  /** True while the start-up's warm-up runs (see warm-up.ts): a load balancer waits, so no caller meets a cold query. */
  warmingUp?: boolean;
  localDatabase?: { readonly state: LocalDatabaseState };
}

/**
 * `GET /healthz`: the process is alive and can serve again without help (no database call, so a
 * slow database never gets a healthy process restarted): 503 only once the local database has
 * died more often than it is restarted, when only a restart of the service can help. `GET
 * /readyz`: the database answers, so requests can succeed.
 */
export function healthRoutes(database: Database, readiness: Readiness): Router {
  const router = Router();
  const databaseAnswers = reusedFor(readinessReuseMs, () => database.isReachable(readinessTimeoutMs));
  router.get('/healthz', (_req, res) => {
    const state = readiness.localDatabase?.state;
    if (state === 'failed') {
      res.status(503).json({ status: 'local database failed', database: state });
      return;
    }
    res.json({ status: 'ok', ...(state && { database: state }) });
  });
  router.get('/readyz', async (_req, res) => {
    if (!readiness.accepting) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    if (readiness.warmingUp) {
      res.status(503).json({ status: 'warming up' });
      return;
    }
    const state = readiness.localDatabase?.state;
    if (state !== undefined && state !== 'running') {
      res.status(503).json({ status: `local database ${state}` });
      return;
    }
    // Known to be away: no need to ask, nor to wait for the answer kept from before.
    const reachable = database.circuitState !== 'open' && (await databaseAnswers());
    res.status(reachable ? 200 : 503).json({ status: reachable ? 'ready' : 'database unreachable' });
  });
  return router;
}

/**
 * `check`, called at most once per `ms`: callers meanwhile share its answer, and those that come while
 * it runs share the call under way. The `ms` count from when the answer came, so a slow check is not
 * run again at once; a check that fails is not kept.
 */
export function reusedFor<T>(ms: number, check: () => Promise<T>): () => Promise<T> {
  let kept: { answer: Promise<T>; until: number } | undefined;
  return () => {
    if (kept && Date.now() < kept.until) return kept.answer;
    const entry = { answer: check(), until: Number.POSITIVE_INFINITY };
    kept = entry;
    entry.answer.then(
      () => {
        entry.until = Date.now() + ms;
      },
      () => {
        if (kept === entry) kept = undefined;
      },
    );
    return entry.answer;
  };
}
