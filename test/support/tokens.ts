import { SignJWT } from 'jose';
import type { Role } from '../../src/auth/caller.js';

/** The secret test services are started with (`AUTH_JWT_SECRET`), unless a test wants another. */
export const testJwtSecret = 'a-test-secret-that-is-long-enough-0123456789';

export interface TokenOptions {
  subject?: string;
  issuer?: string;
  audience?: string;
  /** When it expires, relative to now, e.g. `1h` (the default) or `-1m` for one already expired. */
  expires?: string;
  secret?: string;
}

/** A JWT with these claims, signed (HS256) for the service's default issuer and audience. */
export function signToken(claims: Record<string, unknown>, options: TokenOptions = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.subject ?? 'test')
    .setIssuer(options.issuer ?? 'ibp-graph')
    .setAudience(options.audience ?? 'ibp-graph')
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '1h')
    .sign(new TextEncoder().encode(options.secret ?? testJwtSecret));
}

/** A JWT for a caller with this role, named `subject`. */
export function tokenFor(rol: Role, subject = `test-${rol}`): Promise<string> {
  return signToken({ rol }, { subject });
}
