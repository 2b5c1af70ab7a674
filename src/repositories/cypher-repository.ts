import { refuseUnsafePlan, refuseUnsafeText } from '../graph/cypher-guard.js';
import { refuseDeepNesting } from '../graph/cypher-nesting.js';
import { dutchCypherMessage } from '../graph/cypher-messages.js';
import { InputError } from '../graph/input-error.js';
import { TooLargeError } from '../graph/too-large-error.js';
import type { PlanningRunner } from '../neo4j/database.js';
import { defaultMaxAnswerBytes, defaultMaxDepth } from '../neo4j/answer-budget.js';
import { AnswerTooLarge, DatabaseError } from '../neo4j/errors.js';

export interface CypherSettings {
  /** Transaction timeout of an analyst's query (CYPHER_TIMEOUT_MS). */
  timeoutMs: number;
  /** Rows returned at most (CYPHER_MAX_ROWS); the rest is not read. */
  maxRows: number;
  /** Bytes an answer may take, counted as it arrives (CYPHER_MAX_SIZE). */
  maxBytes: number;
  /** Levels a returned value may nest (CYPHER_MAX_DEPTH). */
  maxDepth: number;
  /** Records pulled per round trip (CYPHER_FETCH_SIZE). */
  fetchSize: number;
}

export const defaultCypherSettings: CypherSettings = {
  timeoutMs: 5_000,
  maxRows: 1_000,
  maxBytes: defaultMaxAnswerBytes,
  maxDepth: defaultMaxDepth,
  fetchSize: 1,
};

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
 * text checks, then Neo4j's plan is checked (cypher-guard.ts, cypher-nesting.ts), and only then
 * does it run, in a read-only transaction with a timeout, under the database's memory limit per
 * transaction, with its rows, bytes and nesting capped, on connections of its own (see
 * neo4j/analyst-queries.ts). Parameters are always passed as parameters.
 */
export class CypherRepository {
  private readonly settings: CypherSettings;

  /** Settings left out take their defaults (`defaultCypherSettings`). */
  constructor(
    private readonly database: PlanningRunner,
    settings: Partial<CypherSettings> = {},
  ) {
    this.settings = { ...defaultCypherSettings, ...settings };
  }

  async run(query: string, parameters: Record<string, unknown>): Promise<CypherAnswer> {
    const started = performance.now();
    refuseUnsafeText(query);
    refuseDeepNesting(query, this.settings.maxDepth);
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
        maxBytes: this.settings.maxBytes,
        maxDepth: this.settings.maxDepth,
        fetchSize: this.settings.fetchSize,
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
   * mistake in the query, TIMEOUT for one that ran too long (or got no answer), TOO_LARGE for an
   * answer past its limits, and the memory error for one that ran out of memory, whichever memory
   * it was. An unreachable database stays a DatabaseError, which the error formatter reports as
   * SERVICE_UNAVAILABLE.
   */
  private toCypherError(error: unknown, prefix: string): unknown {
    if (!(error instanceof DatabaseError)) return error;
    if (error.kind === 'TIMEOUT') return new AnalystQueryError('TIMEOUT', this.timeoutMessage());
    if (error instanceof AnswerTooLarge) return new TooLargeError(this.tooLargeMessage(error));
    if (error.kind === 'BUSY') {
      return new AnalystQueryError(
        'SERVICE_UNAVAILABLE',
        'Alle verbindingen voor Cypher-query’s van analisten zijn bezet door andere query’s; probeer het zo opnieuw.',
      );
    }
    if (error.kind === 'MEMORY') {
      return new InputError(
        'query',
        'had meer geheugen nodig dan een query mag gebruiken en is gestopt; aggregeer of sorteer minder rijen, ' +
          `bouw geen grote lijsten of teksten op, of voeg een LIMIT toe (${error.message})`,
      );
    }
    if (error.kind === 'CLIENT') return new InputError('query', `${prefix}${dutchCypherMessage(error.message)}`);
    return error;
  }

  private timeoutMessage(): string {
    return (
      `De query liep langer dan ${this.settings.timeoutMs} ms en is gestopt; ` +
      'beperk hem (een label, een id, een LIMIT).'
    );
  }

  private tooLargeMessage(error: AnswerTooLarge): string {
    if (error.limit === 'bytes') {
      return (
        `Het antwoord werd groter dan ${formatBytes(this.settings.maxBytes)} en is afgebroken; ` +
        'vraag minder op (minder kolommen, kortere teksten, een LIMIT).'
      );
    }
    return (
      `Het antwoord bevat een waarde die dieper genest is dan ${this.settings.maxDepth} niveaus, ` +
      'en is afgebroken; geef lijsten en maps minder niveaus.'
    );
  }
}

/** An analyst's query that failed in a way the caller can act on; `code` is what the caller sees. */
class AnalystQueryError extends Error {
  readonly extensions: { code: 'TIMEOUT' | 'SERVICE_UNAVAILABLE' };

  constructor(code: 'TIMEOUT' | 'SERVICE_UNAVAILABLE', message: string) {
    super(message);
    this.name = 'AnalystQueryError';
    this.extensions = { code };
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
