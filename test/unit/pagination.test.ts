import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageInfo, pageRequest } from '../../src/graph/pagination.js';

describe('pageRequest', () => {
  it('starts at the beginning with 20 items when nothing is asked', () => {
    expect(pageRequest({})).toEqual({ offset: 0, limit: 20 });
  });

  it('continues after the cursor it was given', () => {
    expect(pageRequest({ first: 5, after: encodeCursor(9) })).toEqual({ offset: 10, limit: 5 });
  });

  it.each([0, -1, 101, 99999999])('refuses first: %i, naming the argument', (first) => {
    expect(() => pageRequest({ first })).toThrow(`first: moet tussen 1 en 100 liggen, niet ${first}`);
  });

  it('refuses a cursor it did not make, naming the argument', () => {
    expect(() => pageRequest({ after: 'not-a-cursor' })).toThrow(/^after: is geen cursor van deze API/);
    expect(() => decodeCursor(Buffer.from('o:-1').toString('base64url'))).toThrow(/after/);
  });
});

describe('pageInfo', () => {
  it('describes a middle page', () => {
    expect(pageInfo(10, 5, 30)).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(10),
      endCursor: encodeCursor(14),
    });
  });

  it('describes the last page and an empty one', () => {
    expect(pageInfo(25, 5, 30).hasNextPage).toBe(false);
    expect(pageInfo(0, 0, 0)).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
