import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The headers every answer carries: `X-Content-Type-Options: nosniff`, `Referrer-Policy:
 * no-referrer` and no framing. The pages (IDE, verkenner, start page) set their own content
 * security policy. helmet's other defaults are off: with them the verkenner's candidate and area
 * views did not draw in the browser tests, and Strict-Transport-Security belongs to the TLS proxy.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: false,
    crossOriginOpenerPolicy: false,
    crossOriginResourcePolicy: false,
    originAgentCluster: false,
    strictTransportSecurity: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
