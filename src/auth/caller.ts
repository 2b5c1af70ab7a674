import { forbidden, unauthenticated } from '../errors.js';

/** The roles of the service: liaisons write, analysts read and run Cypher, beheerders do everything. */
export const roles = ['liaison', 'analist', 'beheerder'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** Who is asking: someone known by a token, with a role, or nobody in particular. */
export type Caller =
  { kind: 'anonymous' } | { kind: 'known'; id: string; role: Role; via: 'api-key' | 'jwt' | 'opdrachtregel' };

export const anonymous: Caller = { kind: 'anonymous' };

/** The roles that may read the audit trail, and so who recorded a fact (a beheerder too). */
export const auditTrailReaders: readonly Role[] = ['liaison', 'analist'];

/** Whether the caller may see who recorded what: an identifier of a person or a key is not for everyone. */
export function mayReadAuditTrail(caller: Caller): boolean {
  return caller.kind === 'known' && (caller.role === 'beheerder' || auditTrailReaders.includes(caller.role));
}

/**
 * Throws FORBIDDEN unless the caller has one of the roles (a beheerder has them all);
 * anonymous callers get UNAUTHENTICATED, since credentials would help them.
 */
export function requireRole(caller: Caller, ...allowed: Role[]): Extract<Caller, { kind: 'known' }> {
  if (caller.kind === 'anonymous') {
    throw unauthenticated('Hiervoor is een sleutel of token nodig.');
  }
  if (caller.role !== 'beheerder' && !allowed.includes(caller.role)) {
    throw forbidden('Dit mag niet met jouw rol.');
  }
  return caller;
}
