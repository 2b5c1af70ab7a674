import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The policy of every answer that is not a page (JSON, scripts, the schema, metrics, errors): it
 * loads nothing, is framed nowhere and sets no base, so an answer a browser is tricked into
 * rendering as a document can do nothing. The pages (IDE, verkenner, start page, reports) replace
 * it with their own full policy.
 */
export const denyAllPolicy = { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"] };

/**
 * The headers every answer carries: helmet's defaults with the deny-all policy above,
 * `Referrer-Policy: no-referrer` and `X-Frame-Options: DENY`. Strict-Transport-Security is left to
 * the TLS proxy in front of the service: over plain HTTP on a shared host name it would pin HTTPS for
 * every other service there. The rest of helmet's defaults (Cross-Origin-Opener-Policy and
 * Cross-Origin-Resource-Policy `same-origin`, Origin-Agent-Cluster, X-DNS-Prefetch-Control,
 * X-Download-Options, X-Permitted-Cross-Domain-Policies, X-XSS-Protection: 0) harm nothing the
 * service serves: its pages load only their own assets, and other origins call the API with CORS,
 * which Cross-Origin-Resource-Policy does not restrict (test/e2e/cors.browser.test.ts).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: denyAllPolicy },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
