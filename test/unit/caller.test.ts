import { describe, expect, it } from 'vitest';
import { anonymous, requireRole, type Caller } from '../../src/auth/caller.js';
import { hashApiKey, newApiKey } from '../../src/auth/authenticate.js';

const known = (role: 'liaison' | 'analist' | 'beheerder'): Caller => ({ kind: 'known', id: 'x', role, via: 'jwt' });

describe('requireRole', () => {
  it('lets a caller with the role through, and a beheerder always', () => {
    expect(requireRole(known('liaison'), 'liaison').id).toBe('x');
    expect(requireRole(known('beheerder'), 'analist').id).toBe('x');
  });

  it('answers FORBIDDEN to a caller with another role', () => {
    expect(() => requireRole(known('analist'), 'liaison')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
  });

  it('answers UNAUTHENTICATED to an anonymous caller', () => {
    expect(() => requireRole(anonymous, 'liaison')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });
});

describe('API keys', () => {
  it('are long random strings with a recognisable prefix, stored only as their hash', () => {
    const one = newApiKey();
    const two = newApiKey();
    expect(one.key).toMatch(/^ibp_[A-Za-z0-9_-]{43}$/);
    expect(one.key).not.toBe(two.key);
    expect(one.hash).toBe(hashApiKey(one.key));
    expect(one.hash).not.toContain(one.key.slice(4, 20));
  });
});
