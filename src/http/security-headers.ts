import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The headers every answer carries: `nosniff`, `Referrer-Policy: no-referrer`, no framing, and a
 * content security policy that allows nothing, which the IDE, verkenner and start page replace
 * with their own. Strict-Transport-Security is left to the TLS proxy in front of the service: over
 * plain HTTP on a shared host name it would pin HTTPS for every other service there.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"] },
    },
    frameguard: { action: 'deny' },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
}
