import { createHash, randomUUID } from 'node:crypto';
import type { Caller } from '../auth/caller.js';
import { badUserInput } from '../errors.js';
import { isConstraintViolation } from '../neo4j/errors.js';
import type { ChangeRow, RecordingRepository, RecordingStore } from '../repositories/recording-repository.js';
import { idempotencyKey, parseInput } from './recording-input.js';

/** Who makes a change: a caller known by a token. */
export type Author = Extract<Caller, { kind: 'known' }>;

/** What one mutation did, for the audit trail and the answer. */
export interface Outcome {
  soort: ChangeRow['soort'];
  /** The node id, or the relation key `van>TYPE>naar`. */
  onderwerp: string;
  knooppunten: string[];
  reden?: string;
  voor: unknown;
  na: unknown;
}

/** What a mutation's work function gets: the open transaction, who acts, and one clock reading. */
export interface Work {
  store: RecordingStore;
  author: Author;
  /** The moment of this change (ISO 8601, UTC), the same for every fact it writes. */
  now: string;
}

export interface RecordingResult {
  change: ChangeRow;
  /** True when the idempotency key was seen before and nothing was done again. */
  replayed: boolean;
}

/**
 * Runs a mutation: in one write transaction, it checks the idempotency key, does the work and
 * appends the change to the audit trail; all of it commits or none does.
 *
 * Without a key from the client the change still gets one of its own, so that when the driver
 * retries the transaction after a lost commit acknowledgement, the retry finds the change
 * already made and does not make it twice.
 */
export class Recorder {
  constructor(private readonly repository: RecordingRepository) {}

  async record(
    mutation: string,
    author: Author,
    args: { invoer: unknown; idempotentieSleutel?: string | null },
    work: (work: Work) => Promise<Outcome>,
  ): Promise<RecordingResult> {
    const key =
      args.idempotentieSleutel == null
        ? randomUUID()
        : parseInput(idempotencyKey, args.idempotentieSleutel, 'idempotentieSleutel');
    const idempotentie = callerScopedKey(author, key);
    const invoerHash = createHash('sha256')
      .update(JSON.stringify([mutation, args.invoer]))
      .digest('hex');
    const attempt = () =>
      this.repository.inTransaction(mutation, async (store) => {
        const earlier = await store.findChange(idempotentie);
        if (earlier) return replay(earlier, invoerHash);
        const outcome = await work({ store, author, now: new Date().toISOString() });
        const change: ChangeRow = {
          id: randomUUID(),
          soort: outcome.soort,
          mutatie: mutation,
          door: author.id,
          rol: author.role,
          via: author.via,
          op: new Date().toISOString(),
          onderwerp: outcome.onderwerp,
          knooppunten: [...new Set(outcome.knooppunten)].sort(),
          reden: outcome.reden ?? null,
          voor: outcome.voor === null ? null : JSON.stringify(outcome.voor),
          na: outcome.na === null ? null : JSON.stringify(outcome.na),
          idempotentie,
          invoerHash,
        };
        await store.appendChange(change);
        return { change, replayed: false };
      });
    try {
      return await attempt();
    } catch (error) {
      // The same key sent twice at once: the later request waited for the earlier one and then
      // failed its checks (a duplicate) or the key's constraint; it is a replay all the same.
      const earlier = await this.repository.findChange(idempotentie);
      if (earlier) return replay(earlier, invoerHash);
      // Two new facts with the same readable id at once: the later one tries again with the next id.
      if (isConstraintViolation(error, 'id')) return attempt();
      throw error;
    }
  }
}

/**
 * The key as stored: the caller's namespace (how it signed in), its id and the key it sent, so that
 * two callers never share a key: an API key's id, a JWT subject and a name given on the command line
 * may be spelt alike. Keys stored before the namespace was added are moved over by a migration
 * (`idempotency keys namespaced by how the caller signed in`).
 */
export function callerScopedKey(author: Pick<Author, 'id' | 'via'>, key: string): string {
  return `${author.via}:${author.id}|${key}`;
}

function replay(earlier: ChangeRow, invoerHash: string): RecordingResult {
  if (earlier.invoerHash !== invoerHash) {
    throw badUserInput(
      'idempotentieSleutel',
      'is al gebruikt voor een ander verzoek; gebruik een nieuwe sleutel voor een nieuwe wijziging',
    );
  }
  return { change: earlier, replayed: true };
}
