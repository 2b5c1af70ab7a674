import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql, startTestService, type RunningService } from '../support/service.js';
import { testJwtSecret, tokenFor } from '../support/tokens.js';

let direct: RunningService;
let behindProxy: RunningService;
let costly: RunningService;

beforeAll(async () => {
  direct = await startTestService({ RATE_LIMIT_PER_MINUTE: '3', AUTH_JWT_SECRET: testJwtSecret });
  behindProxy = await startTestService({ RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '1' });
  costly = await startTestService({ RATE_LIMIT_COST_PER_MINUTE: '100000', GRAPHQL_MAX_COST: '100000' });
});
afterAll(async () => {
  await direct?.stop();
  await behindProxy?.stop();
  await costly?.stop();
});

const cheap = { query: '{ __typename }' };
const statusesOf = async (service: RunningService, headers: Array<Record<string, string>>, body = cheap) => {
  const statuses: number[] = [];
  for (const header of headers) statuses.push((await postGraphql(service.baseUrl, body, header)).status);
  return statuses;
};

describe('with no proxy trusted', () => {
  it('counts requests by the socket address, whatever X-Forwarded-For, X-Real-IP or Forwarded claim', async () => {
    const spoofed: Array<Record<string, string>> = [
      { 'x-forwarded-for': '203.0.113.1' },
      { 'x-forwarded-for': '203.0.113.2' },
      { 'x-real-ip': '203.0.113.3' },
      { forwarded: 'for=203.0.113.4' },
      { 'x-forwarded-for': '203.0.113.5, 198.51.100.9' },
    ];
    expect(await statusesOf(direct, spoofed)).toEqual([200, 200, 200, 429, 429]);

    const refused = await fetch(`${direct.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.6' },
      body: JSON.stringify(cheap),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^Te veel verzoeken: hoogstens 3 per minuut per sleutel, token of adres\./),
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    });
  });

  it('gives each authenticated caller a budget of its own, apart from its address', async () => {
    const jan = { authorization: `Bearer ${await tokenFor('liaison', 'jan')}` };
    const piet = { authorization: `Bearer ${await tokenFor('liaison', 'piet')}` };
    expect(await statusesOf(direct, [jan, jan, jan, jan])).toEqual([200, 200, 200, 429]);
    expect(await statusesOf(direct, [piet])).toEqual([200]);
  });

  it('counts a refused credential against the address it came from', async () => {
    const fresh = await startTestService({ RATE_LIMIT_PER_MINUTE: '2', AUTH_JWT_SECRET: testJwtSecret });
    try {
      const wrong = { authorization: 'Bearer ibp_not-a-key-at-all' };
      expect(await statusesOf(fresh, [wrong, wrong, wrong])).toEqual([401, 401, 429]);
      expect(await statusesOf(fresh, [{}])).toEqual([429]);
    } finally {
      await fresh.stop();
    }
  });

  it('leaves the health probes unlimited', async () => {
    for (let i = 0; i < 5; i++) expect((await fetch(`${direct.baseUrl}/healthz`)).status).toBe(200);
  });
});

describe('behind one trusted proxy (TRUST_PROXY=1)', () => {
  it('counts each client address the proxy reports, not the proxy', async () => {
    const client = (address: string) => ({ 'x-forwarded-for': address });
    const one = client('203.0.113.10');
    expect(await statusesOf(behindProxy, [one, one, one, one])).toEqual([200, 200, 200, 429]);
    expect(await statusesOf(behindProxy, [client('203.0.113.11')])).toEqual([200]);
  });

  it('reads only the address the proxy itself added, so what a client puts in front of it changes nothing', async () => {
    const spoofed = (forged: string) => ({ 'x-forwarded-for': `${forged}, 203.0.113.20` });
    expect(
      await statusesOf(behindProxy, [spoofed('1.1.1.1'), spoofed('1.1.1.2'), spoofed('1.1.1.3'), spoofed('1.1.1.4')]),
    ).toEqual([200, 200, 200, 429]);
  });
});

describe('the cost budget', () => {
  // Ten opgaven, each with up to a hundred themes: priced far above a plain field, below GRAPHQL_MAX_COST.
  const expensive = {
    query: '{ opgaven(first: 100) { edges { node { naam themas(first: 100) { edges { node { naam } } } } } } }',
  };

  it('is spent by what each operation costs, not by the number of requests', async () => {
    const statuses = await statusesOf(
      costly,
      Array.from({ length: 12 }, () => ({})),
      expensive,
    );
    const accepted = statuses.filter((status) => status === 200).length;
    expect(accepted).toBeGreaterThanOrEqual(1);
    expect(accepted).toBeLessThan(12);
    expect(statuses.slice(accepted).every((status) => status === 429)).toBe(true);

    const refused = await postGraphql(costly.baseUrl, expensive);
    expect(refused).toMatchObject({
      status: 429,
      body: {
        errors: [
          {
            message: expect.stringMatching(/^Deze operatie kost \d+ punten; van het budget van 100000 per minuut/),
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      },
    });
    // A refused operation costs nothing, and cheap ones still fit in what is left.
    expect(
      await statusesOf(
        costly,
        Array.from({ length: 20 }, () => ({})),
      ),
    ).toEqual(Array(20).fill(200));
  });
});
