import { InputError } from './input-error.js';

export const maxPageSize = 100;

/** Which slice of a sorted list a client asked for. */
export interface PageRequest {
  offset: number;
  limit: number;
}

/**
 * Cursors are opaque to clients but simple inside: the base64url of `o:<offset>` in a list
 * with a fixed sort order. A malformed cursor or an out-of-range `first` is the client's
 * error and says so, naming the argument.
 */
export function pageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw new InputError('first', `moet tussen 1 en ${maxPageSize} liggen, niet ${first}`);
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match)
    throw new InputError('after', 'is geen cursor van deze API; geef pageInfo.endCursor van de vorige pagina');
  return Number(match[1]);
}

/** Relay's pageInfo for a page that starts at `offset` and holds `count` of `total` items. */
export function pageInfo(offset: number, count: number, total: number) {
  return {
    hasNextPage: offset + count < total,
    hasPreviousPage: offset > 0,
    startCursor: count > 0 ? encodeCursor(offset) : null,
    endCursor: count > 0 ? encodeCursor(offset + count - 1) : null,
  };
}
