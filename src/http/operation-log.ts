import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.js';
import { reachesCaller } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * One log line per GraphQL operation: request id, operation name, duration, database round
 * trips, HTTP status and whether it was slow (in place of the HTTP log's line for the request);
 * plus the detail of every error that is not the caller's mistake, raised in a resolver or
 * before execution, which the caller sees only as INTERNAL_SERVER_ERROR (or as
 * SERVICE_UNAVAILABLE, TIMEOUT, TOO_LARGE for the database).
 */
export function operationLog(logger: Logger, slowOperationMs: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (reachesCaller(error)) continue;
            logger.error(
              { err: error.originalError ?? error, path: error.path, operationName, requestId: contextValue.requestId },
              error.path ? 'resolver failed' : 'request failed before execution',
            );
          }
        },
        async willSendResponse({ operationName, errors, response }) {
          const durationMs = Math.round(performance.now() - started);
          const slow = durationMs >= slowOperationMs;
          logger[slow ? 'warn' : 'info'](
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              durationMs,
              roundTrips: contextValue.stats.roundTrips,
              errors: errors?.length ?? 0,
              statusCode: response.http.status ?? 200,
              ...(slow && { slow: true }),
            },
            slow ? 'slow graphql operation' : 'graphql operation',
          );
          contextValue.operationLog.written = true;
        },
      };
    },
  };
}
