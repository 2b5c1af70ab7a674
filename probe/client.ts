/* Talking to the probed service: GraphQL requests with their status, time and size, and tokens. */
import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';

export interface Answer {
  status: number;
  ms: number;
  bytes: number;
  /** The JSON body, or undefined when it was not JSON. */
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } | undefined;
  headers: Headers;
  /** Set when no answer came: the request failed or passed its time. */
  failure?: string;
}

export class Client {
  readonly jwtSecret = randomBytes(32).toString('hex');

  constructor(readonly baseUrl: string) {}

  /** Sends a request and waits at most `timeoutMs` for the whole answer. */
  async send(path: string, init: RequestInit = {}, timeoutMs = 120_000): Promise<Answer> {
    const started = performance.now();
    try {
      const response = await fetch(`${this.baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      const text = await response.text();
      let body: Answer['body'];
      try {
        body = JSON.parse(text) as Answer['body'];
      } catch {
        body = undefined;
      }
      const ms = performance.now() - started;
      return { status: response.status, ms, bytes: Buffer.byteLength(text), body, headers: response.headers };
    } catch (error) {
      const ms = performance.now() - started;
      return { status: 0, ms, bytes: 0, body: undefined, headers: new Headers(), failure: String(error) };
    }
  }

  graphql(query: string, variables: Record<string, unknown> = {}, authorization?: string, timeoutMs?: number) {
    return this.send(
      '/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
        body: JSON.stringify({ query, variables }),
      },
      timeoutMs,
    );
  }

  /** An analyst's Cypher, as the `cypher` field runs it. */
  cypher(query: string, authorization: string, timeoutMs?: number) {
    return this.graphql(
      'query($q: String!) { cypher(query: $q) { aantalRijen rijen } }',
      { q: query },
      authorization,
      timeoutMs,
    );
  }

  /** A Bearer header with a JWT of these claims; `lifetime` seconds from now unless the claims say. */
  async jwt(claims: Record<string, unknown>, lifetime = 3600): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      iss: 'ibp-graph',
      aud: 'ibp-graph',
      iat: now,
      exp: now + lifetime,
      jti: randomUUID(),
      ...claims,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(this.jwtSecret));
    return `Bearer ${token}`;
  }
}

/** The code of an answer's first error, if any. */
export const codeOf = (answer: Answer): string | undefined => answer.body?.errors?.[0]?.extensions?.code;
