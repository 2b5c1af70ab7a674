import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs, one object per line, on stdout unless another destination is given. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'ibp-graph' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  // Asynchronous stdout: under load, lines written while one write is pending go out together,
  // instead of one blocking write per line. pino flushes what is left when the process exits.
  return pino(options, destination ?? pino.destination({ dest: 1, sync: false }));
}

/** Seconds since `started` (a `performance.now()`), to one decimal: for progress lines of long jobs. */
export function secondsSince(started: number): number {
  return Math.round((performance.now() - started) / 100) / 10;
}
