import { createHash, randomBytes } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { unauthenticated } from '../errors.js';
import { jwtVerify, type JWTPayload } from 'jose';
import type { ApiKeyRepository } from '../repositories/api-key-repository.js';
import type { TokenRevocationRepository } from '../repositories/token-revocation-repository.js';
import { anonymous, isRole, type Caller } from './caller.js';

export const apiKeyPrefix = 'ibp_';

export interface AuthSettings {
  anonymousRead: boolean;
  jwtSecret: string | undefined;
  jwtIssuer: string;
  jwtAudience: string;
  /** Seconds a JWT may be valid, from `iat` to `exp`; longer-lived tokens are refused. */
  jwtMaxLifetimeS: number;
}

/** Where credentials are checked: the stored API keys, and the revoked JWTs. */
export interface CredentialStores {
  apiKeys: ApiKeyRepository;
  revocations: TokenRevocationRepository;
}

/** Callers known by an API key have ids in this namespace; a JWT may not claim one. */
export const apiKeyCallerPrefix = 'sleutel:';

/** Characters a token may have: an identity provider's JWT with many claims fits. */
export const maxTokenLength = 16 * 1024;

/** A new random API key (shown once) and the hash that is stored. */
export function newApiKey(): { key: string; hash: string } {
  const key = `${apiKeyPrefix}${randomBytes(32).toString('base64url')}`;
  return { key, hash: hashApiKey(key) };
}

/** SHA-256 suffices: the keys are 256 random bits, so there is nothing to guess or crack. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** The same answer for every bad credential, so it tells an attacker nothing. */
export const badCredentials = (): GraphQLError => unauthenticated('De sleutel of het token ontbreekt of is ongeldig.');

/**
 * Who sends this `Authorization` header: an API key (`Bearer ibp_…`) or a JWT signed with the
 * configured secret, with the expected issuer and audience, an `exp` at most `jwtMaxLifetimeS` after
 * its `iat`, a `rol` claim, a subject outside the API keys' namespace, and not revoked. The scheme
 * is case-insensitive (RFC 9110). No header is anonymous, allowed only when anonymous reading is on.
 */
export async function authenticate(
  header: string | undefined,
  settings: AuthSettings,
  stores: CredentialStores,
): Promise<Caller> {
  if (!header) {
    if (settings.anonymousRead) return anonymous;
    throw badCredentials();
  }
  const match = /^Bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(header);
  const token = match?.[1];
  if (!token || token.length < 10 || token.length > maxTokenLength) throw badCredentials();
  if (token.startsWith(apiKeyPrefix)) {
    const stored = await stores.apiKeys.findActiveByHash(hashApiKey(token));
    if (!stored || !isRole(stored.rol)) throw badCredentials();
    return { kind: 'known', id: `${apiKeyCallerPrefix}${stored.id}`, role: stored.rol, via: 'api-key' };
  }
  if (!settings.jwtSecret) throw badCredentials();
  const payload = await verifiedClaims(token, settings);
  const subject = payload.sub;
  if (!isRole(payload.rol) || typeof subject !== 'string' || subject.startsWith(apiKeyCallerPrefix)) {
    throw badCredentials();
  }
  const id = typeof payload.jti === 'string' ? payload.jti : undefined;
  if (await stores.revocations.isRevoked({ id, subject, issuedAt: payload.iat! })) throw badCredentials();
  return { kind: 'known', id: subject, role: payload.rol, via: 'jwt' };
}

/** The claims of a JWT whose signature, issuer, audience, times and lifetime hold; else bad credentials. */
async function verifiedClaims(token: string, settings: AuthSettings): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(settings.jwtSecret), {
      issuer: settings.jwtIssuer,
      audience: settings.jwtAudience,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'iat', 'sub'],
      // Also refuses an `iat` in the future.
      maxTokenAge: settings.jwtMaxLifetimeS,
    });
    if (payload.exp! - payload.iat! > settings.jwtMaxLifetimeS) throw badCredentials();
    return payload;
  } catch {
    throw badCredentials();
  }
}
