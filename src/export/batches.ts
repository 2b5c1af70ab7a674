/**
 * The two loops that move a graph in batches: reading it page after page (the export), and deleting
 * it batch after batch (the import's `--wissen`). Each batch is a transaction of its own, so no
 * transaction has to hold a whole graph.
 */

/**
 * The pages that `page` gives, each asked for after the key of the last item of the one before
 * (`first` for the first), until one comes back empty.
 */
export async function* pagesAfter<T, K>(
  page: (after: K) => Promise<T[]>,
  keyOf: (last: T) => K,
  first: K,
): AsyncGenerator<T[]> {
  let after = first;
  for (;;) {
    const items = await page(after);
    const last = items.at(-1);
    if (last === undefined) return;
    yield items;
    after = keyOf(last);
  }
}

/** The items of those pages, one by one. */
export async function* itemsAfter<T, K>(
  page: (after: K) => Promise<T[]>,
  keyOf: (last: T) => K,
  first: K,
): AsyncGenerator<T> {
  for await (const items of pagesAfter(page, keyOf, first)) yield* items;
}

/** Runs `batch` until it does nothing more, and says how much it did in all (what it deleted, say). */
export async function repeatUntilDone(batch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (let done = await batch(); done > 0; done = await batch()) total += done;
  return total;
}
