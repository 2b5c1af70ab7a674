import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../src/auth/caller.js';
import { startPrivateNeo4j, type PrivateNeo4j } from './private-neo4j.js';
import { postGraphql, startTestService, type GraphqlResponseBody, type RunningService } from './service.js';
import { testJwtSecret, tokenFor } from './tokens.js';

/** The callers a test file sends as, each by a short name: its role and the subject of its token. */
export type Callers = Record<string, { role: Role; subject: string }>;

/** The callers of the tests that record: two liaisons, to tell whose change is whose, and an analyst. */
export const recordingCallers: Callers = {
  anna: { role: 'liaison', subject: 'anna' },
  bram: { role: 'liaison', subject: 'bram' },
  analist: { role: 'analist', subject: 'carla' },
};

/** Nodes, relations and properties of the whole graph. */
export type GraphCounts = {
  nodes: number;
  relations: number;
  properties: number;
};

/** A service on a seeded Neo4j of one test file's own, and what its tests need to talk to it. */
export interface OwnService {
  /** The file's own database (available in the tests, once the file's set-up has run). */
  readonly neo4j: PrivateNeo4j;
  readonly service: RunningService;
  /** The token of each caller, by the name the file gave it. */
  token(caller: string): string;
  /** Sends an operation as the named caller, or without credentials; the answer's body. */
  send(caller: string | undefined, query: string, variables?: Record<string, unknown>): Promise<GraphqlResponseBody>;
  /** What a refused mutation must leave as it was. */
  graphCounts(): Promise<GraphCounts>;
}

/**
 * Starts, for the test file that calls it, a seeded Neo4j of its own and the service on it (JWTs
 * signed with the test secret), with a token for each caller; stops both after the file. For tests
 * that write: what they record cannot change what the tests on the shared database count. A seeded
 * database of its own takes long on a busy machine, so the set-up has a long timeout of its own.
 */
export function useOwnService(callers: Callers): OwnService {
  let started: { neo4j: PrivateNeo4j; service: RunningService; tokens: Map<string, string> } | undefined;
  const running = () => {
    if (!started) throw new Error('the own service is used before its set-up (beforeAll) ran');
    return started;
  };

  beforeAll(async () => {
    const neo4j = await startPrivateNeo4j({ seeded: true });
    const service = await startTestService({ NEO4J_URI: neo4j.uri, AUTH_JWT_SECRET: testJwtSecret }).catch(
      async (error: unknown) => {
        await neo4j.stop();
        throw error;
      },
    );
    const tokens = new Map<string, string>();
    for (const [name, { role, subject }] of Object.entries(callers)) tokens.set(name, await tokenFor(role, subject));
    started = { neo4j, service, tokens };
  }, 900_000);
  afterAll(async () => {
    await started?.service.stop();
    await started?.neo4j.stop();
  });

  const token = (caller: string) => {
    const found = running().tokens.get(caller);
    if (found === undefined) throw new Error(`no caller ${caller} in this file's callers`);
    return found;
  };
  return {
    get neo4j() {
      return running().neo4j;
    },
    get service() {
      return running().service;
    },
    token,
    send: async (caller, query, variables = {}) => {
      const headers: Record<string, string> = caller ? { authorization: `Bearer ${token(caller)}` } : {};
      return (await postGraphql(running().service.baseUrl, { query, variables }, headers)).body;
    },
    graphCounts: async () => {
      const [row] = await running().neo4j.database.read<GraphCounts>(
        'counts',
        `CALL () { MATCH (n) RETURN count(n) AS nodes }
         CALL () { MATCH ()-[r]->() RETURN count(r) AS relations }
         CALL () { MATCH (n) UNWIND keys(n) AS key RETURN count(key) AS properties }
         RETURN nodes, relations, properties`,
        {},
      );
      return row!;
    },
  };
}
