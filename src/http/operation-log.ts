import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.js';
import type { Logger } from '../logger.js';

/**
 * One log line per GraphQL operation: request id, operation name, duration, database round
 * trips, HTTP status and whether it was slow (in place of the HTTP log's line for the request); plus the detail of every masked error, which the client only
 * sees as "Internal server error".
 */
export function operationLog(logger: Logger, slowOperationMs: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (!error.path || (code !== undefined && code !== 'INTERNAL_SERVER_ERROR')) continue;
            logger.error(
              { err: error.originalError ?? error, path: error.path, operationName, requestId: contextValue.requestId },
              'resolver failed',
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
