import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.js';
import type { LogLine } from './service-process.js';

/** A logger at `level` whose lines are kept, parsed, in `lines`, for tests that check what the service reports. */
export function capturingLogger(level = 'info'): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const capture = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: createLogger(level, capture), lines };
}
