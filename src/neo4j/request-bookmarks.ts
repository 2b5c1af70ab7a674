import type { BookmarkManager } from 'neo4j-driver';

/**
 * The bookmarks of one request. Neo4j's bookmarks give read-your-writes: a transaction sent a
 * bookmark waits until the database has applied the transaction it names. The driver keeps them
 * per process, which is enough for one process; with several replicas of the service, a caller's
 * write may have gone through another process. So a request waits for the process's own bookmarks
 * and for those the caller sent back (from an earlier answer, see docs/operations.md), and keeps
 * the bookmark its last write got, to hand back to the caller.
 *
 * What the database returns goes on to the process's manager too, so later requests wait for it.
 */
export class RequestBookmarks implements BookmarkManager {
  private latest: readonly string[] = [];
  private wrote = false;

  constructor(
    private readonly shared: BookmarkManager,
    private readonly sent: readonly string[] = [],
  ) {}

  async getBookmarks(): Promise<Iterable<string>> {
    return new Set([...(await this.shared.getBookmarks()), ...this.sent]);
  }

  async updateBookmarks(previous: Iterable<string>, next: Iterable<string>): Promise<void> {
    this.latest = [...next];
    await this.shared.updateBookmarks(previous, this.latest);
  }

  /** Whether the caller sent bookmarks back: it wrote through another process and must read that write. */
  get sentByCaller(): boolean {
    return this.sent.length > 0;
  }

  /** Called before a write: from then on the request has a bookmark worth handing back. */
  noteWrite(): void {
    this.wrote = true;
  }

  /** The bookmark after this request's writes, as one header value; undefined when it wrote nothing. */
  afterWrites(): string | undefined {
    return this.wrote && this.latest.length > 0 ? [...this.latest].sort().join(', ') : undefined;
  }
}

/** Most bookmarks a caller may send in one request: one per database, and this service uses one. */
const maxSentBookmarks = 8;
/** Neo4j's bookmarks are short base64-like tokens; anything else is refused before it reaches the driver. */
const bookmarkPattern = /^[A-Za-z0-9:+/=._-]{1,512}$/;

/**
 * The bookmarks in a `Neo4j-Bookmark` header (comma-separated, as `afterWrites` writes them);
 * undefined when the header is not of that form.
 */
export function parseBookmarkHeader(header: string | string[] | undefined): string[] | undefined {
  if (header === undefined) return [];
  const values = (Array.isArray(header) ? header.join(',') : header)
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
  if (values.length > maxSentBookmarks || !values.every((value) => bookmarkPattern.test(value))) return undefined;
  return values;
}
