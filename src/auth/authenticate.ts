import { createHash, randomBytes } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { unauthenticated } from '../errors.js';
import { jwtVerify } from 'jose';
import type { ApiKeyRepository } from '../repositories/api-key-repository.js';
import { anonymous, isRole, type Caller } from './caller.js';

export const apiKeyPrefix = 'ibp_';

export interface AuthSettings {
  anonymousRead: boolean;
  jwtSecret: string | undefined;
  jwtIssuer: string;
  jwtAudience: string;
}

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
 * configured secret, with the expected issuer and audience, unexpired, and a `rol` claim.
 * No header is anonymous, allowed only when anonymous reading is on.
 */
export async function authenticate(
  header: string | undefined,
  settings: AuthSettings,
  apiKeys: ApiKeyRepository,
): Promise<Caller> {
  if (!header) {
    if (settings.anonymousRead) return anonymous;
    throw badCredentials();
  }
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{10,4096})$/.exec(header);
  if (!match) throw badCredentials();
  const token = match[1]!;
  if (token.startsWith(apiKeyPrefix)) {
    const stored = await apiKeys.findActiveByHash(hashApiKey(token));
    if (!stored || !isRole(stored.rol)) throw badCredentials();
    return { kind: 'known', id: `sleutel:${stored.id}`, role: stored.rol, via: 'api-key' };
  }
  if (!settings.jwtSecret) throw badCredentials();
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(settings.jwtSecret), {
      issuer: settings.jwtIssuer,
      audience: settings.jwtAudience,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'sub'],
    });
    if (!isRole(payload.rol) || typeof payload.sub !== 'string') throw badCredentials();
    return { kind: 'known', id: payload.sub, role: payload.rol, via: 'jwt' };
  } catch {
    throw badCredentials();
  }
}
