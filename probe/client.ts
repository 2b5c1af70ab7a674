/* Talking to the probed service: GraphQL requests with their status, time and size, and tokens. */
import { randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
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

  /**
   * A GraphQL request sent from another local address (`127.0.0.2`, say: the whole 127/8 is this
   * machine), so that the service sees another client; fetch cannot choose the address it sends from.
   */
  graphqlFrom(localAddress: string, query: string, headers: Record<string, string> = {}): Promise<Answer> {
    const url = new URL(`${this.baseUrl}/graphql`);
    const body = JSON.stringify({ query });
    const started = performance.now();
    return new Promise((resolve) => {
      const sent = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          localAddress,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
          timeout: 60_000,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: Answer['body'];
            try {
              parsed = JSON.parse(text) as Answer['body'];
            } catch {
              parsed = undefined;
            }
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(response.headers)) {
              if (typeof value === 'string') responseHeaders.set(name, value);
            }
            const ms = performance.now() - started;
            resolve({
              status: response.statusCode ?? 0,
              ms,
              bytes: Buffer.byteLength(text),
              body: parsed,
              headers: responseHeaders,
            });
          });
        },
      );
      const fail = (error: unknown) =>
        resolve({
          status: 0,
          ms: performance.now() - started,
          bytes: 0,
          body: undefined,
          headers: new Headers(),
          failure: String(error),
        });
      sent.on('error', fail);
      sent.on('timeout', () => sent.destroy(new Error('no answer within 60 s')));
      sent.end(body);
    });
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
