import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type RunningService } from '../support/service.js';

let service: RunningService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(async () => {
  await service.stop();
});

/**
 * The GraphQL-over-HTTP audits of graphql-http. Every MUST passes; the SHOULDs and MAYs that
 * do not are listed in docs/operations.md with the reason, and pinned here so a change is noticed.
 */
const audits = serverAudits({ url: () => `${service.baseUrl}/graphql`, fetchFn: fetch });
const knownShouldFailures = new Set<string>([
  // GETs with variables, and form-encoded GETs: Apollo's CSRF prevention refuses a GET without a
  // preflight-forcing header (such as apollo-require-preflight), which the audit does not send.
  '5A70',
  'D6D5',
  '6A70',
  // 400 rather than 200 for parse, validation and variable errors under application/json:
  // Apollo Server answers these with 400 whatever the Accept header, which clients handle fine.
  '572B',
  'FDE2',
  '7B9B',
]);

describe('GraphQL over HTTP (graphql-http audits)', () => {
  for (const audit of audits) {
    it(`${audit.name}`, async () => {
      const result = await audit.fn();
      if (result.status === 'ok') return;
      if (audit.name.startsWith('MUST')) expect.fail(`${audit.name}: ${result.reason}`);
      expect(knownShouldFailures, `${audit.name}: ${result.reason}`).toContain(audit.id);
    });
  }
});
