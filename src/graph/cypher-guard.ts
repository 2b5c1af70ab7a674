import { InputError } from './input-error.js';

/**
 * The checks an analyst's Cypher passes before it runs, in two layers that each stand alone:
 * the text (read as tokens, so comments, strings and letter case cannot hide a keyword) and
 * Neo4j's own plan of the query (so what the text check misses, the planner still reveals).
 * The query then runs in a read-only transaction with a timeout, a memory limit and a row cap
 * (see repositories/cypher-repository.ts); any one of these layers refuses a write on its own.
 */

/**
 * The procedures analysts may call: read-only views of the schema and the full-text index.
 * Not here: procedures that change data or settings (`db.createLabel`, `db.clearQueryCaches`),
 * reveal the server (`dbms.listConfig`, `dbms.listConnections`), collect statistics
 * (`db.stats.collect`, though Neo4j calls it READ), and `dbms.components`, which Neo4j plans as a
 * DBMS query (type `s`); `dienst { database { versie editie } }` answers that question.
 */
export const allowedProcedures: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
];

/**
 * Neo4j's built-in functions with a dotted name (5.26). Any other dotted function is user-defined
 * (a plugin such as APOC) and refused; functions without a namespace are all built in, since
 * Neo4j registers no plugin function there. Named one by one, so that a plugin cannot slip in
 * under a built-in namespace. `graph.byName` and `graph.byElementId` are left out: they reach
 * other databases.
 */
export const allowedFunctions: readonly string[] = [
  ...['date', 'datetime', 'localdatetime', 'localtime', 'time'].flatMap((type) =>
    ['realtime', 'statement', 'transaction', 'truncate'].map((name) => `${type}.${name}`),
  ),
  'datetime.fromepoch',
  'datetime.fromepochmillis',
  'duration.between',
  'duration.inDays',
  'duration.inMonths',
  'duration.inSeconds',
  'point.distance',
  'point.withinBBox',
  'vector.similarity.cosine',
  'vector.similarity.euclidean',
];

/**
 * Labels of the service's own records, which are not the knowledge graph and not for analysts:
 * API keys (their hashes), the audit trail (callers' idempotency keys), the seed version and JWT
 * revocations. None of them has a relation, so a query reaches them only by a label, an index on
 * one, all nodes, or an id; the plan check refuses each of these ways in.
 */
export const privateLabels: readonly string[] = ['ApiSleutel', 'Wijziging', 'SeedVersie', 'TokenIntrekking'];

/** Plan operators that read nodes without a label, which would reach the private ones too. */
const unlabelledNodeReads = new Set(['AllNodesScan', 'NodeByIdSeek', 'NodeByElementIdSeek']);

export const maxQueryLength = 20_000;
export const maxParameterBytes = 64 * 1024;
const maxParameterDepth = 20;

/** How a query may begin: the clauses of a read query. */
const firstKeywords = new Set(['MATCH', 'OPTIONAL', 'WITH', 'UNWIND', 'RETURN', 'CALL']);

export interface Token {
  kind: 'word' | 'quoted' | 'string' | 'number' | 'parameter' | 'symbol';
  /** The word as written; the content of a string or a backquoted name; the symbol itself. */
  text: string;
}

/** The facts of Neo4j's plan for a query that the plan check reads (from `EXPLAIN`). */
export interface PlanFacts {
  /** `r` (read), `w` (write), `rw` (read and write) or `s` (schema or administration). */
  queryType: string;
  /** Every operator of the plan, e.g. `{ type: 'ProcedureCall@neo4j', details: 'db.labels() :: (...)' }`. */
  operators: ReadonlyArray<{ type: string; details: string }>;
}

/**
 * Splits Cypher into tokens, dropping whitespace and comments. Unicode escapes are decoded first,
 * wherever they stand, as Neo4j's lexer does (`\u0043REATE` is CREATE to Neo4j), and a string's
 * text is its value, its escapes decoded. Unterminated strings, names and comments run to the end:
 * Neo4j refuses such a query anyway, and nothing after them can hide.
 */
export function tokenize(written: string): Token[] {
  const query = decodeUnicodeEscapes(written);
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const rest = query.slice(i);
    const c = query[i]!;
    if (/\s/u.test(c)) {
      i += 1;
    } else if (rest.startsWith('//')) {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end + 1;
    } else if (rest.startsWith('/*')) {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 2;
    } else if (c === "'" || c === '"') {
      const [text, next] = readQuoted(query, i, c, true);
      tokens.push({ kind: 'string', text });
      i = next;
    } else if (c === '`') {
      const [text, next] = readQuoted(query, i, '`', false);
      tokens.push({ kind: 'quoted', text });
      i = next;
    } else if (c === '$') {
      const name = /^\$(`(?:[^`]|``)*`?|[\p{L}\p{N}_]*)/u.exec(rest)![0];
      tokens.push({ kind: 'parameter', text: name });
      i += name.length;
    } else if (/[\p{L}_]/u.test(c)) {
      const word = /^[\p{L}\p{N}_]+/u.exec(rest)![0];
      tokens.push({ kind: 'word', text: word });
      i += word.length;
    } else if (/\d/.test(c)) {
      // Not greedy about dots: `list[1..3]` is a slice, not the number 1.
      const number = /^(?:0x[\da-f_]+|0o[0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:e[+-]?\d+)?)/i.exec(rest)![0];
      tokens.push({ kind: 'number', text: number });
      i += number.length;
    } else {
      tokens.push({ kind: 'symbol', text: c });
      i += 1;
    }
  }
  return tokens;
}

/**
 * Java's Unicode escapes, which Neo4j's parser decodes in the whole text before it reads a token:
 * a backslash preceded by an even number of backslashes, one or more `u`, four hex digits. One pass,
 * as in Java: a backslash that an escape produces does not start another.
 */
export function decodeUnicodeEscapes(query: string): string {
  return query.replace(/(?<!\\)((?:\\\\)*)\\u+([0-9a-fA-F]{4})/g, (_match, backslashes: string, hex: string) =>
    backslashes.concat(String.fromCharCode(parseInt(hex, 16))),
  );
}

/** What Neo4j reads for a backslash escape in a string (`\u` is decoded before, with the whole text). */
const stringEscapes: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** A quoted string (backslash escapes, decoded) or a backquoted name (doubled backquotes). */
function readQuoted(query: string, start: number, quote: string, backslashEscapes: boolean): [string, number] {
  let text = '';
  let i = start + 1;
  while (i < query.length) {
    const c = query[i]!;
    if (backslashEscapes && c === '\\') {
      const escaped = query[i + 1] ?? '';
      const long = escaped === 'U' ? /^[0-9a-fA-F]{8}/.exec(query.slice(i + 2)) : null;
      if (long) {
        text += String.fromCodePoint(Math.min(parseInt(long[0], 16), 0x10ffff));
        i += 10;
        continue;
      }
      text += stringEscapes[escaped] ?? escaped;
      i += 2;
    } else if (c === quote && !backslashEscapes && query[i + 1] === quote) {
      text += quote;
      i += 2;
    } else if (c === quote) {
      return [text, i + 1];
    } else {
      text += c;
      i += 1;
    }
  }
  return [text, i];
}

/**
 * Refuses, with BAD_USER_INPUT on `query`, what the text alone shows to be unsafe: more than one
 * statement, anything but a read clause at the start (administration commands, writes, EXPLAIN,
 * PROFILE, CYPHER options), `LOAD CSV`, `CALL { ... } IN TRANSACTIONS`, `USE`, and procedures
 * and functions outside the allowed lists.
 */
export function refuseUnsafeText(query: string): void {
  if (query.length > maxQueryLength)
    refuse(`is ${query.length} tekens lang; hoogstens ${maxQueryLength} worden aangenomen`);
  const tokens = tokenize(query);
  if (tokens.length === 0) refuse('is leeg (of bevat alleen commentaar)');
  const semicolon = tokens.findIndex((token) => token.kind === 'symbol' && token.text === ';');
  if (semicolon >= 0 && semicolon < tokens.length - 1) refuse('bevat meer dan één opdracht; stuur één query tegelijk');

  tokens.forEach((token, index) => {
    if (!isBareWord(tokens, index)) return;
    const word = token.text.toUpperCase();
    const next = tokens[index + 1];
    if (word === 'LOAD' && next?.kind === 'word' && next.text.toUpperCase() === 'CSV') {
      refuse("gebruikt LOAD CSV, dat bestanden en URL's leest; dat wordt geweigerd");
    }
    const previous = tokens[index - 1]?.text.toUpperCase();
    if (word === 'TRANSACTIONS' && (previous === 'IN' || previous === 'CONCURRENT')) {
      refuse('gebruikt CALL { ... } IN TRANSACTIONS, dat zelf in delen vastlegt; dat wordt geweigerd');
    }
    if (word === 'USE' && !isFollowedBy(tokens, index, ':')) {
      refuse(
        'gebruikt USE; queries lopen alleen op de eigen database van de dienst (een variabele met de naam "use" moet tussen backquotes)',
      );
    }
    if (word === 'CALL') {
      const name = dottedName(tokens, index + 1);
      if (name && !allowedProcedures.some((allowed) => allowed.toLowerCase() === name.toLowerCase())) {
        refuse(
          `roept de procedure ${name} aan, die niet is toegestaan; toegestaan zijn ${allowedProcedures.join(', ')}`,
        );
      }
    }
  });

  const first = tokens[0]!;
  if (first.kind !== 'word' || !firstKeywords.has(first.text.toUpperCase())) {
    refuse(
      `begint met ${first.text.slice(0, 40)}; een query begint met MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN of CALL. ` +
        'Hier lopen alleen leesqueries: schrijven, schema- en beheeropdrachten (SHOW, CREATE USER, GRANT, ' +
        'TERMINATE, START DATABASE, ...) en de voorvoegsels EXPLAIN, PROFILE en CYPHER worden geweigerd',
    );
  }

  tokens.forEach((token, index) => {
    if (token.kind !== 'word' && token.kind !== 'quoted') return;
    const previous = tokens[index - 1];
    if (previous?.text === '.' || (previous?.kind === 'word' && previous.text.toUpperCase() === 'CALL')) return;
    const name = dottedName(tokens, index);
    if (
      name?.includes('.') &&
      isFollowedBy(tokens, index + dottedLength(tokens, index) - 1, '(') &&
      !isAllowedFunction(name)
    ) {
      refuse(`roept de functie ${name} aan, die niet in Neo4j is ingebouwd; eigen functies worden geweigerd`);
    }
  });
}

/**
 * Refuses, with BAD_USER_INPUT on `query`, what Neo4j's plan shows to be unsafe: any query type
 * but read (`r`), and operators that read files, commit on their own, administer the server or
 * call procedures and functions outside the allowed lists.
 */
export function refuseUnsafePlan(plan: PlanFacts): void {
  if (plan.queryType !== 'r') {
    const kinds: Record<string, string> = { w: 'een schrijf', rw: 'een lees- en schrijf', s: 'een schema- of beheer' };
    refuse(
      `wordt door Neo4j gepland als ${kinds[plan.queryType] ?? `een "${plan.queryType}"-`}query; hier lopen alleen leesqueries`,
    );
  }
  for (const operator of plan.operators) {
    const [name = '', target] = operator.type.split('@');
    if (target === 'system') refuse('is een beheeropdracht; die wordt geweigerd');
    refusePrivateReads(name, operator.details);
    if (name === 'LoadCSV') refuse("gebruikt LOAD CSV, dat bestanden en URL's leest; dat wordt geweigerd");
    if (name === 'TransactionApply' || name === 'TransactionForeach') {
      refuse('gebruikt CALL { ... } IN TRANSACTIONS, dat zelf in delen vastlegt; dat wordt geweigerd');
    }
    if (/^(Show|Terminate|Administration|System)/.test(name))
      refuse(`is een beheeropdracht (${name}); die wordt geweigerd`);
    if (name === 'ProcedureCall') {
      const procedure = /^\s*([^\s(]+)\s*\(/.exec(operator.details)?.[1] ?? operator.details;
      if (!allowedProcedures.some((allowed) => allowed.toLowerCase() === procedure.toLowerCase())) {
        refuse(
          `roept de procedure ${procedure} aan, die niet is toegestaan; toegestaan zijn ${allowedProcedures.join(', ')}`,
        );
      }
      continue;
    }
    // Neo4j writes function calls in the details as name(arguments), without a space.
    for (const [, called] of operator.details.matchAll(/(?<![\w.`])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\(/g)) {
      if (!isAllowedFunction(called!))
        refuse(`roept de functie ${called} aan, die niet in Neo4j is ingebouwd; die wordt geweigerd`);
    }
  }
}

/** Refuses an operator that reads the service's own records, or nodes of any label (see `privateLabels`). */
function refusePrivateReads(name: string, details: string): void {
  if (unlabelledNodeReads.has(name)) {
    refuse(
      `leest knopen zonder label of op hun interne id (${name}); noem een label, zoals (n:Entiteit) voor ` +
        'elke knoop van de kennisgraaf, of zoek op de eigenschap id',
    );
  }
  const named = privateLabels.find((label) => new RegExp(`\\b${label}\\b`).test(details));
  if (named) refuse(`leest ${named}, dat niet tot de kennisgraaf behoort maar tot het beheer van de dienst`);
}

/**
 * The `parameters` argument as Cypher parameters: a JSON object (or nothing), at most
 * `maxParameterBytes` as JSON and `maxParameterDepth` levels deep. Refusals name `parameters`.
 */
export function checkParameters(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(
      'parameters',
      'moet een JSON-object van parameternamen en waarden zijn, zoals {"id": "opgave:klimaat"}',
    );
  }
  if (depthOf(value, 0) > maxParameterDepth) {
    throw new InputError('parameters', `is meer dan ${maxParameterDepth} niveaus diep genest`);
  }
  const size = Buffer.byteLength(JSON.stringify(value));
  if (size > maxParameterBytes) {
    throw new InputError('parameters', `is ${size} bytes als JSON; hoogstens ${maxParameterBytes} worden aangenomen`);
  }
  return value as Record<string, unknown>;
}

/** Stops counting past the limit, so a deeply nested value cannot exhaust the stack. */
function depthOf(value: unknown, depth: number): number {
  if (depth > maxParameterDepth || value === null || typeof value !== 'object') return depth;
  let deepest = depth;
  for (const inner of Object.values(value)) {
    deepest = Math.max(deepest, depthOf(inner, depth + 1));
    if (deepest > maxParameterDepth) break;
  }
  return deepest;
}

function refuse(reason: string): never {
  throw new InputError('query', reason);
}

function isAllowedFunction(name: string): boolean {
  return allowedFunctions.some((allowed) => allowed.toLowerCase() === name.toLowerCase());
}

/** A keyword candidate: a plain word that is not a property (`n.use`) or a map key (`{use: 1}`). */
function isBareWord(tokens: Token[], index: number): boolean {
  return tokens[index]!.kind === 'word' && tokens[index - 1]?.text !== '.';
}

function isFollowedBy(tokens: Token[], index: number, symbol: string): boolean {
  const next = tokens[index + 1];
  return next?.kind === 'symbol' && next.text === symbol;
}

/**
 * The name that starts at `index` (`db.index.fulltext.queryNodes`), undefined when none does.
 * Backquoted parts count with their dots, since `` `db.labels` `` and `db.labels` may meet.
 */
function dottedName(tokens: Token[], index: number): string | undefined {
  const length = dottedLength(tokens, index);
  if (length === 0) return undefined;
  return tokens
    .slice(index, index + length)
    .filter((token) => token.text !== '.' || token.kind !== 'symbol')
    .map((token) => token.text)
    .join('.');
}

/** How many tokens the dotted name at `index` spans (names and the dots between them). */
function dottedLength(tokens: Token[], index: number): number {
  const isName = (token: Token | undefined) => token?.kind === 'word' || token?.kind === 'quoted';
  if (!isName(tokens[index])) return 0;
  let end = index + 1;
  while (tokens[end]?.kind === 'symbol' && tokens[end]!.text === '.' && isName(tokens[end + 1])) end += 2;
  return end - index;
}
