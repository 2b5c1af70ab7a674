import { refuseUnsafePlan, refuseUnsafeText } from '../graph/cypher-guard.js';
import { InputError } from '../graph/input-error.js';
import type { PlanningRunner } from '../neo4j/database.js';
import { DatabaseError } from '../neo4j/errors.js';

export interface CypherSettings {
  /** Transaction timeout of an analyst's query (CYPHER_TIMEOUT_MS). */
  timeoutMs: number;
  /** Rows returned at most (CYPHER_MAX_ROWS); the rest is not read. */
  maxRows: number;
}

export const defaultCypherSettings: CypherSettings = { timeoutMs: 5_000, maxRows: 1_000 };

/** The answer to an analyst's query, as the API returns it. */
export interface CypherAnswer {
  kolommen: string[];
  rijen: Array<Record<string, unknown>>;
  aantalRijen: number;
  afgekapt: boolean;
  duurMs: number;
}

/**
 * Runs analysts' own Cypher, read-only. The query text is the analyst's, not ours: it passes the
 * text check, then Neo4j's plan is checked (cypher-guard.ts), and only then does it run, in a
 * read-only transaction with a timeout, under the database's memory limit per transaction, with
 * its rows capped. Parameters are always passed as parameters.
 */
export class CypherRepository {
  constructor(
    private readonly database: PlanningRunner,
    private readonly settings: CypherSettings = defaultCypherSettings,
  ) {}

  async run(query: string, parameters: Record<string, unknown>): Promise<CypherAnswer> {
    const started = performance.now();
    refuseUnsafeText(query);
    const plan = await this.database
      .explain('analyst cypher: plan', query, parameters, { timeoutMs: this.settings.timeoutMs })
      .catch((error: unknown) => {
        throw this.toCypherError(error, 'Neo4j kan deze query niet plannen: ');
      });
    refuseUnsafePlan(plan);
    const result = await this.database
      .readCapped('analyst cypher', query, parameters, {
        timeoutMs: this.settings.timeoutMs,
        maxRows: this.settings.maxRows,
      })
      .catch((error: unknown) => {
        throw this.toCypherError(error, '');
      });
    return {
      kolommen: result.keys,
      rijen: result.rows,
      aantalRijen: result.rows.length,
      afgekapt: result.truncated,
      duurMs: Math.round(performance.now() - started),
    };
  }

  /**
   * What went wrong with the analyst's query, said to the analyst: Neo4j's own message for a
   * mistake in the query, TIMEOUT for one that ran too long. An unreachable database stays a
   * DatabaseError, which the error formatter reports as SERVICE_UNAVAILABLE.
   */
  private toCypherError(error: unknown, prefix: string): unknown {
    if (!(error instanceof DatabaseError)) return error;
    if (error.kind === 'TIMEOUT') {
      return new AnalystQueryTimeout(this.settings.timeoutMs);
    }
    if (error.kind === 'MEMORY') {
      return new InputError(
        'query',
        `had meer geheugen nodig dan één query mag gebruiken en is gestopt; aggregeer of sorteer minder rijen, of voeg een LIMIT toe (${error.message})`,
      );
    }
    if (error.kind === 'CLIENT') return new InputError('query', `${prefix}${error.message}`);
    return error;
  }
}

/** An analyst's query stopped at its timeout; reaches the caller as TIMEOUT, with what to do about it. */
class AnalystQueryTimeout extends Error {
  readonly extensions = { code: 'TIMEOUT' };

  constructor(timeoutMs: number) {
    super(`De query liep langer dan ${timeoutMs} ms en is gestopt; beperk haar (een label, een id, een LIMIT).`);
    this.name = 'AnalystQueryTimeout';
  }
}
