import type { QueryRunner } from '../neo4j/database.js';

/** Label of a JWT revocation; outside the knowledge graph, so analysts' Cypher never reads it. */
export const revocationLabel = 'TokenIntrekking';

/** What a JWT says of itself that a revocation can name. */
export interface TokenFacts {
  /** Its `jti`, if it has one. */
  id: string | undefined;
  subject: string;
  /** Its `iat`, in seconds since 1970. */
  issuedAt: number;
}

/**
 * Revocations of JWTs, stored in the database so that every replica of the service honours them:
 * one token by its id (`jti`), or every token issued before an instant, for one subject or for all.
 * A revocation matters only while a token it names can still be valid, so at most
 * AUTH_JWT_MAX_LIFETIME_S; the export leaves them out for that reason.
 */
export class TokenRevocationRepository {
  constructor(private readonly database: QueryRunner) {}

  async isRevoked(token: TokenFacts): Promise<boolean> {
    const [row] = await this.database.read<{ revoked: boolean }>(
      'jwt revoked',
      `RETURN EXISTS {
         MATCH (t:${revocationLabel})
         WHERE t.jti = $id OR (t.uitgegevenVoor > $issuedAt AND coalesce(t.onderwerp, $subject) = $subject)
       } AS revoked`,
      { id: token.id ?? null, subject: token.subject, issuedAt: token.issuedAt },
    );
    return row?.revoked === true;
  }

  /** Revokes one token by its `jti`. */
  async revokeId(id: string, reason: string): Promise<void> {
    await this.database.write(
      'revoke jwt by id',
      `MERGE (t:${revocationLabel} {id: 'jti:' + $id}) SET t.jti = $id, t.reden = $reason, t.op = datetime()`,
      { id, reason },
    );
  }

  /** Revokes every token issued before `before` (seconds since 1970), of one subject or, without one, of all. */
  async revokeIssuedBefore(before: number, subject: string | undefined, reason: string): Promise<void> {
    await this.database.write(
      'revoke jwts issued before',
      `MERGE (t:${revocationLabel} {id: 'voor:' + coalesce($subject, '*')})
       SET t.uitgegevenVoor = CASE WHEN t.uitgegevenVoor > $before THEN t.uitgegevenVoor ELSE $before END,
           t.onderwerp = $subject, t.reden = $reason, t.op = datetime()`,
      { before, subject: subject ?? null, reason },
    );
  }
}
