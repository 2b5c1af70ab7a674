import { describe, expect, it } from 'vitest';
import {
  checkParameters,
  maxParameterBytes,
  maxQueryLength,
  refuseUnsafePlan,
  refuseUnsafeText,
  decodeUnicodeEscapes,
  privateLabels,
  tokenize,
  type PlanFacts,
} from '../../src/graph/cypher-guard.js';
import { InputError } from '../../src/graph/input-error.js';
import { entityLabel } from '../../src/graph/model.js';
import { nodeClasses } from '../../src/repositories/export-repository.js';
import { retractedLabel } from '../../src/repositories/recording-repository.js';
import { revocationLabel } from '../../src/repositories/token-revocation-repository.js';

/** The refusal `action` throws: its message and the argument it names (or undefined: no refusal). */
function refusalOf(action: () => unknown): { argument: unknown; message: string } | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    return { argument: error.extensions.argument, message: error.message };
  }
}

const plan = (queryType: string, ...operators: Array<[string, string?]>): PlanFacts => ({
  queryType,
  operators: [['ProduceResults@neo4j', 'n'] as [string, string?], ...operators].map(([type, details]) => ({
    type,
    details: details ?? '',
  })),
});

describe('tokenize', () => {
  it('drops comments and whitespace, and keeps strings and backquoted names whole', () => {
    const tokens = tokenize(
      "MATCH (n) // LOAD CSV\n/* SHOW USERS */ WHERE n.naam = 'LOAD CSV' RETURN n.`a b` AS `x``y`",
    );
    expect(tokens.map((token) => token.text)).toEqual([
      'MATCH',
      '(',
      'n',
      ')',
      'WHERE',
      'n',
      '.',
      'naam',
      '=',
      'LOAD CSV',
      'RETURN',
      'n',
      '.',
      'a b',
      'AS',
      'x`y',
    ]);
    expect(tokens[9]).toEqual({ kind: 'string', text: 'LOAD CSV' });
  });

  it('reads escaped quotes inside strings and list slices after numbers', () => {
    expect(tokenize("RETURN 'it\\'s; LOAD CSV', [1,2,3][1..2], 1.5e3").map((token) => token.text)).toEqual([
      'RETURN',
      "it's; LOAD CSV",
      ',',
      '[',
      '1',
      ',',
      '2',
      ',',
      '3',
      ']',
      '[',
      '1',
      '.',
      '.',
      '2',
      ']',
      ',',
      '1.5e3',
    ]);
  });
});

describe('the text check lets read queries through', () => {
  it.each([
    'MATCH (o:Opgave) RETURN o.naam AS naam ORDER BY o.nummer',
    'MATCH (o:Opgave {id: $id})-[r]-(x) RETURN type(r), x.id LIMIT 10;',
    "MATCH (n) WHERE n.naam CONTAINS 'SHOW USERS; LOAD CSV' RETURN count(n)",
    '// what comes together?\nOPTIONAL MATCH (r:Regio) RETURN r',
    'UNWIND [1, 2] AS x WITH x RETURN {use: x, transactions: x, call: x} AS m',
    'MATCH (n) RETURN n.use, n.transactions, n.load',
    'CALL db.labels() YIELD label RETURN label',
    'CALL db.index.fulltext.queryNodes("zoekindex", "klimaat") YIELD node, score RETURN node.id, score',
    'CALL DB.LABELS',
    'MATCH (o:Opgave) CALL (o) { MATCH (o)--(x) RETURN count(x) AS n } RETURN o.id, n',
    'MATCH (o:Opgave) CALL { RETURN 1 AS een } RETURN o.id, een',
    'MATCH (m:Mijlpaal) RETURN date.truncate("month", date()) AS maand, point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})) AS d',
    'MATCH (o:Opgave) WHERE COUNT { (o)--() } > 3 RETURN toUpper(o.naam), size(o.id)',
    'RETURN duration.between(date("2018-02-14"), date()) AS looptijd',
  ])('%s', (query) => {
    expect(refusalOf(() => refuseUnsafeText(query))).toBeUndefined();
  });
});

describe('the text check reads Unicode escapes as Neo4j does', () => {
  it('decodes Java-style escapes, but not an escaped backslash', () => {
    expect(decodeUnicodeEscapes('\\u0043REATE \\uu0041 \\\\u0041')).toBe('CREATE A \\\\u0041');
    expect(tokenize("RETURN '\\u0041\\n\\U0001F600'")[1]).toEqual({ kind: 'string', text: 'A\n\u{1F600}' });
  });

  it.each([
    ['a write', '\\u0043REATE (h:Hack) RETURN h', /begint met CREATE/],
    ['LOAD CSV', "WITH 1 AS x \\u004cOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LOAD CSV/],
    ['IN TRANSACTIONS', 'UNWIND [1] AS x CALL (x) { RETURN x AS y } IN \\u0054RANSACTIONS RETURN y', /IN TRANSACTIONS/],
    ['USE', 'MATCH (n) CALL { \\u0055SE system MATCH (m) RETURN m } RETURN n', /gebruikt USE/],
    ['a second statement', 'RETURN 1 AS x \\u003b CREATE (h:Hack)', /meer dan één opdracht/],
    ['a plugin function', 'RETURN apoc\\u002eversion()', /apoc.version/],
  ])('refuses %s hidden in an escape (D7)', (_name, query, reason) => {
    expect(refusalOf(() => refuseUnsafeText(query))?.message).toMatch(reason);
  });
});

describe('the text check refuses, naming the argument query', () => {
  it.each([
    ['an empty query', '   ', /leeg/],
    ['a query of comments', '// nothing\n/* here */', /leeg/],
    ['two statements', 'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n', /meer dan één opdracht/],
    ['a write', 'CREATE (n:Indringer) RETURN n', /begint met CREATE/],
    ['MERGE', 'MERGE (n:Indringer)', /begint met MERGE/],
    ['SHOW', 'SHOW TRANSACTIONS', /begint met SHOW/],
    ['SHOW in lower case after a comment', '/* x */ show users', /begint met show/],
    ['CREATE USER', "CREATE USER indringer SET PASSWORD 'geheim123'", /begint met CREATE/],
    ['GRANT', 'GRANT ROLE admin TO indringer', /begint met GRANT/],
    ['TERMINATE', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /begint met TERMINATE/],
    ['START DATABASE', 'START DATABASE neo4j', /begint met START/],
    ['ALTER', 'ALTER CURRENT USER SET PASSWORD FROM "a" TO "b"', /begint met ALTER/],
    ['DROP', 'DROP INDEX zoekindex', /begint met DROP/],
    ['EXPLAIN', 'EXPLAIN MATCH (n) RETURN n', /begint met EXPLAIN/],
    ['PROFILE', 'PROFILE MATCH (n) RETURN n', /begint met PROFILE/],
    ['CYPHER options', 'CYPHER runtime=slotted MATCH (n) RETURN n', /begint met CYPHER/],
    ['USE', 'USE system MATCH (n) RETURN n', /gebruikt USE/],
    ['USE in a subquery', 'MATCH (n) CALL { USE neo4j MATCH (m) RETURN m } RETURN n', /gebruikt USE/],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", /LOAD CSV/],
    ['LOAD CSV after WITH', "WITH 1 AS x LOAD CSV FROM 'https://example.org/x.csv' AS r RETURN r", /LOAD CSV/],
    ['LOAD CSV split by a comment', "WITH 1 AS x LoAd/* */cSv FROM 'file:///etc/passwd' AS r RETURN r", /LOAD CSV/],
    [
      'LOAD CSV split by a line',
      "WITH 1 AS x load\n\tcsv WITH HEADERS FROM 'file:///etc/passwd' AS r RETURN r",
      /LOAD CSV/,
    ],
    ['IN TRANSACTIONS', 'UNWIND [1] AS x CALL { WITH x RETURN x AS y } IN TRANSACTIONS RETURN y', /IN TRANSACTIONS/],
    [
      'IN CONCURRENT TRANSACTIONS',
      'UNWIND [1] AS x CALL (x) { RETURN x AS y } IN 2 CONCURRENT TRANSACTIONS OF 10 ROWS RETURN y',
      /IN TRANSACTIONS/,
    ],
    ['dbms.listConfig', 'CALL dbms.listConfig()', /procedure dbms\.listConfig/],
    ['db.createLabel', "CALL db.createLabel('Indringer')", /procedure db\.createLabel/],
    ['a procedure in other letter case', "CALL DB.CREATELABEL('Indringer')", /procedure DB\.CREATELABEL/],
    [
      'a procedure split by comments and spaces',
      "CALL db /* */ . createLabel ('Indringer')",
      /procedure db\.createLabel/,
    ],
    ['a procedure in backquotes', "CALL `db`.`createLabel`('Indringer')", /procedure db\.createLabel/],
    ['dbms.security', "CALL dbms.security.createUser('x', 'y', false)", /procedure dbms\.security\.createUser/],
    ['dbms.components (a DBMS query)', 'CALL dbms.components()', /procedure dbms\.components/],
    [
      'db.stats.collect (changes state, though Neo4j calls it READ)',
      "CALL db.stats.collect('QUERIES')",
      /procedure db\.stats\.collect/,
    ],
    [
      'apoc after YIELD',
      "MATCH (n) CALL apoc.load.json('https://example.org') YIELD value RETURN value",
      /procedure apoc\.load\.json/,
    ],
    ['a user-defined function', "RETURN apoc.text.join(['a'], ',')", /functie apoc\.text\.join/],
    ['a function split by comments', "RETURN apoc /* */ . text.join (['a'], ',')", /functie apoc\.text\.join/],
    ['a function in backquotes', "RETURN `apoc.text`.join(['a'], ',')", /functie apoc\.text\.join/],
    ['a plugin under a built-in namespace', 'RETURN date.format(date())', /functie date\.format/],
    ['graph.byName', "RETURN graph.byName('system')", /functie graph\.byName/],
  ])('%s', (_name, query, reason) => {
    const refusal = refusalOf(() => refuseUnsafeText(query));
    expect(refusal?.argument).toBe('query');
    expect(refusal?.message).toMatch(reason);
  });

  it('a query longer than the limit', () => {
    const query = `RETURN '${'x'.repeat(maxQueryLength)}'`;
    expect(refusalOf(() => refuseUnsafeText(query))?.message).toMatch(/tekens lang/);
  });
});

describe('the plan check', () => {
  it('lets a read plan with allowed procedures and built-in functions through', () => {
    const read = plan(
      'r',
      ['Projection@neo4j', 'date.truncate($autostring_0, date()) AS maand, toUpper(n.naam) AS naam'],
      ['ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)'],
      ['NodeIndexSeek@neo4j', 'RANGE INDEX n:Entiteit(id) WHERE id = $autostring_1'],
    );
    expect(refusalOf(() => refuseUnsafePlan(read))).toBeUndefined();
  });

  it.each([
    ['a write', plan('w', ['Create@neo4j', '(n:Indringer)']), /een schrijfquery/],
    ['a read and write', plan('rw', ['SetProperty@neo4j', 'n.x = $autoint_0']), /een lees- en schrijfquery/],
    [
      'a schema command',
      plan('s', ['CreateIndex@neo4j', 'RANGE INDEX x FOR (:X) ON (y)']),
      /een schema- of beheerquery/,
    ],
    ['LOAD CSV', plan('r', ['LoadCSV@neo4j', 'row']), /LOAD CSV/],
    [
      'IN TRANSACTIONS',
      plan('r', ['TransactionApply@neo4j', 'IN TRANSACTIONS OF 1000 ROWS ON ERROR FAIL']),
      /IN TRANSACTIONS/,
    ],
    ['SHOW TRANSACTIONS', plan('r', ['ShowTransactions@neo4j', 'defaultColumns, allTransactions']), /beheeropdracht/],
    ['TERMINATE TRANSACTIONS', plan('r', ['TerminateTransactions@neo4j', 'transactions(x)']), /beheeropdracht/],
    ['a system command', plan('r', ['AdministrationCommand@system']), /beheeropdracht/],
    [
      'a procedure outside the list',
      plan('r', ['ProcedureCall@neo4j', 'db.stats.retrieve($autostring_0) :: (section :: STRING)']),
      /procedure db\.stats\.retrieve/,
    ],
    [
      'a user-defined function',
      plan('r', ['Projection@neo4j', 'apoc.text.join($autolist_0, $autostring_1) AS x']),
      /functie apoc\.text\.join/,
    ],
  ])('refuses %s', (_name, facts, reason) => {
    const refusal = refusalOf(() => refuseUnsafePlan(facts));
    expect(refusal?.argument).toBe('query');
    expect(refusal?.message).toMatch(reason);
  });
});

describe('checkParameters', () => {
  it('passes an object through and takes nothing as no parameters', () => {
    expect(checkParameters({ id: 'opgave:klimaat', n: 3 })).toEqual({ id: 'opgave:klimaat', n: 3 });
    expect(checkParameters(null)).toEqual({});
    expect(checkParameters(undefined)).toEqual({});
  });

  it.each([
    ['a list', [1, 2], /moet een JSON-object/],
    ['a string', 'opgave:klimaat', /moet een JSON-object/],
    ['a number', 3, /moet een JSON-object/],
    ['too large an object', { tekst: 'x'.repeat(maxParameterBytes) }, /bytes als JSON/],
    [
      'too deep an object',
      { a: JSON.parse('['.repeat(50) + ']'.repeat(50)) as unknown },
      /meer dan \d+ niveaus diep genest/,
    ],
    [
      'a very deep object without exhausting the stack',
      { a: JSON.parse('['.repeat(30_000) + ']'.repeat(30_000)) as unknown },
      /meer dan \d+ niveaus diep genest/,
    ],
  ])('refuses %s, naming the argument parameters', (_name, value, reason) => {
    const refusal = refusalOf(() => checkParameters(value));
    expect(refusal?.argument).toBe('parameters');
    expect(refusal?.message).toMatch(reason);
  });
});

describe("the plan check keeps the service's own records from analysts", () => {
  it('names every label of the database that is not the knowledge graph', () => {
    // The documents' texts and passages are exported too, but they are no records of the service: analysts read them.
    const readable: readonly string[] = [entityLabel, retractedLabel, 'Documenttekst', 'Passage'];
    const ownRecords = [...nodeClasses.filter((label) => !readable.includes(label)), revocationLabel];
    expect([...privateLabels].sort()).toEqual(ownRecords.sort());
  });

  it.each([
    ['a label scan', ['NodeByLabelScan@neo4j', 'k:ApiSleutel']],
    [
      'an index seek',
      ['NodeUniqueIndexSeek@neo4j', 'UNIQUE w:Wijziging(idempotentie) WHERE idempotentie = $autostring_0'],
    ],
    ['all nodes', ['AllNodesScan@neo4j', 'n']],
    ['a node by id', ['NodeByIdSeek@neo4j', 'n WHERE id(n) = $autoint_0']],
  ] as Array<[string, [string, string]]>)('refuses %s', (_name, operator) => {
    expect(refusalOf(() => refuseUnsafePlan(plan('r', operator)))?.message).toMatch(/leest/);
  });

  it('allows a label of the graph and counts from the count store', () => {
    expect(
      refusalOf(() =>
        refuseUnsafePlan(
          plan('r', ['NodeByLabelScan@neo4j', 'o:Opgave'], ['NodeCountFromCountStore@neo4j', 'count( (:) )']),
        ),
      ),
    ).toBeUndefined();
  });
});
