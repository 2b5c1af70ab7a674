/*
 * The floor: each operation as one Cypher statement through neo4j-driver behind a bare node:http
 * handler, no GraphQL. POST /<operation> with the parameters as a JSON body answers
 * `{"data": [rows]}` or `{"errors": [...]}` with status 500. Started by run.ts with NEO4J_URI and
 * PORT; GET /tellingen and POST /tellingen/wissen as in neo4j-graphql-server.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import neo4j from 'neo4j-driver';
import {
  candidatesStatement,
  opgaveThreeLevelsCypher,
  pathStatement,
  regionProfileCypher,
  searchCypher,
} from './cypher.js';
import { pathMaxHops, type RawStatement } from './operations.js';
import { QueryTally } from './query-count.js';
import { serverSettings } from './server-settings.js';

const settings = serverSettings();
const driver = neo4j.driver(settings.neo4jUri, undefined, {
  maxConnectionPoolSize: settings.maxPoolSize,
  disableLosslessIntegers: true,
});
const statements: Record<RawStatement | 'schrijven', { cypher: string; timeoutMs: number; write?: boolean }> = {
  regioprofiel: { cypher: regionProfileCypher, timeoutMs: settings.queryTimeoutMs },
  opgave: { cypher: opgaveThreeLevelsCypher, timeoutMs: settings.queryTimeoutMs },
  zoek: { cypher: searchCypher, timeoutMs: settings.queryTimeoutMs },
  kandidaten: { cypher: await candidatesStatement(), timeoutMs: settings.traversalTimeoutMs },
  pad: { cypher: await pathStatement(pathMaxHops), timeoutMs: settings.traversalTimeoutMs },
  // The mixed workload's write (see mixed.ts): a counter that no answer reads, so the graph's facts stay as they are.
  schrijven: {
    cypher: 'MATCH (r:Regio {id: $id}) SET r.benchSchrijven = coalesce(r.benchSchrijven, 0) + 1 RETURN r.id AS id',
    timeoutMs: settings.queryTimeoutMs,
    write: true,
  },
};
const tally = new QueryTally();

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const name = request.url?.slice(1) ?? '';
  if (request.method === 'GET' && name === 'healthz') return send(response, 200, { status: 'ok' });
  if (request.method === 'GET' && name === 'tellingen') return send(response, 200, tally);
  if (request.method === 'POST' && name === 'tellingen/wissen') {
    tally.clear();
    return send(response, 200, { status: 'ok' });
  }
  const statement = request.method === 'POST' ? statements[name as RawStatement | 'schrijven'] : undefined;
  if (!statement) return send(response, 404, { errors: [{ message: `no operation ${name}` }] });
  const countStatement = tally.request(name);
  try {
    const parameters = await readJson(request);
    countStatement();
    const result = await driver.executeQuery(statement.cypher, parameters, {
      database: 'neo4j',
      routing: statement.write ? neo4j.routing.WRITE : neo4j.routing.READ,
      transactionConfig: { timeout: statement.timeoutMs },
    });
    send(response, 200, { data: result.records.map((record) => record.toObject()) });
  } catch (error) {
    send(response, 500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
  }
}

const server = createServer((request, response) => void handle(request, response));
server.listen(settings.port, '127.0.0.1', () => process.stdout.write(`listening on ${settings.port}\n`));

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close();
    void driver.close();
  });
}
