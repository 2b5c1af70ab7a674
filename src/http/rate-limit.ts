import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';

/**
 * At most `perMinute` GraphQL requests per client address per minute; past that, a 429 in
 * GraphQL's error shape with Retry-After, so a runaway front-end cannot starve the others.
 */
export function graphqlRateLimit(perMinute: number): RequestHandler {
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({
        errors: [
          {
            message: `Te veel verzoeken: hoogstens ${perMinute} per minuut van één adres. Probeer het opnieuw na het aantal seconden in de Retry-After-header.`,
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
    },
  });
}
