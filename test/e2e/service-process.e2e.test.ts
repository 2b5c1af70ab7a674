import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../src/net.js';
import {
  isAlive,
  processTestTimeoutMs,
  spawnService,
  waitUntilGone,
  type LogLine,
} from '../support/service-process.js';

const temporaryFolders: string[] = [];
const newDataDir = async () => {
  const folder = await mkdtemp(join(tmpdir(), 'ibp-graph-process-'));
  temporaryFolders.push(folder);
  return folder;
};
afterAll(async () => {
  await Promise.all(temporaryFolders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const isReady = (line: LogLine) => line.msg === 'IBP Graph is ready';
const localNeo4jPid = (line: LogLine) => line.msg === 'local Neo4j is ready' && typeof line.pid === 'number';
const fatalProblem = (line: LogLine) => line.level === 'fatal';

async function startWithLocalNeo4j(dataDir?: string) {
  const port = await freePort();
  const folder = dataDir ?? (await newDataDir());
  const environment = {
    PORT: String(port),
    NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
    NEO4J_LOCAL_DATA_DIR: folder,
    NEO4J_LOCAL_PAGECACHE: '32m',
  };
  const service = spawnService(environment);
  const javaPid = (await service.waitForLog(localNeo4jPid)).pid as number;
  await service.waitForLog(isReady);
  return { service, port, javaPid, dataDir: folder, environment };
}

/** A data folder with a real database in it, left by a clean run. */
let stoppedCleanly: string | undefined;

describe('the service process with its local Neo4j', { timeout: processTestTimeoutMs }, () => {
  it('serves GraphQL, and on SIGTERM drains, stops the database cleanly and exits 0', async () => {
    const { service, port, javaPid, dataDir, environment } = await startWithLocalNeo4j();
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });

    // `npm run token` beside the running service uses the service's database, whose files it holds.
    const token = spawnService(environment, 'commands/token.js', ['sleutel', '--rol', 'analist', '--naam', 'Test']);
    expect(await token.exited).toEqual({ code: 0, signal: null });
    const key = token.logs
      .map((line) => line.msg ?? '')
      .join('\n')
      .match(/sleutel: +(ibp_\S+)/)?.[1];
    expect(key, token.logs.map((line) => JSON.stringify(line)).join('\n')).toBeDefined();
    const recorded = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: '{ wijzigingen { totalCount } }' }),
    });
    expect(await recorded.json()).toEqual({ data: { wijzigingen: { totalCount: 0 } } });

    service.child.kill('SIGTERM');
    expect(await service.exited).toEqual({ code: 0, signal: null });
    expect(service.logs.map((line) => line.msg)).toContain('local Neo4j stopped');
    expect(await waitUntilGone(javaPid, 60_000)).toBe(true);
    stoppedCleanly = dataDir;
  });

  it('leaves no Java process behind when the service is killed outright (SIGKILL)', async () => {
    const { service, javaPid } = await startWithLocalNeo4j();
    expect(isAlive(javaPid)).toBe(true);
    service.child.kill('SIGKILL');
    await service.exited;
    expect(await waitUntilGone(javaPid, 60_000)).toBe(true);
  });
});

describe('start-up failures explain what to do', { timeout: processTestTimeoutMs }, () => {
  it('when the Bolt port is taken', async () => {
    const boltPort = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(boltPort, '127.0.0.1', resolve));
    try {
      const service = spawnService({
        PORT: String(await freePort()),
        NEO4J_LOCAL_BOLT_PORT: String(boltPort),
        NEO4J_LOCAL_DATA_DIR: await newDataDir(),
      });
      const problem = await service.waitForLog(fatalProblem);
      expect(problem.problem).toMatch(
        new RegExp(`Port ${boltPort} on 127.0.0.1 is already in use.*NEO4J_LOCAL_BOLT_PORT=`, 's'),
      );
      expect((await service.exited).code).toBe(1);
    } finally {
      blocker.close();
    }
  });

  it('when another process holds the database folder', async () => {
    const service = spawnService({
      PORT: String(await freePort()),
      NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
      NEO4J_LOCAL_DATA_DIR: inject('neo4jDataDir'),
    });
    const problem = await service.waitForLog(fatalProblem);
    expect(problem.problem).toMatch(/is in use by another process.*NEO4J_LOCAL_DATA_DIR/s);
    expect((await service.exited).code).toBe(1);
  });

  it('when the database files are damaged', async () => {
    expect(stoppedCleanly, 'runs after the SIGTERM test, which leaves a real database behind').toBeDefined();
    await writeFile(join(stoppedCleanly!, 'data', 'databases', 'neo4j', 'neostore'), randomBytes(8192));
    const service = spawnService({
      PORT: String(await freePort()),
      NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
      NEO4J_LOCAL_DATA_DIR: stoppedCleanly,
    });
    const problem = await service.waitForLog(fatalProblem);
    expect(problem.problem).toMatch(/database files in .* cannot be opened.*delete that folder/s);
    expect((await service.exited).code).toBe(1);
  });

  it('when Java is missing', async () => {
    const service = spawnService({
      PORT: String(await freePort()),
      NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
      JAVA_HOME: '/nonexistent/jdk',
      NEO4J_LOCAL_DATA_DIR: await newDataDir(),
    });
    const problem = await service.waitForLog(fatalProblem);
    expect(problem.problem).toMatch(/Java was not found.*NEO4J_URI/s);
    expect((await service.exited).code).toBe(1);
  });

  it('when the configuration is invalid', async () => {
    const service = spawnService({ PORT: 'eighty' });
    await service.waitForLog((line) => String(line.msg).includes('PORT="eighty"'));
    expect((await service.exited).code).toBe(1);
  });

  it('when the HTTP port is taken, before starting the database', async () => {
    const httpPort = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(httpPort, '127.0.0.1', resolve));
    try {
      const service = spawnService({
        PORT: String(httpPort),
        NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
        NEO4J_LOCAL_DATA_DIR: await newDataDir(),
      });
      const problem = await service.waitForLog(fatalProblem);
      expect(problem.problem).toMatch(new RegExp(`Port ${httpPort} on 127.0.0.1 is already in use.*PORT=`, 's'));
      expect((await service.exited).code).toBe(1);
      expect(service.logs.some((line) => line.msg === 'local Neo4j is ready')).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('when the external database cannot be reached', async () => {
    const service = spawnService({ PORT: String(await freePort()), NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
    const problem = await service.waitForLog(fatalProblem);
    expect(problem.problem).toMatch(/cannot be reached.*NEO4J_URI/s);
    expect((await service.exited).code).toBe(1);
  });
});

describe('npm run seed', { timeout: processTestTimeoutMs }, () => {
  it('loads the seeds into the database NEO4J_URI names, and says how many', async () => {
    const seeding = spawnService({ NEO4J_URI: inject('neo4jUri') }, 'commands/seed.js');
    const done = await seeding.waitForLog((line) => line.msg === 'seeding done');
    expect(done).toMatchObject({ loaded: true });
    expect(done.nodes).toBeGreaterThan(400);
    expect((await seeding.exited).code).toBe(0);
  });
});

describe('an external database via NEO4J_URI', { timeout: processTestTimeoutMs }, () => {
  it.each(['bolt', 'neo4j'])('is used over %s:// and no local Neo4j is started', async (scheme) => {
    const port = await freePort();
    const uri = inject('neo4jUri').replace(/^bolt:/, `${scheme}:`);
    const service = spawnService({ PORT: String(port), NEO4J_URI: uri });
    await service.waitForLog(isReady);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ dienst { database { editie } } }' }),
    });
    expect(await response.json()).toEqual({ data: { dienst: { database: { editie: 'community' } } } });
    expect(service.logs.some((line) => line.msg === 'local Neo4j is ready')).toBe(false);
    service.child.kill('SIGTERM');
    expect((await service.exited).code).toBe(0);
  });
});
