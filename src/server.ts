import { readFileSync, readdirSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type Express, type Request, type Response } from 'express';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildSchema, GraphQLError } from 'graphql';
import type { Config } from './config.js';
import { authenticate, maxTokenLength } from './auth/authenticate.js';
import { anonymous, type Caller } from './auth/caller.js';
import { createRequestContext, type RequestContext } from './context.js';
import { formatError, reachesCaller } from './errors.js';
import { CandidateCache } from './graph/candidate-cache.js';
import { compiledExecution } from './http/compiled-execution.js';
import { corsForOrigins } from './http/cors.js';
import { bookmarkResponse, sentBookmarks } from './http/bookmarks.js';
import { graphqlBodyParser } from './http/body-limit.js';
import { healthRoutes, type Readiness } from './http/health.js';
import { httpErrors, notFound, onlyGetAndPost } from './http/http-errors.js';
import { ideRoutes } from './http/ide.js';
import { ServiceMetrics } from './http/metrics.js';
import { operationLog } from './http/operation-log.js';
import { OperationLabels, operationNamesIn } from './http/operation-labels.js';
import { ownDocuments } from './http/own-documents.js';
import { queryCostLimit } from './http/query-cost.js';
import { queryLimitRules } from './http/query-limits.js';
import { requestLog } from './http/request-log.js';
import { budgetKey, CallerBudgets } from './http/rate-limit.js';
import { schemaFilePath, schemaFileRoutes } from './http/schema-file.js';
import { responseCeiling } from './http/response-size.js';
import { securityHeaders } from './http/security-headers.js';
import { progressReportRoutes } from './http/progress-reports.js';
import { startPageRoutes } from './http/start-page.js';
import { loadTrustedDocuments, trustedDocumentsOnly } from './http/trusted-documents.js';
import { verkennerRoutes } from './http/verkenner.js';
import { warmUp, warmUpDocuments } from './http/warm-up.js';
import type { Logger } from './logger.js';
import type { Database } from './neo4j/database.js';
import { fromProjectRoot } from './paths.js';
import { ApiKeyRepository } from './repositories/api-key-repository.js';
import { TokenRevocationRepository } from './repositories/token-revocation-repository.js';
import { createResolvers } from './resolvers/index.js';
import { DocumentLibrary } from './seeds/document-library.js';

export const graphqlPath = '/graphql';

export interface ServerDependencies {
  config: Config;
  database: Database;
  logger: Logger;
}

export interface Service {
  app: Express;
  httpServer: Server;
  apollo: ApolloServer<RequestContext>;
  readiness: Readiness;
  metrics: ServiceMetrics;
  /** Runs the discovery and verkenner queries once, so that no caller meets them cold (see warm-up.ts). */
  warmUp(): Promise<void>;
}

/** Reads the SDL: every `.graphql` file in schema/, in name order. */
export function loadTypeDefs(): string {
  const directory = fromProjectRoot('schema');
  return readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(`${directory}/${file}`, 'utf8'))
    .join('\n');
}

export const serviceVersion: string = JSON.parse(readFileSync(fromProjectRoot('package.json'), 'utf8')).version;

/**
 * Builds the whole HTTP service (GraphQL, IDE, health probes) without listening, so the
 * entry point and the tests start it the same way.
 */
export async function createServer({ config, database, logger }: ServerDependencies): Promise<Service> {
  const app = express();
  // Room for a token of maxTokenLength characters beside the other headers (Node's default is 16 KB in all).
  const httpServer = createHttpServer({ maxHeaderSize: 2 * maxTokenLength }, app);
  const readiness: Readiness = { accepting: true };
  const credentials = { apiKeys: new ApiKeyRepository(database), revocations: new TokenRevocationRepository(database) };
  const trustedDocuments = await loadTrustedDocuments(config.http.trustedDocumentsFile, logger);
  const contextDependencies = {
    database,
    documents: await DocumentLibrary.load(),
    ingestMaxBytes: config.ingestMaxBytes,
    serviceVersion,
    traversalTimeoutMs: config.neo4j.traversalTimeoutMs,
    cypher: config.cypher,
    maxReadBytes: config.limits.maxReadBytes,
    candidateCache: new CandidateCache({ maxStaleMs: config.candidatesMaxStaleMs }),
  };

  const budgets = new CallerBudgets({
    requestsPerMinute: config.http.rateLimitPerMinute,
    costPerMinute: config.http.rateLimitCostPerMinute,
  });
  const typeDefs = loadTypeDefs();

  const metrics = new ServiceMetrics(
    new OperationLabels(operationNamesIn(...ownDocuments)),
    database,
    config.neo4j.maxPoolSize,
  );
  const apollo = createApollo(config, logger, httpServer, typeDefs, metrics);
  await apollo.start();

  /** The caller's request context: credentials checked, the rate limit admitted, cost spent against it. */
  const contextFor = async (req: Request, res: Response): Promise<RequestContext> => {
    const requestId = req.id;
    const clientAddress = req.ip ?? '';
    // The body parser checked the credentials already when there were any (see http/body-limit.ts).
    const checked =
      (res.locals.caller as Promise<Caller> | undefined) ??
      authenticate(req.headers.authorization, config.auth, credentials);
    const caller = await checked.catch(async (error: unknown) => {
      // Bad credentials are the caller's; anything else (the database) is logged here, since
      // no operation starts and so the operation log never sees it.
      if (!(error instanceof GraphQLError && reachesCaller(error))) {
        logger.error({ err: error, requestId }, 'authentication failed');
      }
      // A refused credential still counts against the address, so guessing keys is limited too.
      await budgets.admit(budgetKey(anonymous, clientAddress));
      throw error;
    });
    const key = budgetKey(caller, clientAddress);
    await budgets.admit(key);
    const context = createRequestContext(contextDependencies, requestId, caller, sentBookmarks(req.headers));
    context.spendCost = (cost) => budgets.spend(key, cost);
    res.locals.requestContext = context;
    return context;
  };

  app.disable('x-powered-by');
  // Who the client is (req.ip) as the trusted proxies say; with none trusted, the socket's address.
  app.set('trust proxy', config.http.trustProxy);
  app.use(requestLog(logger));
  // The IDE's scripts are 1.6 MB as they are, and answers with many sources run to megabytes.
  app.use(compression());
  app.use(securityHeaders());
  app.use(healthRoutes(database, readiness));
  // Before the IDE's route, which would answer a preflight of /graphql with Express's bare `Allow`.
  if (config.http.corsOrigins.length > 0)
    app.use([graphqlPath, schemaFilePath], corsForOrigins(config.http.corsOrigins));
  app.use(metrics.routes(config.http.metrics));
  app.use(ideRoutes(graphqlPath));
  app.use(verkennerRoutes());
  app.use(startPageRoutes());
  app.use(progressReportRoutes(apollo, contextFor, () => database.graphVersion()));
  app.use(schemaFileRoutes(typeDefs));
  app.use(
    graphqlPath,
    onlyGetAndPost(),
    graphqlBodyParser(config.http.bodyLimit, config.ingestMaxBytes, (header) =>
      authenticate(header, config.auth, credentials),
    ),
    ...(trustedDocuments ? [trustedDocumentsOnly(trustedDocuments)] : []),
    expressMiddleware(apollo, {
      context: ({ req, res }) => contextFor(req, res),
    }),
  );
  app.use(notFound());
  app.use(httpErrors(logger, config.http.bodyLimit));
  // Nobody waits on the warm-up but the readiness probe: its traversals may take longer than a caller's,
  // so that on a busy machine the candidate crossovers are still computed (and kept) rather than timed out.
  const warmUpDependencies = { ...contextDependencies, traversalTimeoutMs: contextDependencies.traversalTimeoutMs * 4 };
  const warmUpContext = () => createRequestContext(warmUpDependencies, 'warm-up');
  return {
    app,
    httpServer,
    apollo,
    readiness,
    metrics,
    warmUp: () => warmUp(apollo, warmUpContext, warmUpDocuments(), logger),
  };
}

/** Apollo Server for the schema, its resolvers, the query limits and the plugins; not started. */
function createApollo(
  config: Config,
  logger: Logger,
  httpServer: Server,
  typeDefs: string,
  metrics: ServiceMetrics,
): ApolloServer<RequestContext> {
  const resolvers = createResolvers(buildSchema(typeDefs));
  // Compiled: the schema goes to Apollo through the executor's gateway (Apollo's route for another executor).
  const schema = config.compiledExecution
    ? { gateway: compiledExecution(makeExecutableSchema({ typeDefs, resolvers }), logger) }
    : { typeDefs, resolvers };
  return new ApolloServer<RequestContext>({
    ...schema,
    formatError: (formatted, error) => metrics.counted(formatError(formatted, error)),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM and SIGINT (drain, close the database, stop the local one). Apollo's own
    // handlers would call stop() a second time and then re-raise the signal; that goes well only
    // because main.ts registers first and, in Apollo Server 5, a second stop() call never returns.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: queryLimitRules(config),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.http.shutdownTimeoutMs }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in the schema, so no Cache-Control to compute; left on, it would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      queryCostLimit(config.limits.maxCost),
      responseCeiling({
        maxBytes: config.limits.maxResponseBytes,
        maxAnonymousBytes: config.limits.maxAnonymousResponseBytes,
      }),
      operationLog(logger, config.http.slowOperationMs),
      metrics.plugin(),
      bookmarkResponse(),
    ],
    logger,
  });
}
