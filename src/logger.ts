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
  return destination ? pino(options, destination) : pino(options);
}
