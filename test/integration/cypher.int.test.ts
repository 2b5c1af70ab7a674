import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseUnsafePlan } from '../../src/graph/cypher-guard.js';
import { CypherRepository, type CypherAnswer } from '../../src/repositories/cypher-repository.js';
import { connectTestDatabase } from '../support/database.js';
import { busyMachineBound, timed } from '../support/timing.js';

const database = connectTestDatabase();
const cypher = new CypherRepository(database, { timeoutMs: 1_000, maxRows: 50 });
let graphBefore: GraphState;

interface GraphState {
  nodes: number;
  relations: number;
  /** What the attempts below try to leave behind: nodes, a property, a relation type. */
  traces: number;
}

async function graphState(): Promise<GraphState> {
  const [row] = await database.read<GraphState>(
    'graph state',
    `MATCH (n) WITH count(n) AS nodes
     MATCH ()-[r]->() WITH nodes, count(r) AS relations
     RETURN nodes, relations,
            COUNT { (n) WHERE n:Indringer OR n.indringer IS NOT NULL } + COUNT { ()-[:INDRINGER]->() } AS traces`,
    {},
  );
  return row!;
}

/** An error meant for the caller: its message, and the code (and argument) it reaches the caller with. */
interface CallerError extends Error {
  extensions: { code: string; argument?: string };
}

/** The caller error `work` fails with (any other outcome fails the test). */
async function failureOf(work: Promise<unknown>): Promise<CallerError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Error);
  expect(error).toHaveProperty('extensions.code');
  return error as CallerError;
}

/** Runs an attempt, expects a BAD_USER_INPUT on `query` matching `reason`, and an untouched graph. */
async function expectRefused(query: string, reason: RegExp, parameters: Record<string, unknown> = {}): Promise<void> {
  const before = await graphState();
  const error = await failureOf(cypher.run(query, parameters));
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query' });
  expect(error.message).toMatch(reason);
  expect(error.message).not.toMatch(/\n\s+at /);
  expect(await graphState()).toEqual(before);
  expect(before.traces).toBe(0);
}

beforeAll(async () => {
  graphBefore = await graphState();
});
afterAll(async () => {
  expect(await graphState()).toEqual(graphBefore);
  await database.close();
});

describe('reading', () => {
  it('answers a read query with its columns and rows', async () => {
    const answer = await cypher.run('MATCH (o:Opgave) RETURN o.id AS id, o.nummer AS nummer ORDER BY o.nummer', {});
    expect(answer.kolommen).toEqual(['id', 'nummer']);
    expect(answer.aantalRijen).toBe(10);
    expect(answer.afgekapt).toBe(false);
    expect(answer.rijen[0]).toEqual({ id: expect.stringMatching(/^opgave:/), nummer: 1 });
    expect(answer.duurMs).toBeGreaterThanOrEqual(0);
  });

  it('turns nodes, relations, paths and dates into plain JSON', async () => {
    const answer = await cypher.run(
      `MATCH p = (o:Opgave {id: 'opgave:klimaat'})-[r:SPEELT_IN]->(g:Regio)
       RETURN o, r, p, date('2018-02-14') AS datum LIMIT 1`,
      {},
    );
    const row = answer.rijen[0] as Record<string, any>;
    expect(row.o).toMatchObject({
      id: 'opgave:klimaat',
      labels: expect.arrayContaining(['Opgave', 'Entiteit']),
      eigenschappen: { id: 'opgave:klimaat' },
    });
    expect(row.r).toMatchObject({
      type: 'SPEELT_IN',
      van: row.o.elementId,
      naar: expect.any(String),
      eigenschappen: expect.any(Object),
    });
    expect(row.p.knopen.map((node: { id: string }) => node.id)).toEqual([
      'opgave:klimaat',
      expect.stringMatching(/^regio:/),
    ]);
    expect(row.p.relaties).toEqual([row.r]);
    expect(row.datum).toBe('2018-02-14');
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  });

  it('passes parameters as parameters, whole numbers as integers', async () => {
    const answer = await cypher.run(
      'MATCH (o:Opgave) WHERE o.id STARTS WITH $begin RETURN o.id AS id ORDER BY id LIMIT $aantal',
      {
        begin: 'opgave:',
        aantal: 3,
      },
    );
    expect(answer.aantalRijen).toBe(3);
  });

  it('runs the allowed procedures', async () => {
    const labels = await cypher.run('CALL db.labels() YIELD label RETURN label ORDER BY label', {});
    expect(labels.rijen).toContainEqual({ label: 'Opgave' });
    const found = await cypher.run(
      "CALL db.index.fulltext.queryNodes('zoekindex', $tekst) YIELD node, score RETURN node.id AS id LIMIT 1",
      { tekst: 'Chemelot' },
    );
    expect(found.rijen).toEqual([{ id: 'regio:chemelot' }]);
  });
});

describe('1. the transaction is read-only, so Neo4j itself refuses writes', () => {
  it.each([
    ['CREATE', 'CREATE (:Indringer {id: $id})'],
    ['SET', "MATCH (o:Opgave {id: 'opgave:klimaat'}) SET o.indringer = true"],
    ['DELETE', "MATCH (o:Opgave {id: 'opgave:klimaat'}) DETACH DELETE o"],
    ['a write procedure', "CALL db.createLabel('Indringer')"],
  ])('%s, even when sent past every check', async (_name, write) => {
    const before = await graphState();
    await expect(
      database.readCapped('attempt', write, { id: 'indringer:1' }, { timeoutMs: 5_000, maxRows: 10 }),
    ).rejects.toThrow(/Writing in read access mode not allowed/);
    expect(await graphState()).toEqual(before);
  });
});

describe('2. the plan must be a read, and no command', () => {
  it.each([
    [
      'a write after a read clause',
      "MATCH (o:Opgave {id: 'opgave:klimaat'}) SET o.indringer = true RETURN o",
      /door Neo4j gepland als een lees- en schrijfquery/,
    ],
    [
      'a write in a subquery',
      'WITH 1 AS x CALL { CREATE (:Indringer) RETURN 1 AS y } RETURN y',
      /door Neo4j gepland als een lees- en schrijfquery/,
    ],
    [
      'a write in FOREACH',
      'WITH [1] AS xs FOREACH (x IN xs | CREATE (:Indringer))',
      /door Neo4j gepland als een schrijfquery/,
    ],
    ['a DELETE of everything', 'MATCH (n) DETACH DELETE n', /door Neo4j gepland als een schrijfquery/],
    ['a schema command', 'CREATE INDEX indringer FOR (n:Indringer) ON (n.id)', /begint met CREATE/],
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', /begint met SHOW/],
    ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /begint met TERMINATE/],
    ['CREATE USER', "CREATE USER indringer SET PASSWORD 'geheim1234'", /begint met CREATE/],
    ['START DATABASE', 'START DATABASE neo4j', /begint met START/],
    ['GRANT', 'GRANT ROLE admin TO indringer', /begint met GRANT/],
    ['two statements', 'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n', /meer dan één opdracht/],
    ['IN TRANSACTIONS', 'UNWIND [1] AS x CALL { WITH x CREATE (:Indringer) } IN TRANSACTIONS', /IN TRANSACTIONS/],
    ['USE of another database', 'MATCH (n) CALL { USE system SHOW USERS } RETURN n', /gebruikt USE/],
  ])('refuses %s', async (_name, query, reason) => {
    await expectRefused(query, reason);
  });

  it('reports a query Neo4j cannot plan with its message in Dutch, and no stack', async () => {
    await expectRefused(
      'MATCH (n RETURN n',
      /^query: Neo4j kan deze query niet plannen: syntaxfout op regel 1, kolom \d+: onverwacht 'RETURN'; verwacht /,
    );
    await expectRefused(
      'RETURN $fehlt + unbekannt',
      /^query: Neo4j kan deze query niet plannen: de variabele unbekannt is niet gedefinieerd$/,
    );
  });

  it.each([
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', /beheeropdracht/],
    ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /beheeropdracht/],
    ['SHOW USERS (on the system database)', 'SHOW USERS', /door Neo4j gepland als een schema- of beheerquery/],
    [
      'a schema command',
      'CREATE INDEX indringer FOR (n:Indringer) ON (n.id)',
      /door Neo4j gepland als een schema- of beheerquery/,
    ],
    ['IN TRANSACTIONS', 'UNWIND [1] AS x CALL { WITH x RETURN x AS y } IN TRANSACTIONS RETURN y', /IN TRANSACTIONS/],
  ])('the plan alone gives away %s', async (_name, query, reason) => {
    const plan = await database.explain('attempt', query, {});
    expect(() => refuseUnsafePlan(plan)).toThrow(reason);
  });
});

describe('3. only the allowed procedures and the built-in functions', () => {
  it.each([
    ['dbms.listConfig', 'CALL dbms.listConfig()', /procedure dbms\.listConfig/],
    ['db.createLabel', "CALL db.createLabel('Indringer')", /procedure db\.createLabel/],
    ['dbms.security', 'CALL dbms.security.listUsers()', /procedure dbms\.security\.listUsers/],
    ['apoc', "CALL apoc.cypher.runWrite('CREATE (:Indringer)', {})", /procedure apoc\.cypher\.runWrite/],
    ['a procedure in disguise', "CALL `db`./* */createLabel('Indringer')", /procedure db\.createLabel/],
    ['db.clearQueryCaches', 'CALL db.clearQueryCaches()', /procedure db\.clearQueryCaches/],
    ['a user-defined function', 'RETURN apoc.create.uuid() AS id', /functie apoc\.create\.uuid/],
  ])('refuses %s', async (_name, query, reason) => {
    await expectRefused(query, reason);
  });

  it('the plan alone gives away a procedure outside the list, also one Neo4j calls READ', async () => {
    const plan = await database.explain('attempt', "CALL db.stats.retrieve('GRAPH COUNTS')", {});
    expect(plan.queryType).toBe('r');
    expect(() => refuseUnsafePlan(plan)).toThrow(/procedure db\.stats\.retrieve/);
  });
});

describe('4. LOAD CSV', () => {
  it.each([
    ['from a file', "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", /LOAD CSV/],
    [
      'after a clause, in other letter case, split by a comment',
      "WITH 1 AS x lOaD /* csv? */ CsV FROM 'file:///etc/passwd' AS r RETURN r",
      /LOAD CSV/,
    ],
    ['from the network', "WITH 1 AS x LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:1/x.csv' AS r RETURN r", /LOAD CSV/],
  ])('is refused %s', async (_name, query, reason) => {
    await expectRefused(query, reason);
  });

  it('is given away by the plan alone', async () => {
    const plan = await database.explain('attempt', "WITH 1 AS x LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", {});
    expect(plan.queryType).toBe('r');
    expect(() => refuseUnsafePlan(plan)).toThrow(/LOAD CSV/);
  });

  it('cannot read files even when sent past every check, since the database forbids file URLs', async () => {
    await expect(
      database.readCapped(
        'attempt',
        "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r",
        {},
        { timeoutMs: 5_000, maxRows: 1 },
      ),
    ).rejects.toThrow(/allow_csv_import_from_file_urls/);
  });
});

describe('5. memory: a query may not take more than its share', () => {
  it('stops a query that collects too much, and the database keeps answering', async () => {
    const hungry = new CypherRepository(database, { timeoutMs: 30_000, maxRows: 10 });
    const error = await failureOf(
      hungry.run("UNWIND range(1, 5000000) AS x RETURN size(collect('abcdefghijklmnopqrstuvwxyz' + x)) AS n", {}),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query' });
    expect(error.message).toMatch(/meer geheugen nodig dan een query mag gebruiken.*db\.memory\.transaction\.max/);
    expect((await cypher.run('RETURN 1 AS een', {})).rijen).toEqual([{ een: 1 }]);
  });
});

describe('6. the row cap', () => {
  it('stops reading after the cap, without pulling the rest', async () => {
    // Reading a hundred million rows would take far longer than the 1 s timeout.
    const answer: CypherAnswer = await cypher.run('UNWIND range(1, 100000000) AS x RETURN x', {});
    expect(answer).toMatchObject({ aantalRijen: 50, afgekapt: true });
    expect(answer.rijen.at(-1)).toEqual({ x: 50 });
  });

  it('is not reported when the result fits exactly', async () => {
    expect(await cypher.run('UNWIND range(1, 50) AS x RETURN x', {})).toMatchObject({
      aantalRijen: 50,
      afgekapt: false,
    });
  });
});

describe('7. the timeout', () => {
  it.each([
    ['a long loop', 'UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n'],
    [
      'a cartesian product',
      'MATCH (a:Entiteit), (b:Entiteit), (c:Entiteit), (d:Entiteit) WHERE a.id < b.id < c.id < d.id RETURN count(*) AS n',
    ],
  ])('stops %s with TIMEOUT, and Neo4j stops it too', async (_name, query) => {
    const baseline = await timed(() => cypher.run('RETURN 1 AS een', {}));
    const started = Date.now();
    const error = await failureOf(cypher.run(query, {}));
    expect(error.extensions.code).toBe('TIMEOUT');
    expect(error.message).toMatch(/langer dan 1000 ms/);
    expect(Date.now() - started).toBeLessThan(busyMachineBound(5_000, baseline.ms));
    const running = await database.read(
      'still running?',
      'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery = $query RETURN count(*) AS n',
      {
        query,
      },
    );
    expect(running).toEqual([{ n: 0 }]);
    expect((await cypher.run('RETURN 1 AS een', {})).rijen).toEqual([{ een: 1 }]);
  });
});

describe('8. parameters are data, never query text', () => {
  it('treats an injection attempt in a parameter as a value', async () => {
    const before = await graphState();
    const answer = await cypher.run('MATCH (o:Opgave) WHERE o.id = $id RETURN o.id AS id', {
      id: "opgave:klimaat'}) DETACH DELETE o //",
    });
    expect(answer.rijen).toEqual([]);
    expect(await graphState()).toEqual(before);
  });
});

describe("9. the service's own records are out of reach (D8)", () => {
  beforeAll(async () => {
    // One of each, so that a query that reached them would return something.
    await database.write(
      'private records',
      `MERGE (:ApiSleutel {id: 'cypher-test', naam: 'test', rol: 'analist', hash: 'geheim-hash'})
       MERGE (:Wijziging {id: 'wijziging:cypher-test', op: '2026-01-01T00:00:00Z', idempotentie: 'geheim-sleutel'})
       MERGE (:TokenIntrekking {id: 'jti:cypher-test', jti: 'cypher-test'})`,
      {},
    );
  });
  afterAll(async () => {
    await database.write(
      'remove private records',
      "MATCH (n) WHERE n.id IN ['cypher-test', 'wijziging:cypher-test', 'jti:cypher-test'] DELETE n",
      {},
    );
  });

  it.each<[string, string, RegExp, Record<string, unknown>?]>([
    ['API keys by label', 'MATCH (k:ApiSleutel) RETURN k.naam, k.rol, k.hash', /leest ApiSleutel/],
    ['API keys in backquotes', 'MATCH (k:`ApiSleutel`) RETURN k.hash', /leest ApiSleutel/],
    ['API keys beside a label of the graph', 'MATCH (k:Opgave|ApiSleutel) RETURN k', /leest ApiSleutel/],
    ['the audit trail', 'MATCH (w:Wijziging) RETURN w.idempotentie', /leest Wijziging/],
    [
      'the audit trail through its index',
      "MATCH (w:Wijziging {idempotentie: 'geheim-sleutel'}) RETURN w",
      /leest Wijziging/,
    ],
    ['the seed version', 'MATCH (s:SeedVersie) RETURN s', /leest SeedVersie/],
    ['JWT revocations', 'MATCH (t:TokenIntrekking) RETURN t', /leest TokenIntrekking/],
    ['every node', 'MATCH (n) WHERE n.hash IS NOT NULL RETURN n.hash', /AllNodesScan/],
    ['nodes without the graph label', 'MATCH (n:!Entiteit) RETURN n', /AllNodesScan/],
    ['nodes of any label', 'MATCH (n:%) RETURN properties(n)', /AllNodesScan/],
    ['a label from a parameter', 'MATCH (n:$($label)) RETURN n', /zonder label|leest/, { label: 'ApiSleutel' }],
    ['a node by its id', 'MATCH (n) WHERE id(n) = 0 RETURN n', /NodeByIdSeek|AllNodesScan/],
    [
      'a node by its element id',
      'MATCH (n) WHERE elementId(n) = $e RETURN n',
      /NodeByElementIdSeek|AllNodesScan/,
      { e: '4:x:0' },
    ],
  ])('refuses %s', async (_name, query, reason, parameters = {}) => {
    await expectRefused(query, reason, parameters);
  });

  it.each([
    ['counting every node', 'MATCH (n) RETURN count(n) AS n'],
    ['a node of the graph by id', "MATCH (n:Entiteit {id: 'opgave:klimaat'}) RETURN n.naam AS naam"],
    ['relations between any nodes', 'MATCH (a)-[r]->(b) RETURN count(r) AS n'],
  ])('still allows %s', async (_name, query) => {
    expect((await cypher.run(query, {})).aantalRijen).toBe(1);
  });
});
