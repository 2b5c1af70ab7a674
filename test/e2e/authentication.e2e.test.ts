import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newApiKey } from '../../src/auth/authenticate.js';
import { SignJWT } from 'jose';
import { ApiKeyRepository } from '../../src/repositories/api-key-repository.js';
import { TokenRevocationRepository } from '../../src/repositories/token-revocation-repository.js';
import { connectTestDatabase } from '../support/database.js';
import { startTestService, type RunningService } from '../support/service.js';
import { signToken, testJwtSecret, type TokenOptions } from '../support/tokens.js';

/** A JWT for the caller jan. */
const jwt = (claims: Record<string, unknown>, options: TokenOptions = {}) =>
  signToken(claims, { subject: 'jan', ...options });
const database = connectTestDatabase();
const keys = new ApiKeyRepository(database);
let open: RunningService;
let closed: RunningService;
let liaisonKey: string;
let revokedKey: string;
const madeKeys: string[] = [];

async function makeKey(rol: 'liaison' | 'analist'): Promise<{ id: string; key: string }> {
  const { key, hash } = newApiKey();
  const id = `test-${randomUUID()}`;
  await keys.create({ id, naam: 'test', rol, hash });
  madeKeys.push(id);
  return { id, key };
}

beforeAll(async () => {
  open = await startTestService({ AUTH_JWT_SECRET: testJwtSecret });
  closed = await startTestService({ AUTH_JWT_SECRET: testJwtSecret, AUTH_ANONYMOUS_READ: 'false' });
  liaisonKey = (await makeKey('liaison')).key;
  const revoked = await makeKey('analist');
  revokedKey = revoked.key;
  await keys.revoke(revoked.id);
});
afterAll(async () => {
  await database.write('remove test keys', 'MATCH (k:ApiSleutel) WHERE k.id IN $ids DELETE k', { ids: madeKeys });
  await database.write(
    'remove test revocations',
    "MATCH (t:TokenIntrekking) WHERE t.id STARTS WITH 'jti:test-' OR t.onderwerp STARTS WITH 'test-' DELETE t",
    {},
  );
  await open.stop();
  await closed.stop();
  await database.close();
});

async function ask(service: RunningService, authorization?: string) {
  const response = await fetch(`${service.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
    body: JSON.stringify({ query: '{ opgaven { totalCount } }' }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    },
  };
}

describe('reading', () => {
  it('is open to anonymous callers when anonymous reading is on', async () => {
    expect(await ask(open)).toMatchObject({ status: 200, body: { data: { opgaven: { totalCount: 10 } } } });
  });

  it('needs credentials when anonymous reading is off', async () => {
    const response = await ask(closed);
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]).toMatchObject({
      message: 'De sleutel of het token ontbreekt of is ongeldig.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('accepts an API key and a valid JWT', async () => {
    expect((await ask(closed, `Bearer ${liaisonKey}`)).status).toBe(200);
    expect((await ask(closed, `Bearer ${await jwt({ rol: 'analist' })}`)).status).toBe(200);
  });
});

describe('wrong credentials get the same UNAUTHENTICATED, even where reading is open', () => {
  it.each([
    ['an unknown API key', () => Promise.resolve(`Bearer ${newApiKey().key}`)],
    ['a revoked API key', () => Promise.resolve(`Bearer ${revokedKey}`)],
    [
      'a JWT signed with another secret',
      async () =>
        `Bearer ${await jwt({ rol: 'liaison' }, { secret: 'another-secret-that-is-long-enough-0123456789' })}`,
    ],
    ['a JWT from another issuer', async () => `Bearer ${await jwt({ rol: 'liaison' }, { issuer: 'elders' })}`],
    ['a JWT for another audience', async () => `Bearer ${await jwt({ rol: 'liaison' }, { audience: 'elders' })}`],
    ['an expired JWT', async () => `Bearer ${await jwt({ rol: 'liaison' }, { expires: '-1m' })}`],
    ['a JWT without a known role', async () => `Bearer ${await jwt({ rol: 'koning' })}`],
    ['a header that is not a bearer token', () => Promise.resolve('Basic YWRtaW46YWRtaW4=')],
    [
      'a JWT that claims an API key as its subject (D9)',
      async () => `Bearer ${await jwt({ rol: 'liaison' }, { subject: 'sleutel:1' })}`,
    ],
    ['a JWT valid for a year (D10)', async () => `Bearer ${await jwt({ rol: 'liaison' }, { expires: '365d' })}`],
    ['a JWT without an expiry (D10)', () => signed({ rol: 'liaison', sub: 'jan', iat: now() })],
    ['a JWT without iat (D10)', () => signed({ rol: 'liaison', sub: 'jan', exp: now() + 60 })],
    [
      'a JWT issued in the future (D10)',
      () => signed({ rol: 'liaison', sub: 'jan', iat: now() + 3600, exp: now() + 7200 }),
    ],
    ['a token over 16,384 characters', () => Promise.resolve(`Bearer ibp_${'a'.repeat(16_400)}`)],
  ])('%s', async (_name, header) => {
    const response = await ask(open, await header());
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      errors: [
        { message: 'De sleutel of het token ontbreekt of is ongeldig.', extensions: { code: 'UNAUTHENTICATED' } },
      ],
    });
  });
});

/** Seconds since 1970, as JWTs count. */
const now = () => Math.floor(Date.now() / 1000);

/** A JWT with exactly these claims (and the service's issuer and audience), as a Bearer header. */
async function signed(claims: Record<string, unknown>): Promise<string> {
  const token = await new SignJWT({ iss: 'ibp-graph', aud: 'ibp-graph', ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(testJwtSecret));
  return `Bearer ${token}`;
}

describe('the Bearer scheme and long tokens (D10)', () => {
  it.each(['bearer', 'BEARER', 'bEaReR'])('accepts the scheme written %s', async (scheme) => {
    expect((await ask(closed, `${scheme} ${liaisonKey}`)).status).toBe(200);
    expect((await ask(closed, `${scheme} ${await jwt({ rol: 'analist' })}`)).status).toBe(200);
  });

  it('accepts a JWT of about 12 KB, with many claims', async () => {
    const groups = Array.from({ length: 400 }, (_, index) => `groep-${index}-${'x'.repeat(16)}`);
    const token = await jwt({ rol: 'analist', groepen: groups });
    expect(token.length).toBeGreaterThan(12_000);
    expect(token.length).toBeLessThan(16_384);
    expect((await ask(closed, `Bearer ${token}`)).status).toBe(200);
  });
});

describe('revoked JWTs (D10)', () => {
  const revocations = new TokenRevocationRepository(database);

  it('refuses a JWT revoked by its jti, and no other', async () => {
    const revoked = await jwt({ rol: 'analist', jti: 'test-ingetrokken' });
    const other = await jwt({ rol: 'analist', jti: 'test-geldig' });
    expect((await ask(closed, `Bearer ${revoked}`)).status).toBe(200);
    await revocations.revokeId('test-ingetrokken', 'test');
    expect((await ask(closed, `Bearer ${revoked}`)).status).toBe(401);
    expect((await ask(closed, `Bearer ${other}`)).status).toBe(200);
  });

  it("refuses a subject's JWTs issued before an instant, and not those issued after or another's", async () => {
    const earlier = await jwt({ rol: 'analist' }, { subject: 'test-piet' });
    const colleague = await jwt({ rol: 'analist' }, { subject: 'test-kees' });
    await revocations.revokeIssuedBefore(now() + 1, 'test-piet', 'test');
    expect((await ask(closed, `Bearer ${earlier}`)).status).toBe(401);
    expect((await ask(closed, `Bearer ${colleague}`)).status).toBe(200);
    const later = await signed({ rol: 'analist', sub: 'test-piet', iat: now() + 2, exp: now() + 600 });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect((await ask(closed, later)).status).toBe(200);
  });
});
