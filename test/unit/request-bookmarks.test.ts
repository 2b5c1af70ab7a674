import { describe, expect, it } from 'vitest';
import { bookmarkManager } from 'neo4j-driver';
import { parseBookmarkHeader, RequestBookmarks } from '../../src/neo4j/request-bookmarks.js';

describe('a request’s bookmarks', () => {
  it('wait for the process’s bookmarks and for those the caller sent back', async () => {
    const shared = bookmarkManager({ initialBookmarks: ['FB:eigen'] });
    const request = new RequestBookmarks(shared, ['FB:van-elders']);
    expect([...(await request.getBookmarks())].sort()).toEqual(['FB:eigen', 'FB:van-elders']);
  });

  it('hand back the bookmark of the last write, and pass it on to the process', async () => {
    const shared = bookmarkManager({ initialBookmarks: ['FB:oud'] });
    const request = new RequestBookmarks(shared);
    await request.updateBookmarks(['FB:oud'], ['FB:gelezen']);
    expect(request.afterWrites()).toBeUndefined();
    request.noteWrite();
    await request.updateBookmarks(['FB:gelezen'], ['FB:geschreven']);
    expect(request.afterWrites()).toBe('FB:geschreven');
    expect([...(await shared.getBookmarks())]).toEqual(['FB:geschreven']);
  });
});

describe('the Neo4j-Bookmark header', () => {
  it('holds bookmarks separated by commas, or none', () => {
    expect(parseBookmarkHeader(undefined)).toEqual([]);
    expect(parseBookmarkHeader('FB:kcwQ+/=, FB:x')).toEqual(['FB:kcwQ+/=', 'FB:x']);
  });

  it('refuses what cannot be a bookmark', () => {
    expect(parseBookmarkHeader('FB:a b')).toBeUndefined();
    expect(parseBookmarkHeader('x'.repeat(513))).toBeUndefined();
    expect(parseBookmarkHeader(Array.from({ length: 9 }, (_, i) => `FB:${i}`).join(','))).toBeUndefined();
  });
});
