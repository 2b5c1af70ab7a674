import { ipKeyGenerator } from 'express-rate-limit';
import type { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Caller } from '../auth/caller.js';
import { CallerError } from '../errors.js';

export interface RateLimits {
  /** GraphQL requests per caller per minute; 0: not counted. */
  requestsPerMinute: number;
  /** Estimated cost (http/query-cost.ts) per caller per minute; 0: not counted. */
  costPerMinute: number;
}

const windowSeconds = 60;

/**
 * Whose budget a request spends: a known caller's (API key or token subject, in separate
 * namespaces), else the client address as Express gives it through the trusted proxies. IPv6
 * addresses count per /56, the block one household or server gets, or every address of it
 * would be a fresh budget.
 */
export function budgetKey(caller: Caller, clientAddress: string): string {
  return caller.kind === 'known' ? `${caller.via}:${caller.id}` : `adres:${ipKeyGenerator(clientAddress)}`;
}

/**
 * Each caller's budget for the current minute: a number of requests, so a flood of cheap ones
 * cannot starve the others, and an amount of cost, so a few expensive ones cannot either. Kept
 * in this process: with several replicas each counts its own share.
 */
export class CallerBudgets {
  private readonly requests: RateLimiterMemory | undefined;
  private readonly cost: RateLimiterMemory | undefined;

  constructor(private readonly limits: RateLimits) {
    const limiter = (points: number) =>
      points === 0 ? undefined : new RateLimiterMemory({ points, duration: windowSeconds });
    this.requests = limiter(limits.requestsPerMinute);
    this.cost = limiter(limits.costPerMinute);
  }

  /** Counts one request; throws RATE_LIMITED when the caller's requests or cost for this minute are spent. */
  async admit(key: string): Promise<void> {
    if (this.requests) {
      await this.requests.consume(key, 1).catch((refusal: unknown) => {
        throw rateLimited(
          refusal,
          `Te veel verzoeken: hoogstens ${this.limits.requestsPerMinute} per minuut per sleutel, token of adres.`,
        );
      });
    }
    const spent = await this.cost?.get(key);
    if (spent && spent.remainingPoints <= 0) {
      throw rateLimited(
        spent,
        `Het budget van ${this.limits.costPerMinute} punten per minuut is op; elke operatie kost haar geschatte omvang.`,
      );
    }
  }

  /**
   * Spends an operation's estimated cost. One that does not fit in what is left is refused and
   * costs nothing, so a smaller one can still run.
   */
  async spend(key: string, cost: number): Promise<void> {
    if (!this.cost || cost <= 0) return;
    await this.cost.consume(key, cost).catch(async (refusal: unknown) => {
      await this.cost!.reward(key, cost);
      const left =
        refusal instanceof RateLimiterRes ? Math.max(0, this.limits.costPerMinute - refusal.consumedPoints + cost) : 0;
      throw rateLimited(
        refusal,
        `Deze operatie kost ${cost} punten; van het budget van ${this.limits.costPerMinute} per minuut zijn er nog ${left}. ` +
          "Vraag minder (kleinere pagina's met first, minder niveaus) of wacht.",
      );
    });
  }
}

/** A 429 in GraphQL's error shape; Retry-After says when the window turns. */
function rateLimited(refusal: unknown, reason: string): GraphQLError {
  if (!(refusal instanceof RateLimiterRes)) throw refusal;
  const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
  return new CallerError(`${reason} Probeer het opnieuw over ${seconds} seconden (zie de Retry-After-header).`, {
    extensions: {
      code: 'RATE_LIMITED',
      http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
    },
  });
}
