import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestContext } from '../context.js';
import { CallerError } from '../errors.js';
import { parseBookmarkHeader } from '../neo4j/request-bookmarks.js';

/**
 * The header that carries a write's bookmark to the caller and back (see docs/operations.md,
 * several replicas): sent back on a later request, to any process of the service, that request
 * sees the write.
 */
export const bookmarkHeader = 'Neo4j-Bookmark';

/** The bookmarks a request sent back; a header that holds no bookmarks is the caller's mistake (400). */
export function sentBookmarks(headers: IncomingHttpHeaders): string[] {
  const bookmarks = parseBookmarkHeader(headers[bookmarkHeader.toLowerCase()]);
  if (bookmarks === undefined) {
    throw new CallerError(
      `De header ${bookmarkHeader} is geen lijst van bookmarks; stuur de waarde terug die een antwoord van deze dienst gaf.`,
      { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
    );
  }
  return bookmarks;
}

/** Hands a request's bookmark after its writes to the caller: in the header and in `extensions.bookmark`. */
export function bookmarkResponse(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const bookmark = contextValue.bookmarks.afterWrites();
          if (bookmark === undefined) return;
          response.http.headers.set(bookmarkHeader, bookmark);
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmark };
          }
        },
      };
    },
  };
}
