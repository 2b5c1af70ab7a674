import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import { nl } from 'zod/locales';

/**
 * Every setting of the service, read from the environment once at start-up.
 * The table in docs/configuration.md mirrors this schema; test/unit/configuration-docs.test.ts
 * fails when they differ.
 */
const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const memorySize = z.string().regex(/^\d+[kmg]$/i, 'verwacht een grootte zoals 512m of 1g');
const byteUnits: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };
/** A size such as `4mb` (as HTTP_BODY_LIMIT writes it), in bytes; defaults are given in bytes. */
const byteSize = z
  .string()
  .regex(/^\d+(b|kb|mb|gb)$/i, 'verwacht een grootte zoals 4mb of 512kb')
  .transform((value) => {
    const [, amount, unit] = /^(\d+)(\w+)$/.exec(value)!;
    return Number(amount) * byteUnits[unit!.toLowerCase()]!;
  })
  .pipe(z.number().min(1024, 'verwacht minstens 1kb'));

/** A comma-separated list, spaces around the items ignored, empty items dropped. */
const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** Origins as a browser sends them: scheme, host and port only, such as `https://app.example.nl`. */
const origins = z.string().transform((value, context) => {
  const items = list(value);
  for (const item of items) {
    if (!URL.canParse(item) || new URL(item).origin !== item) {
      context.addIssue({
        code: 'custom',
        message: `${item} is geen origin; schrijf alleen schema, host en poort, zoals https://app.example.nl`,
      });
    }
  }
  return items;
});

/**
 * Express's `trust proxy`, limited to what cannot be spoofed: `false`, the number of proxies in
 * front, or their addresses and subnets (and proxy-addr's names loopback, linklocal, uniquelocal).
 * `true` is refused: it trusts every hop, so any client could choose its own address.
 */
const trustProxy = z.string().transform((value, context): TrustProxy => {
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  const items = list(value);
  const wrong = items.find((item) => !isProxyAddress(item));
  if (items.length === 0 || wrong !== undefined) {
    const detail = wrong === undefined ? 'geen adressen' : `${wrong} is geen adres of subnet`;
    context.addIssue({
      code: 'custom',
      message: `verwacht false, een aantal proxy's, of hun adressen of subnetten gescheiden door komma's (${detail})`,
    });
  }
  return items;
});

/** Whether proxy-addr takes `item` as an address, a subnet or one of its names. */
function isProxyAddress(item: string): boolean {
  try {
    proxyAddr.compile([item]);
    return true;
  } catch {
    return false;
  }
}

/** Which proxies in front of the service say who the client is (Express's `trust proxy`). */
export type TrustProxy = false | number | string[];

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: integer(0, 65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/,
      'verwacht neo4j://, neo4j+s:// of bolt:// gevolgd door een host',
    )
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_QUERY_TIMEOUT_MS: integer(100, 600_000).default(10_000),
  NEO4J_TRAVERSAL_TIMEOUT_MS: integer(100, 600_000).default(5_000),
  CANDIDATES_MAX_STALE_S: integer(0, 3600).default(30),
  NEO4J_MAX_POOL_SIZE: integer(1, 1000).default(50),
  NEO4J_CONNECT_TIMEOUT_MS: integer(100, 120_000).default(5_000),
  NEO4J_RETRY_TIME_MS: integer(0, 120_000).default(3_000),
  NEO4J_DEADLINE_MARGIN_MS: integer(0, 600_000).default(5_000),

  NEO4J_LOCAL_BOLT_PORT: integer(1, 65535).default(7687),
  NEO4J_LOCAL_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_LOCAL_HEAP: memorySize.default('512m'),
  NEO4J_LOCAL_PAGECACHE: memorySize.default('128m'),
  NEO4J_LOCAL_START_TIMEOUT_S: integer(5, 1800).default(120),
  NEO4J_LOCAL_TRANSACTION_MEMORY: memorySize.optional(),
  NEO4J_LOCAL_DIRECT_MEMORY: memorySize.optional(),
  NEO4J_LOCAL_MAX_RESTARTS: integer(0, 100).default(5),

  GRAPHQL_MAX_DEPTH: integer(2, 100).default(20),
  GRAPHQL_MAX_COST: integer(10, 1_000_000_000).default(4_000_000),
  GRAPHQL_MAX_ALIASES: integer(1, 1000).default(30),
  GRAPHQL_MAX_DIRECTIVES: integer(1, 1000).default(20),
  GRAPHQL_MAX_TOKENS: integer(100, 1_000_000).default(5_000),
  GRAPHQL_MAX_READ_SIZE: byteSize.default(16 * 1024 ** 2),
  GRAPHQL_MAX_RESPONSE_SIZE: byteSize.default(32 * 1024 ** 2),
  GRAPHQL_ANONYMOUS_MAX_RESPONSE_SIZE: byteSize.default(4 * 1024 ** 2),
  GRAPHQL_COMPILED: z.enum(['true', 'false']).default('true'),
  HTTP_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'verwacht een grootte zoals 100kb')
    .default('100kb'),
  SHUTDOWN_TIMEOUT_MS: integer(0, 600_000).default(10_000),
  SLOW_OPERATION_MS: integer(1, 600_000).default(1_000),
  AUTH_ANONYMOUS_READ: z.enum(['true', 'false']).default('true'),
  AUTH_JWT_SECRET: z.string().min(32, 'gebruik minstens 32 tekens').optional(),
  AUTH_JWT_ISSUER: z.string().min(1).default('ibp-graph'),
  AUTH_JWT_AUDIENCE: z.string().min(1).default('ibp-graph'),
  AUTH_JWT_MAX_LIFETIME_S: integer(60, 31_536_000).default(86_400),
  RATE_LIMIT_PER_MINUTE: integer(0, 1_000_000).default(600),
  RATE_LIMIT_COST_PER_MINUTE: integer(0, 1_000_000_000_000).default(40_000_000),
  TRUST_PROXY: trustProxy.default(false),
  CORS_ORIGINS: origins.default([]),
  TRUSTED_DOCUMENTS_FILE: z.string().min(1).optional(),
  METRICS_ENABLED: z.enum(['true', 'false']).default('true'),
  METRICS_TOKEN: z.string().min(16, 'gebruik minstens 16 tekens').optional(),
  WARM_UP: z.enum(['true', 'false']).default('true'),
  CYPHER_TIMEOUT_MS: integer(100, 600_000).default(5_000),
  CYPHER_MAX_ROWS: integer(1, 100_000).default(1_000),
  CYPHER_MAX_SIZE: byteSize.default(4 * 1024 ** 2),
  CYPHER_MAX_DEPTH: integer(2, 500).default(32),
  CYPHER_MAX_CONCURRENT: integer(1, 100).default(1),
  CYPHER_FETCH_SIZE: integer(1, 10_000).default(1),
  INGEST_MAX_SIZE: byteSize.default(10 * 1024 ** 2),
});

export type Environment = z.infer<typeof environmentSchema>;

/** The names of every environment variable the service reads, in the schema's order. */
export const environmentVariables = Object.keys(environmentSchema.shape) as ReadonlyArray<keyof Environment>;

export interface Config {
  env: Environment['NODE_ENV'];
  http: {
    host: string;
    port: number;
    bodyLimit: string;
    shutdownTimeoutMs: number;
    /** Operations slower than this are logged as warnings. */
    slowOperationMs: number;
    /** GraphQL requests per caller (token, else client address) per minute; 0 turns the limit off. */
    rateLimitPerMinute: number;
    /** Estimated cost (see http/query-cost.ts) each caller may spend per minute; 0 turns the budget off. */
    rateLimitCostPerMinute: number;
    /** Which proxies in front say who the client is; false: none, the socket's address is the client's. */
    trustProxy: TrustProxy;
    /** Origins whose pages may call the API from a browser (CORS); none by default. */
    corsOrigins: string[];
    /** Manifest of the operations callers without credentials may send; unset: any operation. */
    trustedDocumentsFile: string | undefined;
    /** Prometheus metrics at /metrics, and the token a scrape must send (unset: none). */
    metrics: { enabled: boolean; token: string | undefined };
    /** Whether the discovery and verkenner queries are run once at start, so that callers never meet them cold. */
    warmUp: boolean;
  };
  /** The largest file (decoded bytes) `documentInlezen` and `npm run ingest` take in. */
  ingestMaxBytes: number;
  /** How old a kept ranking of candidate crossovers may be while a new one is computed (see candidate-cache.ts). */
  candidatesMaxStaleMs: number;
  logLevel: Environment['LOG_LEVEL'];
  neo4j: {
    /** Set: use this database. Unset: start the local embedded Neo4j. */
    uri: string | undefined;
    user: string;
    password: string | undefined;
    database: string;
    queryTimeoutMs: number;
    /** Timeout of the discovery traversals (candidates, paths, neighbourhoods). */
    traversalTimeoutMs: number;
    maxPoolSize: number;
    connectTimeoutMs: number;
    /** How long the driver retries a transaction that failed transiently, before giving up. */
    retryTimeMs: number;
    /** How long past its timeout (and retries) a database call is waited for before its connection is dropped. */
    deadlineMarginMs: number;
    /** Connections of the analysts' own pool: how many of their queries run at once. */
    analystPoolSize: number;
  };
  localNeo4j: {
    boltPort: number;
    dataDir: string;
    heap: string;
    pageCache: string;
    startTimeoutMs: number;
    /** Memory one transaction may use (db.memory.transaction.max); unset: a quarter of the heap. */
    transactionMemory: string | undefined;
    /** The JVM's direct memory, which Bolt encodes answers into; unset: as large as the heap. */
    directMemory: string | undefined;
    /** Bolt's IO threads (Netty event loops): enough for each connection the service may hold to have its own. */
    boltIoThreads: number;
    /** Restarts after the database exited unexpectedly, before the service gives up on it. */
    maxRestarts: number;
  };
  auth: {
    /** Whether requests without credentials may read. */
    anonymousRead: boolean;
    /** HS256 secret for JWTs; unset means only API keys are accepted. */
    jwtSecret: string | undefined;
    jwtIssuer: string;
    jwtAudience: string;
    /** Seconds a JWT may be valid (from iat to exp); longer-lived ones are refused. */
    jwtMaxLifetimeS: number;
  };
  /** The analysts' Cypher endpoint. */
  cypher: {
    timeoutMs: number;
    maxRows: number;
    /** Bytes an answer may take, counted as it arrives. */
    maxBytes: number;
    /** Levels a returned value may nest. */
    maxDepth: number;
    /** Records pulled per round trip, which Neo4j encodes ahead into its direct memory. */
    fetchSize: number;
  };
  /** Whether operations run compiled by graphql-jit (graphql-js for what it cannot compile) or on graphql-js alone. */
  compiledExecution: boolean;
  limits: {
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    /** Bytes of database answers one GraphQL request may read, counted as they arrive. */
    maxReadBytes: number;
    /** Bytes of JSON an answer to any caller may have. */
    maxResponseBytes: number;
    /** Bytes of JSON an answer to a caller without credentials may have (at most `maxResponseBytes`). */
    maxAnonymousResponseBytes: number;
  };
}

/** Raised when the environment does not describe a valid configuration. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Zod's Dutch messages, for the checks that have no message of their own: an operator reads them. */
const dutch = nl().localeError;

const invalidConfiguration = 'Ongeldige configuratie in de omgeving:';

/** Reads and validates the configuration; throws a ConfigError naming every bad variable, in Dutch. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(withoutEmptyValues(source), { error: dutch });
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}=${JSON.stringify(source[String(issue.path[0])] ?? '')}: ${issue.message}`,
    );
    throw new ConfigError(`${invalidConfiguration}\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  if (e.RATE_LIMIT_COST_PER_MINUTE !== 0 && e.RATE_LIMIT_COST_PER_MINUTE < e.GRAPHQL_MAX_COST) {
    throw new ConfigError(
      `${invalidConfiguration}\n  RATE_LIMIT_COST_PER_MINUTE=${e.RATE_LIMIT_COST_PER_MINUTE}: ` +
        `verwacht 0 of minstens GRAPHQL_MAX_COST (${e.GRAPHQL_MAX_COST}), anders kunnen de grootste operaties nooit lopen`,
    );
  }
  return {
    env: e.NODE_ENV,
    http: {
      host: e.HOST,
      port: e.PORT,
      bodyLimit: e.HTTP_BODY_LIMIT,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
      slowOperationMs: e.SLOW_OPERATION_MS,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      rateLimitCostPerMinute: e.RATE_LIMIT_COST_PER_MINUTE,
      trustProxy: e.TRUST_PROXY,
      corsOrigins: e.CORS_ORIGINS,
      trustedDocumentsFile: e.TRUSTED_DOCUMENTS_FILE,
      metrics: { enabled: e.METRICS_ENABLED === 'true', token: e.METRICS_TOKEN },
      warmUp: e.WARM_UP === 'true',
    },
    logLevel: e.LOG_LEVEL,
    ingestMaxBytes: e.INGEST_MAX_SIZE,
    candidatesMaxStaleMs: e.CANDIDATES_MAX_STALE_S * 1000,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      traversalTimeoutMs: e.NEO4J_TRAVERSAL_TIMEOUT_MS,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      retryTimeMs: e.NEO4J_RETRY_TIME_MS,
      deadlineMarginMs: e.NEO4J_DEADLINE_MARGIN_MS,
      analystPoolSize: e.CYPHER_MAX_CONCURRENT,
    },
    localNeo4j: {
      boltPort: e.NEO4J_LOCAL_BOLT_PORT,
      dataDir: e.NEO4J_LOCAL_DATA_DIR,
      heap: e.NEO4J_LOCAL_HEAP,
      pageCache: e.NEO4J_LOCAL_PAGECACHE,
      startTimeoutMs: e.NEO4J_LOCAL_START_TIMEOUT_S * 1000,
      transactionMemory: e.NEO4J_LOCAL_TRANSACTION_MEMORY,
      directMemory: e.NEO4J_LOCAL_DIRECT_MEMORY,
      boltIoThreads: boltIoThreadsFor(e.NEO4J_MAX_POOL_SIZE + e.CYPHER_MAX_CONCURRENT),
      maxRestarts: e.NEO4J_LOCAL_MAX_RESTARTS,
    },
    auth: {
      anonymousRead: e.AUTH_ANONYMOUS_READ === 'true',
      jwtSecret: e.AUTH_JWT_SECRET,
      jwtIssuer: e.AUTH_JWT_ISSUER,
      jwtAudience: e.AUTH_JWT_AUDIENCE,
      jwtMaxLifetimeS: e.AUTH_JWT_MAX_LIFETIME_S,
    },
    cypher: {
      timeoutMs: e.CYPHER_TIMEOUT_MS,
      maxRows: e.CYPHER_MAX_ROWS,
      maxBytes: e.CYPHER_MAX_SIZE,
      maxDepth: e.CYPHER_MAX_DEPTH,
      fetchSize: e.CYPHER_FETCH_SIZE,
    },
    compiledExecution: e.GRAPHQL_COMPILED === 'true',
    limits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxReadBytes: e.GRAPHQL_MAX_READ_SIZE,
      maxResponseBytes: e.GRAPHQL_MAX_RESPONSE_SIZE,
      maxAnonymousResponseBytes: Math.min(e.GRAPHQL_ANONYMOUS_MAX_RESPONSE_SIZE, e.GRAPHQL_MAX_RESPONSE_SIZE),
    },
  };
}

/**
 * Neo4j gives each new Bolt connection the next IO thread in turn, and one thread frames every answer of
 * its connections, so an analyst's huge answer stalls the reads that share its thread. Four threads per
 * connection the service may hold (both pools) keep them apart, also as dropped connections are replaced;
 * an idle thread costs little, and none is started before a connection needs it.
 */
export function boltIoThreadsFor(connections: number): number {
  return 4 * connections;
}

/** `FOO=` in a shell or .env means "not set", not "set to the empty string". */
function withoutEmptyValues(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}
