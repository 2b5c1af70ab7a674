import { describe, expect, it } from 'vitest';
import { anonymous } from '../../src/auth/caller.js';
import { budgetKey, CallerBudgets } from '../../src/http/rate-limit.js';

const refusal = (message: RegExp) =>
  expect.objectContaining({
    message: expect.stringMatching(message),
    extensions: expect.objectContaining({ code: 'RATE_LIMITED', http: expect.objectContaining({ status: 429 }) }),
  });

describe('budgetKey', () => {
  it('keeps API keys, token subjects and addresses apart', () => {
    expect(budgetKey({ kind: 'known', id: 'sleutel:1', role: 'liaison', via: 'api-key' }, '10.0.0.1')).toBe(
      'api-key:sleutel:1',
    );
    expect(budgetKey({ kind: 'known', id: 'sleutel:1', role: 'liaison', via: 'jwt' }, '10.0.0.1')).toBe(
      'jwt:sleutel:1',
    );
    expect(budgetKey(anonymous, '10.0.0.1')).toBe('adres:10.0.0.1');
  });

  it('counts IPv6 addresses per /56 block', () => {
    expect(budgetKey(anonymous, '2001:db8:0:1::1')).toBe(budgetKey(anonymous, '2001:db8:0:2::9'));
    expect(budgetKey(anonymous, '2001:db8:0:1::1')).not.toBe(budgetKey(anonymous, '2001:db8:1:1::1'));
  });
});

describe('CallerBudgets', () => {
  it('admits a number of requests per caller, each caller apart', async () => {
    const budgets = new CallerBudgets({ requestsPerMinute: 2, costPerMinute: 0 });
    await budgets.admit('a');
    await budgets.admit('a');
    await expect(budgets.admit('a')).rejects.toEqual(refusal(/^Te veel verzoeken: hoogstens 2 per minuut/));
    await budgets.admit('b');
  });

  it('spends cost, refuses what does not fit without spending it, and admits nobody once it is spent', async () => {
    const budgets = new CallerBudgets({ requestsPerMinute: 0, costPerMinute: 100 });
    await budgets.spend('a', 70);
    await expect(budgets.spend('a', 40)).rejects.toEqual(
      refusal(/^Deze operatie kost 40 punten; van het budget van 100 per minuut zijn er nog 30\./),
    );
    await budgets.spend('a', 30);
    await expect(budgets.admit('a')).rejects.toEqual(refusal(/^Het budget van 100 punten per minuut is op/));
    await budgets.admit('b');
  });

  it('limits nothing when both budgets are 0', async () => {
    const budgets = new CallerBudgets({ requestsPerMinute: 0, costPerMinute: 0 });
    for (let i = 0; i < 1000; i++) await budgets.admit('a');
    await budgets.spend('a', 1e12);
  });
});
