import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('gives every setting its documented default when the environment is empty', () => {
    const config = loadConfig({});
    expect(config.http).toMatchObject({ host: '127.0.0.1', port: 4000, bodyLimit: '100kb' });
    expect(config.logLevel).toBe('info');
    expect(config.neo4j).toMatchObject({ uri: undefined, user: 'neo4j', database: 'neo4j', queryTimeoutMs: 10_000 });
    expect(config.localNeo4j).toMatchObject({
      boltPort: 7687,
      dataDir: '.data/neo4j',
      heap: '512m',
      pageCache: '128m',
    });
    expect(config.limits.maxDepth).toBe(20);
  });

  it('reads numbers and external database settings from strings', () => {
    const config = loadConfig({
      PORT: '8080',
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_PASSWORD: 'secret',
      GRAPHQL_MAX_DEPTH: '6',
    });
    expect(config.http.port).toBe(8080);
    expect(config.neo4j).toMatchObject({ uri: 'neo4j+s://abc.databases.neo4j.io', password: 'secret' });
    expect(config.limits.maxDepth).toBe(6);
  });

  it.each(['bolt://localhost:7687', 'neo4j://cluster.example:7687', 'neo4j+s://x.databases.neo4j.io'])(
    'accepts the Neo4j URI %s',
    (uri) => {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    },
  );

  it('gives the local database a Bolt IO thread per connection of both pools, four times over', () => {
    expect(loadConfig({}).localNeo4j.boltIoThreads).toBe(4 * (50 + 1));
    expect(loadConfig({ NEO4J_MAX_POOL_SIZE: '10', CYPHER_MAX_CONCURRENT: '2' }).localNeo4j.boltIoThreads).toBe(48);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' })).toMatchObject({ neo4j: { uri: undefined }, http: { port: 4000 } });
  });

  it('names every invalid variable and the value it received', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/^Ongeldige configuratie in de omgeving:\n/);
    expect(attempt).toThrow(/PORT="eighty": Ongeldige invoer: verwacht getal/);
    expect(attempt).toThrow(/NEO4J_URI="http:\/\/localhost:7474": verwacht neo4j:\/\/, neo4j\+s:\/\/ of bolt:\/\//);
    expect(attempt).toThrow(/LOG_LEVEL="loud": Ongeldige optie/);
  });

  it('refuses memory sizes Java would not understand', () => {
    expect(() => loadConfig({ NEO4J_LOCAL_HEAP: '512MB' })).toThrow(
      /NEO4J_LOCAL_HEAP="512MB": verwacht een grootte zoals 512m/,
    );
  });

  it('reads answer sizes as HTTP_BODY_LIMIT writes them, in bytes, and refuses other spellings', () => {
    expect(loadConfig({}).cypher).toMatchObject({ maxBytes: 4 * 1024 * 1024, maxDepth: 32 });
    expect(loadConfig({}).limits.maxReadBytes).toBe(16 * 1024 * 1024);
    expect(loadConfig({ CYPHER_MAX_SIZE: '512kb', GRAPHQL_MAX_READ_SIZE: '2MB' })).toMatchObject({
      cypher: { maxBytes: 512 * 1024 },
      limits: { maxReadBytes: 2 * 1024 * 1024 },
    });
    expect(() => loadConfig({ CYPHER_MAX_SIZE: '4m' })).toThrow(/CYPHER_MAX_SIZE="4m": verwacht een grootte zoals 4mb/);
  });

  it('trusts no proxy and allows no origin unless told, and reads both as lists', () => {
    expect(loadConfig({}).http).toMatchObject({ trustProxy: false, corsOrigins: [] });
    expect(loadConfig({ TRUST_PROXY: '2' }).http.trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).http.trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.nl, http://localhost:5173' }).http.corsOrigins).toEqual([
      'https://app.example.nl',
      'http://localhost:5173',
    ]);
  });

  it('refuses a proxy setting anyone could spoof, and origins with a path', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY="true": verwacht false, een aantal proxy's/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.300' })).toThrow(
      /TRUST_PROXY="10.0.0.300": .*\(10.0.0.300 is geen adres of subnet\)/,
    );
    expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example.nl/' })).toThrow(
      /CORS_ORIGINS=".*": https:\/\/app.example.nl\/ is geen origin/,
    );
  });

  it('refuses a cost budget too small for the largest operation the cost limit allows', () => {
    // The defaults fit: ten operations at the largest cost allowed.
    expect(loadConfig({}).http).toMatchObject({ rateLimitPerMinute: 600, rateLimitCostPerMinute: 40_000_000 });
    expect(loadConfig({}).http.rateLimitCostPerMinute).toBeGreaterThanOrEqual(10 * loadConfig({}).limits.maxCost);
    expect(() => loadConfig({ RATE_LIMIT_COST_PER_MINUTE: '5000', GRAPHQL_MAX_COST: '10000' })).toThrow(
      /RATE_LIMIT_COST_PER_MINUTE=5000: verwacht 0 of minstens GRAPHQL_MAX_COST \(10000\)/,
    );
    expect(loadConfig({ RATE_LIMIT_COST_PER_MINUTE: '0' }).http.rateLimitCostPerMinute).toBe(0);
  });
});
