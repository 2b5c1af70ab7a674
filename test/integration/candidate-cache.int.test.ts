import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CandidateCache } from '../../src/graph/candidate-cache.js';
import { adamicAdarWeight, type CandidateQuery, type CandidatesFound } from '../../src/graph/crossover-candidates.js';
import { createLogger } from '../../src/logger.js';
import { Database, type GraphVersionSource, type QueryRunner } from '../../src/neo4j/database.js';
import { DiscoveryRepository } from '../../src/repositories/discovery-repository.js';
import { testDatabaseSettings } from '../support/database.js';
import { startPrivateNeo4j, type PrivateNeo4j } from '../support/private-neo4j.js';
import { postGraphql, startTestService, type RunningService } from '../support/service.js';

// A database of this file's own: the writes below change scores that other test files rank.
let neo4j: PrivateNeo4j;
/** The service's and the repositories' connection; writes go through `neo4j.database`, another driver. */
let reader: Database;
let service: RunningService;
/** The service's operation log lines (see http/operation-log.ts). */
const operations: Array<{ operationName: string | null; roundTrips: number }> = [];

beforeAll(async () => {
  neo4j = await startPrivateNeo4j({ seeded: true });
  reader = Database.connect(testDatabaseSettings(neo4j.uri));
  const logLines = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { msg: string; operationName: string | null; roundTrips: number };
        if (entry.msg.endsWith('graphql operation')) operations.push(entry);
      }
      done();
    },
  });
  service = await startTestService({ NEO4J_URI: neo4j.uri }, createLogger('info', logLines));
});

afterAll(async () => {
  await service?.stop();
  await reader?.close();
  await neo4j?.stop();
});

/** A test's say in the queries a repository sends. */
interface Interference {
  /** Runs before the named query is sent; it may wait, or throw as a failing query would. */
  beforeQuery?(name: string): Promise<void>;
  /** Runs when a version check has its answer, just before the repository gets it. */
  afterVersion?(): void;
}

/** The reader as a repository sees it, recording the name of every query it sends. */
function recordingRunner(names: string[] = [], interference: Interference = {}): QueryRunner & GraphVersionSource {
  const note = async (name: string) => {
    names.push(name);
    await interference.beforeQuery?.(name);
  };
  return {
    read: async (name, cypher, parameters, options) => (
      await note(name),
      reader.read(name, cypher, parameters, options)
    ),
    write: async (name, cypher, parameters, options) => (
      await note(name),
      reader.write(name, cypher, parameters, options)
    ),
    writeTransaction: async (name, work, options) => (await note(name), reader.writeTransaction(name, work, options)),
    ownWrites: () => reader.ownWrites(),
    graphVersion: async (options) => {
      await note('graph version');
      const version = await reader.graphVersion(options);
      interference.afterVersion?.();
      return version;
    },
  };
}

const computed = ['graph version', 'candidate crossover pairs', 'candidate crossover evidence'];
const klimaat: CandidateQuery = { opgave: 'opgave:klimaat', includeDeclared: true, limit: 100 };
const klimaatOverkoepelend = (found: CandidatesFound) =>
  found.candidates.find((candidate) => candidate.opgaven.join() === 'opgave:klimaat,opgave:overkoepelend')!;

/** A write through another driver: a new region where both opgaven play, so their score rises by 1/ln 2. */
async function addSharedRegion(id: string, opgaven: string[]): Promise<void> {
  await neo4j.database.write(
    'test: a region two opgaven share',
    `CREATE (r:Entiteit:Regio {id: $id, naam: 'Proefgebied', herkomst: 'test'})
     WITH r UNWIND $opgaven AS opgave
     MATCH (o:Opgave {id: opgave})
     CREATE (o)-[:SPEELT_IN {herkomst: 'test'}]->(r)`,
    { id, opgaven },
  );
}

async function removeNode(id: string): Promise<void> {
  await neo4j.database.write('test: remove a node', 'MATCH (n:Entiteit {id: $id}) DETACH DELETE n', { id });
}

describe('the graph version', () => {
  it('stays the same while nothing is written and changes with a write by another driver', async () => {
    const before = await reader.graphVersion();
    expect(before).toMatch(/\S/);
    await reader.read('test: a read', 'MATCH (n:Opgave) RETURN count(n) AS n', {});
    expect(await reader.graphVersion()).toBe(before);
    await addSharedRegion('regio:proef-versie', []);
    const after = await reader.graphVersion();
    expect(after).not.toBe(before);
    await removeNode('regio:proef-versie');
    expect(await reader.graphVersion()).not.toBe(after);
  });

  it("counts this process's own writes, and not another driver's", async () => {
    const before = reader.ownWrites();
    await addSharedRegion('regio:proef-ander', []);
    await removeNode('regio:proef-ander');
    expect(reader.ownWrites()).toBe(before);
    await reader.write('test: a write of its own', 'MATCH (n:Opgave {id: $id}) SET n.proef = 1 REMOVE n.proef', {
      id: 'opgave:klimaat',
    });
    expect(reader.ownWrites()).toBe(before + 1);
  });

  it('is one round trip of the request that asks for it', async () => {
    const stats = { roundTrips: 0 };
    await reader.counting(stats).graphVersion();
    expect(stats.roundTrips).toBe(1);
  });
});

describe('cached candidate crossovers', () => {
  it('are not computed again for the same question while the graph is unchanged', async () => {
    const cache = new CandidateCache();
    const names: string[] = [];
    const repository = new DiscoveryRepository(recordingRunner(names), 60_000, cache);
    const first = await repository.candidates(klimaat);
    expect(names).toEqual(computed);
    names.length = 0;
    expect(await repository.candidates({ ...klimaat })).toEqual(first);
    expect(names).toEqual(['graph version']);
    names.length = 0;
    await repository.candidates({ ...klimaat, limit: 99 });
    expect(names).toEqual(computed);
  });

  it('are computed again after a write by another driver, and the answer shows the write', async () => {
    const cache = new CandidateCache();
    const names: string[] = [];
    const repository = new DiscoveryRepository(recordingRunner(names), 60_000, cache);
    const before = klimaatOverkoepelend(await repository.candidates(klimaat));
    try {
      await addSharedRegion('regio:proef-gedeeld', ['opgave:klimaat', 'opgave:overkoepelend']);
      names.length = 0;
      const after = klimaatOverkoepelend(await repository.candidates(klimaat));
      expect(names).toEqual(computed);
      expect(after.score).toBeCloseTo(before.score + adamicAdarWeight(2), 9);
      expect(after.evidence.find((evidence) => evidence.shared.id === 'regio:proef-gedeeld')).toMatchObject({
        degree: 2,
      });
    } finally {
      await removeNode('regio:proef-gedeeld');
    }
    names.length = 0;
    const removed = klimaatOverkoepelend(await repository.candidates(klimaat));
    expect(names).toEqual(computed);
    expect(removed.score).toBeCloseTo(before.score, 9);
  });

  it('are computed once for concurrent requests with the same question', async () => {
    const cache = new CandidateCache();
    const names: string[] = [];
    const requests = Array.from({ length: 8 }, () => new DiscoveryRepository(recordingRunner(names), 60_000, cache));
    const answers = await Promise.all(requests.map((repository) => repository.candidates(klimaat)));
    expect(names.filter((name) => name === 'candidate crossover pairs')).toHaveLength(1);
    expect(names.filter((name) => name === 'graph version')).toHaveLength(8);
    expect(new Set(answers.map((answer) => answer.candidates)).size).toBe(1);
  });

  it('are not kept when their computation fails: the requests waiting for it fail, the next one computes', async () => {
    const cache = new CandidateCache();
    const names: string[] = [];
    // The first computation fails once all three requests have their version, and so wait for it.
    let versions = 0;
    let allHaveTheirVersion!: () => void;
    const joined = new Promise<void>((resolve) => (allHaveTheirVersion = resolve));
    let failed = false;
    const interference: Interference = {
      afterVersion: () => {
        if (++versions === 3) allHaveTheirVersion();
      },
      beforeQuery: async (name) => {
        if (name !== 'candidate crossover pairs' || failed) return;
        failed = true;
        await joined;
        // The last request reaches the cache in the same turn as its version; this waits for that turn to end.
        await new Promise((resolve) => setTimeout(resolve, 0));
        throw new Error('candidate crossover pairs failed on purpose');
      },
    };
    const requests = Array.from(
      { length: 3 },
      () => new DiscoveryRepository(recordingRunner(names, interference), 60_000, cache),
    );
    const outcomes = await Promise.allSettled(requests.map((repository) => repository.candidates(klimaat)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(names.filter((name) => name === 'candidate crossover pairs')).toHaveLength(1);
    names.length = 0;
    const answer = await requests[0]!.candidates(klimaat);
    expect(names).toEqual(computed);
    expect(answer.candidates.length).toBeGreaterThan(0);
    names.length = 0;
    await requests[1]!.candidates(klimaat);
    expect(names).toEqual(['graph version']);
  });

  it('count against the read budget of each request they answer, not only the one that computed them', async () => {
    const cache = new CandidateCache();
    const unlimited = new DiscoveryRepository(reader.counting({ roundTrips: 0 }), 60_000, cache);
    const found = await unlimited.candidates(klimaat);
    expect(JSON.stringify(found).length).toBeGreaterThan(2_000);
    const small = new DiscoveryRepository(
      reader.counting({ roundTrips: 0 }, { maxBytes: 2_000, maxDepth: 32 }),
      60_000,
      cache,
    );
    await expect(small.candidates(klimaat)).rejects.toMatchObject({ kind: 'TOO_LARGE', limit: 'bytes' });
  });
});

describe('the service', () => {
  const ask = async (first: number, actueel = false, headers: Record<string, string> = {}) => {
    const response = await postGraphql(
      service.baseUrl,
      {
        query: `query Kandidaten($first: Int, $actueel: Boolean) {
        crossoverKandidaten(opgave: "opgave:klimaat", inclusiefGedeclareerd: true, first: $first, actueel: $actueel) {
          score opgaven { id } bewijs { gedeeld { id } } actueel berekendOp } }`,
        variables: { first, actueel },
        operationName: 'Kandidaten',
      },
      headers,
    );
    expect(response.body.errors).toBeUndefined();
    const logged = operations.filter((operation) => operation.operationName === 'Kandidaten').at(-1);
    const candidates = response.body.data!.crossoverKandidaten as Array<{
      score: number;
      opgaven: Array<{ id: string }>;
      bewijs: Array<{ gedeeld: { id: string } }>;
      actueel: boolean;
      berekendOp: string;
    }>;
    const pair = candidates.find(
      (candidate) => candidate.opgaven.map((opgave) => opgave.id).join() === 'opgave:klimaat,opgave:overkoepelend',
    )!;
    return { pair, roundTrips: logged?.roundTrips };
  };

  it('answers a repeated question with one round trip until another driver writes, then with the new scores', async () => {
    const first = await ask(50);
    expect(first.roundTrips).toBe(computed.length);
    const again = await ask(50);
    expect(again.roundTrips).toBe(1);
    expect(again.pair).toEqual(first.pair);
    expect(again.pair.actueel).toBe(true);
    try {
      await addSharedRegion('regio:proef-dienst', ['opgave:klimaat', 'opgave:overkoepelend']);
      // The kept ranking answers at once, marked as of the graph before the write, while the new one is computed.
      const kept = await ask(50);
      expect(kept.pair).toMatchObject({ score: first.pair.score, actueel: false, berekendOp: first.pair.berekendOp });
      const written = await ask(50, true);
      expect(written.pair.actueel).toBe(true);
      expect(Date.parse(written.pair.berekendOp)).toBeGreaterThan(Date.parse(first.pair.berekendOp));
      expect(written.pair.score).toBeCloseTo(first.pair.score + adamicAdarWeight(2), 9);
      expect(written.pair.bewijs.map((evidence) => evidence.gedeeld.id)).toContain('regio:proef-dienst');
    } finally {
      await removeNode('regio:proef-dienst');
    }
  });

  it('waits for a current ranking when the caller sends the bookmark of its write through another process', async () => {
    await ask(50, true);
    try {
      await addSharedRegion('regio:proef-bladwijzer', ['opgave:klimaat', 'opgave:overkoepelend']);
      const bookmark = await neo4j.database.graphVersion();
      const answered = await ask(50, false, { 'Neo4j-Bookmark': bookmark! });
      expect(answered.pair.actueel).toBe(true);
      expect(answered.pair.bewijs.map((evidence) => evidence.gedeeld.id)).toContain('regio:proef-bladwijzer');
    } finally {
      await removeNode('regio:proef-bladwijzer');
    }
  });
});
