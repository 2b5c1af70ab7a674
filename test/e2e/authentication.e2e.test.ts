import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newApiKey } from '../../src/auth/authenticate.js';
import { ApiKeyRepository } from '../../src/repositories/api-key-repository.js';
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
