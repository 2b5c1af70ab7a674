/** Settings of the two benchmark servers, under the service's own variable names and defaults. */
export interface ServerSettings {
  neo4jUri: string;
  port: number;
  queryTimeoutMs: number;
  traversalTimeoutMs: number;
  maxPoolSize: number;
}

export function serverSettings(environment: NodeJS.ProcessEnv = process.env): ServerSettings {
  const neo4jUri = environment.NEO4J_URI;
  if (!neo4jUri) throw new Error('NEO4J_URI is required');
  const number = (name: string, fallback: number) => {
    const value = Number(environment[name] ?? fallback);
    if (!Number.isInteger(value) || value <= 0)
      throw new Error(`${name} must be a positive integer, got ${environment[name]}`);
    return value;
  };
  return {
    neo4jUri,
    port: number('PORT', 4000),
    queryTimeoutMs: number('NEO4J_QUERY_TIMEOUT_MS', 10_000),
    traversalTimeoutMs: number('NEO4J_TRAVERSAL_TIMEOUT_MS', 5_000),
    maxPoolSize: number('NEO4J_MAX_POOL_SIZE', 50),
  };
}
