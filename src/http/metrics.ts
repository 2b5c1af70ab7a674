import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { Router } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestContext } from '../context.js';
import type { CircuitState } from '../neo4j/circuit-breaker.js';
import type { OperationLabels } from './operation-labels.js';

/** What the metrics read of the database when they are scraped. */
export interface DatabaseGauges {
  readonly circuitState: CircuitState;
  readonly callsInFlight: number;
}

export interface MetricsSettings {
  enabled: boolean;
  /** Set: a scrape must send `Authorization: Bearer <token>`. */
  token: string | undefined;
}

const prefix = 'ibp_';

/**
 * The service's Prometheus metrics (prom-client), one registry per service so that tests can run
 * several: GraphQL operations by name (bounded, see operation-labels.ts), errors by code, database
 * round trips, the database pool and circuit, and Node's process metrics. docs/operations.md lists them.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly duration: Histogram<'operation'>;
  private readonly roundTrips: Histogram<'operation'>;
  private readonly errors: Counter<'code'>;

  constructor(
    private readonly labels: OperationLabels,
    database: DatabaseGauges,
    maxPoolSize: number,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix });
    this.duration = new Histogram({
      name: `${prefix}graphql_operation_duration_seconds`,
      help: 'GraphQL operations by operation name: time from request to response',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.roundTrips = new Histogram({
      name: `${prefix}graphql_operation_database_round_trips`,
      help: 'Database round trips of one GraphQL operation, by operation name',
      labelNames: ['operation'],
      buckets: [0, 1, 2, 3, 5, 10, 20, 50, 100],
      registers,
    });
    this.errors = new Counter({
      name: `${prefix}graphql_errors_total`,
      help: 'Errors in GraphQL responses, by the code the caller got',
      labelNames: ['code'],
      registers,
    });
    new Gauge({
      name: `${prefix}neo4j_calls_in_flight`,
      help: 'Database calls of the API pool under way, each holding or awaiting a connection',
      registers,
      collect() {
        this.set(database.callsInFlight);
      },
    });
    new Gauge({
      name: `${prefix}neo4j_pool_max_connections`,
      help: 'Most connections the API pool opens (NEO4J_MAX_POOL_SIZE)',
      registers,
    }).set(maxPoolSize);
    new Gauge({
      name: `${prefix}neo4j_circuit_open`,
      help: '1 while the database is known to be away and queries fail at once, else 0',
      registers,
      collect() {
        this.set(database.circuitState === 'open' ? 1 : 0);
      },
    });
  }

  /** Observes every GraphQL operation once, when its response is sent (errors: see `counted`). */
  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: async () => {
        const stopTimer = this.duration.startTimer();
        return {
          willSendResponse: async ({ contextValue, operation, operationName }) => {
            const operationLabel = this.labels.label(operationName, operation !== undefined);
            stopTimer({ operation: operationLabel });
            this.roundTrips.observe({ operation: operationLabel }, contextValue.stats.roundTrips);
          },
        };
      },
    };
  }

  /**
   * Counts an error by the code its caller gets, and passes it on: called on what the error
   * formatter returns, which sees every error of a response, also those raised before any plugin
   * runs (bad credentials, a bad Neo4j-Bookmark header).
   */
  counted(formatted: GraphQLFormattedError): GraphQLFormattedError {
    this.errors.inc({ code: String(formatted.extensions?.code ?? 'NONE') });
    return formatted;
  }

  /** `GET /metrics` in Prometheus's text format; absent when turned off. */
  routes(settings: MetricsSettings): Router {
    const router = Router();
    if (!settings.enabled) return router;
    router.get('/metrics', async (req, res) => {
      if (settings.token !== undefined && !bearerMatches(req.headers.authorization, settings.token)) {
        res
          .status(401)
          .set('WWW-Authenticate', 'Bearer')
          .json({
            errors: [
              {
                message: 'De metrieken vragen om het token van METRICS_TOKEN (Authorization: Bearer <token>).',
                extensions: { code: 'UNAUTHENTICATED' },
              },
            ],
          });
        return;
      }
      res.set('Content-Type', this.registry.contentType).send(await this.registry.metrics());
    });
    return router;
  }
}

/** Compares in constant time, so the token cannot be guessed from how fast a wrong one is refused. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const sent = Buffer.from(header?.replace(/^Bearer /i, '') ?? '');
  const expected = Buffer.from(token);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}
