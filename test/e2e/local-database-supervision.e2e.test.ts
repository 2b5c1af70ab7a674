import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/net.js';
import {
  processTestTimeoutMs,
  spawnService,
  waitUntilGone,
  type LogLine,
  type ServiceProcess,
} from '../support/service-process.js';

let dataDir: string | undefined;
let service: ServiceProcess | undefined;
afterAll(async () => {
  // A failed run must not leave the service behind (its JVM follows it when it goes).
  if (service && service.child.exitCode === null && service.child.signalCode === null) {
    service.child.kill('SIGKILL');
    await service.exited;
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const javaStarted = (line: LogLine) => line.msg === 'local Neo4j is ready' && typeof line.pid === 'number';

describe('the local database, when its JVM dies (D5)', () => {
  it(
    'is started again by the service, which serves again without anyone’s help, and the probes tell the truth meanwhile',
    async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'ibp-graph-supervision-'));
      const port = await freePort();
      service = spawnService({
        PORT: String(port),
        NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
        NEO4J_LOCAL_DATA_DIR: dataDir,
        NEO4J_LOCAL_PAGECACHE: '32m',
      });
      const running = service;
      const firstJava = (await running.waitForLog(javaStarted)).pid as number;
      await running.waitForLog((line) => line.msg === 'IBP Graph is ready');

      const base = `http://127.0.0.1:${port}`;
      const probe = async (path: string) => {
        const response = await fetch(`${base}${path}`);
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      const ask = async () =>
        (
          await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ opgaven { totalCount } }' }),
          })
        ).json();
      expect(await ask()).toEqual({ data: { opgaven: { totalCount: 10 } } });
      expect(await probe('/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });

      process.kill(firstJava, 'SIGKILL');
      await running.waitForLog((line) => line.msg === 'restarting local Neo4j');
      // Alive, and able to recover by itself: a liveness probe must not restart it; not ready meanwhile.
      expect(await probe('/healthz')).toEqual({ status: 200, body: { status: 'ok', database: 'restarting' } });
      expect(await probe('/readyz')).toEqual({ status: 503, body: { status: 'local database restarting' } });

      const restarted = await running.waitForLog((line) => line.msg === 'local Neo4j restarted');
      expect(restarted.pid).not.toBe(firstJava);
      await expect.poll(async () => (await probe('/readyz')).status, { timeout: 60_000, interval: 500 }).toBe(200);
      expect(await ask()).toEqual({ data: { opgaven: { totalCount: 10 } } });
      expect(await probe('/healthz')).toEqual({ status: 200, body: { status: 'ok', database: 'running' } });

      running.child.kill('SIGTERM');
      expect(await running.exited).toEqual({ code: 0, signal: null });
      expect(await waitUntilGone(restarted.pid as number, 60_000)).toBe(true);
    },
    2 * processTestTimeoutMs,
  );
});
