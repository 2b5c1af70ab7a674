/*
 * The Neo4j GraphQL Library (@neo4j/graphql) served with Apollo Server over the service's
 * database: the contender the benchmark compares the service with. Started by run.ts with
 * NEO4J_URI and PORT. Besides /graphql it answers GET /tellingen (requests and Cypher statements
 * per operation, counted on the driver) and POST /tellingen/wissen.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { candidatesStatement, pathStatement } from './cypher.js';
import { neo4jGraphqlTypeDefs } from './neo4j-graphql-type-defs.js';
import { discoveryOperations, pathMaxHops } from './operations.js';
import { countingDriver, QueryTally } from './query-count.js';
import { serverSettings } from './server-settings.js';

const settings = serverSettings();
const driver = neo4j.driver(settings.neo4jUri, undefined, { maxConnectionPoolSize: settings.maxPoolSize });
const typeDefs = neo4jGraphqlTypeDefs({
  candidates: await candidatesStatement(),
  path: await pathStatement(pathMaxHops),
});
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const apollo = new ApolloServer({ schema });
await apollo.start();

const tally = new QueryTally();
const app = express();
app.get('/healthz', (_request, response) => void response.json({ status: 'ok' }));
app.get('/tellingen', (_request, response) => void response.json(tally));
app.post('/tellingen/wissen', (_request, response) => {
  tally.clear();
  response.json({ status: 'ok' });
});
app.use(
  '/graphql',
  express.json({ limit: '1mb' }),
  expressMiddleware(apollo, {
    context: async ({ req }) => {
      const operation = String((req.body as { operationName?: unknown } | undefined)?.operationName ?? 'anoniem');
      return {
        executionContext: countingDriver(driver, tally.request(operation)),
        transaction: {
          timeout: discoveryOperations.has(operation) ? settings.traversalTimeoutMs : settings.queryTimeoutMs,
        },
      };
    },
  }),
);
const server = app.listen(settings.port, '127.0.0.1', () => process.stdout.write(`listening on ${settings.port}\n`));

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close();
    void apollo.stop().then(() => driver.close());
  });
}
