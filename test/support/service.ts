import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type Service } from '../../src/server.js';
import { Database } from '../../src/neo4j/database.js';
import { testDatabaseSettings } from './database.js';

export interface RunningService extends Service {
  /** e.g. http://127.0.0.1:38211 */
  baseUrl: string;
  stop(): Promise<void>;
}

/** The real HTTP service on a free port, against the test database (or the one NEO4J_URI names). */
export async function startTestService(
  environment: NodeJS.ProcessEnv = {},
  logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
): Promise<RunningService> {
  // The suite sends many requests from one address; tests of the rate limit set their own. Discovery's
  // traversals get a minute, not the five seconds of production, so a loaded machine cannot stop them.
  const config = loadConfig({
    NEO4J_URI: inject('neo4jUri'),
    NODE_ENV: 'test',
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_COST_PER_MINUTE: '0',
    NEO4J_TRAVERSAL_TIMEOUT_MS: '60000',
    // The suite runs on either execution path: GRAPHQL_COMPILED=false npx vitest run ... for graphql-js.
    ...(process.env.GRAPHQL_COMPILED && { GRAPHQL_COMPILED: process.env.GRAPHQL_COMPILED }),
    ...environment,
  });
  const database = Database.connect(testDatabaseSettings(config.neo4j.uri ?? inject('neo4jUri')));
  const service = await createServer({ config, database, logger });
  await new Promise<void>((resolve) => service.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = service.httpServer.address() as AddressInfo;
  return {
    ...service,
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      await service.apollo.stop();
      await database.close();
    },
  };
}

/** POSTs a GraphQL operation the way a front-end does and returns status and parsed body. */
export interface GraphqlResponseBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export async function postGraphql(
  baseUrl: string,
  body: { query: string; variables?: Record<string, unknown>; operationName?: string },
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphqlResponseBody }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphqlResponseBody };
}

/**
 * Sends a raw HTTP request and reads the answer even when the server answers before the
 * body is fully sent (as it does for bodies over the limit), which fetch reports as a failure.
 */
export function sendRaw(
  baseUrl: string,
  request: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      `${baseUrl}${request.path ?? '/graphql'}`,
      { method: request.method ?? 'POST', headers: request.headers ?? { 'content-type': 'application/json' } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}
