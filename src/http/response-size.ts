import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.js';

export interface ResponseCeilings {
  /** Bytes of JSON an answer to any caller may have. */
  maxBytes: number;
  /** Bytes of JSON an answer to a caller without credentials may have; at most `maxBytes`. */
  maxAnonymousBytes: number;
}

/**
 * Refuses to send an answer larger than its ceiling (as JSON): the answer is replaced by one
 * TOO_LARGE error. The ceiling is the last check before an answer leaves, whatever built it: the
 * database's reads (bounded by GRAPHQL_MAX_READ_SIZE), answers kept in the candidate cache, the
 * compiled or the graphql-js execution, an operation over /graphql or one run for a report page
 * (`apollo.executeOperation` runs the plugins too). The read budget cannot see aliases and fields that
 * repeat what was read once, so it does not bound the answer; the cost limit refuses most operations
 * that would pass this before they run.
 */
export function responseCeiling({ maxBytes, maxAnonymousBytes }: ResponseCeilings): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const anonymous = contextValue?.caller?.kind !== 'known';
          const ceiling = anonymous ? Math.min(maxAnonymousBytes, maxBytes) : maxBytes;
          const size = Buffer.byteLength(JSON.stringify(response.body.singleResult));
          if (size <= ceiling) return;
          const limit = anonymous ? `de grens zonder sleutel of token is ${ceiling}` : `de grens is ${ceiling}`;
          response.body.singleResult = {
            errors: [
              {
                message:
                  `Het antwoord is te groot: ${size} bytes, ${limit}. ` +
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
