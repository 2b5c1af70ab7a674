import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.js';

/**
 * Refuses to send an answer larger than `maxBytes` (as JSON) to a caller without credentials: the
 * answer is replaced by one TOO_LARGE error. The cost limit refuses most such operations before
 * they run; this is the ceiling for what its estimate lets through. Callers with a key or token
 * are known, limited by the bytes a request may read (GRAPHQL_MAX_READ_SIZE) and not by this.
 */
export function anonymousResponseCeiling(maxBytes: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (contextValue?.caller?.kind !== 'anonymous' || response.body.kind !== 'single') return;
          const size = Buffer.byteLength(JSON.stringify(response.body.singleResult));
          if (size <= maxBytes) return;
          response.body.singleResult = {
            errors: [
              {
                message:
                  `Het antwoord is te groot: ${size} bytes, de grens zonder sleutel of token is ${maxBytes}. ` +
                  "Vraag minder velden, kleinere pagina's (first) of een kleinere omgeving (maxKnopen, stappen).",
                extensions: { code: 'TOO_LARGE' },
              },
            ],
          };
        },
      };
    },
  };
}
