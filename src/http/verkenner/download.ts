// Saving what the page made (a picture, a table) as a file, named after the verkenner and the day.

import { h } from './dom.js';

/** Today's date as the file names and captions give it: 2026-12-05. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Offers `blob` as a download named `ibp-verkenner[-what]-<date>.<extension>`. */
export function download(blob: Blob, extension: string, what?: string): void {
  const url = URL.createObjectURL(blob);
  const name = ['ibp-verkenner', what, today()].filter(Boolean).join('-');
  const link = h('a', { href: url, download: `${name}.${extension}` });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
