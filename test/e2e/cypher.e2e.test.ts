import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/caller.js';
import { connectTestDatabase, graphSize } from '../support/database.js';
import { postGraphql, startTestService, type GraphqlResponseBody, type RunningService } from '../support/service.js';
import { busyMachineBound, timed } from '../support/timing.js';
import { testJwtSecret, tokenFor } from '../support/tokens.js';

const database = connectTestDatabase();
let service: RunningService;
let graphBefore: { nodes: number; relations: number };

const operation = `query Analyse($query: String!, $parameters: JSON) {
  cypher(query: $query, parameters: $parameters) { kolommen rijen aantalRijen afgekapt duurMs }
}`;

async function ask(
  variables: { query: string; parameters?: unknown },
  rol?: Role,
): Promise<{ status: number; body: GraphqlResponseBody }> {
  return postGraphql(
    service.baseUrl,
    { query: operation, variables },
    rol ? { authorization: `Bearer ${await tokenFor(rol)}` } : {},
  );
}

beforeAll(async () => {
  service = await startTestService({ AUTH_JWT_SECRET: testJwtSecret, CYPHER_TIMEOUT_MS: '3000', CYPHER_MAX_ROWS: '5' });
  graphBefore = await graphSize(database);
});
afterAll(async () => {
  expect((await fetch(`${service.baseUrl}/readyz`)).status).toBe(200);
  expect(await graphSize(database)).toEqual(graphBefore);
  await service.stop();
  await database.close();
});

describe('who may run Cypher', () => {
  const read = { query: 'MATCH (o:Opgave) RETURN count(o) AS aantal' };

  it('not an anonymous caller: UNAUTHENTICATED', async () => {
    const { body } = await ask(read);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('not a liaison: FORBIDDEN', async () => {
    const { body } = await ask(read, 'liaison');
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each<Role>(['analist', 'beheerder'])('an %s', async (rol) => {
    const { status, body } = await ask(read, rol);
    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        cypher: {
          kolommen: ['aantal'],
          rijen: [{ aantal: 10 }],
          aantalRijen: 1,
          afgekapt: false,
          duurMs: expect.any(Number),
        },
      },
    });
  });
});

describe('an analyst over HTTP', () => {
  it('gets nodes as JSON, with parameters', async () => {
    const { body } = await ask(
      { query: 'MATCH (o:Opgave {id: $id}) RETURN o', parameters: { id: 'opgave:klimaat' } },
      'analist',
    );
    const [row] = (body.data?.cypher as { rijen: Array<{ o: Record<string, unknown> }> }).rijen;
    expect(row?.o).toMatchObject({
      id: 'opgave:klimaat',
      labels: expect.arrayContaining(['Opgave']),
      eigenschappen: { id: 'opgave:klimaat' },
    });
  });

  it('gets the first rows and afgekapt when there are more than CYPHER_MAX_ROWS', async () => {
    const { body } = await ask({ query: 'UNWIND range(1, 100000000) AS x RETURN x' }, 'analist');
    expect(body.data?.cypher).toMatchObject({
      rijen: [{ x: 1 }, { x: 2 }, { x: 3 }, { x: 4 }, { x: 5 }],
      aantalRijen: 5,
      afgekapt: true,
    });
  });

  it.each([
    ['a write', "MATCH (o:Opgave {id: 'opgave:klimaat'}) DETACH DELETE o", /door Neo4j gepland als een schrijfquery/],
    ['an administration command', "CREATE USER indringer SET PASSWORD 'geheim1234'", /begint met CREATE/],
    ['a procedure outside the list', "CALL db.createLabel('Indringer')", /procedure db\.createLabel/],
    ['LOAD CSV', "WITH 1 AS x LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", /LOAD CSV/],
    ['a syntax error', 'MATCH (n RETURN n', /syntaxfout op regel 1/],
  ])('is refused %s with BAD_USER_INPUT on query, and no stack', async (_name, query, reason) => {
    const { body } = await ask({ query }, 'analist');
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.message).toMatch(reason);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'query' });
  });

  it.each([
    ['a list', [1, 2]],
    ['a string', 'opgave:klimaat'],
  ])('is refused parameters that are %s, naming parameters', async (_name, parameters) => {
    const { body } = await ask({ query: 'RETURN $x AS x', parameters }, 'analist');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'parameters' });
  });

  it('gets TIMEOUT for a runaway query, and the service keeps answering', async () => {
    const baseline = await timed(() => ask({ query: 'RETURN 1 AS een' }, 'analist'));
    const runaway = await timed(() =>
      ask(
        {
          query:
            'MATCH (a:Entiteit), (b:Entiteit), (c:Entiteit), (d:Entiteit) WHERE a.id < b.id < c.id < d.id RETURN count(*) AS n',
        },
        'analist',
      ),
    );
    const { body } = runaway.value;
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/langer dan 3000 ms/),
      extensions: { code: 'TIMEOUT' },
    });
    // Stopped at its 3 s timeout: the query itself would run for minutes.
    expect(runaway.ms).toBeLessThan(busyMachineBound(8_000, baseline.ms));
    expect((await ask({ query: 'RETURN 1 AS een' }, 'analist')).body.data?.cypher).toMatchObject({
      rijen: [{ een: 1 }],
    });
  });

  it('gets BAD_USER_INPUT for a query that wants too much memory, and the service keeps answering', async () => {
    const { body } = await ask(
      {
        query:
          "UNWIND range(1, 5000000) AS x WITH collect('abcdefghijklmnopqrstuvwxyz' + x) AS xs RETURN size(xs) AS n",
      },
      'analist',
    );
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/meer geheugen nodig dan een query mag gebruiken/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await fetch(`${service.baseUrl}/readyz`)).status).toBe(200);
    expect((await ask({ query: 'RETURN 1 AS een' }, 'analist')).body.data?.cypher).toMatchObject({
      rijen: [{ een: 1 }],
    });
  });
});
