import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

/** Requests and Cypher statements per operation, as the two benchmark servers count them. */
export class QueryTally {
  private readonly byOperation = new Map<string, { requests: number; queries: number }>();

  /** Starts counting one request; the returned function counts one statement of it. */
  request(operation: string): () => void {
    const entry = this.byOperation.get(operation) ?? { requests: 0, queries: 0 };
    this.byOperation.set(operation, entry);
    entry.requests += 1;
    return () => (entry.queries += 1);
  }

  toJSON(): Record<string, { requests: number; queries: number }> {
    return Object.fromEntries(this.byOperation);
  }

  clear(): void {
    this.byOperation.clear();
  }
}

/**
 * The driver as the Neo4j GraphQL Library uses it (sessions, then `executeRead` or
 * `executeWrite`), counting each statement run in those transactions. Everything else passes
 * through untouched.
 */
export function countingDriver(driver: Driver, countStatement: () => void): Driver {
  const countingTransaction = (transaction: ManagedTransaction): ManagedTransaction =>
    new Proxy(transaction, {
      get(target, property) {
        if (property === 'run') {
          return (...args: Parameters<ManagedTransaction['run']>) => {
            countStatement();
            return target.run(...args);
          };
        }
        return Reflect.get(target, property, target);
      },
    });
  const countingSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property) {
        if (property === 'executeRead' || property === 'executeWrite') {
          return <T>(
            work: (transaction: ManagedTransaction) => Promise<T>,
            config?: Parameters<Session['executeRead']>[1],
          ) => target[property]((transaction) => work(countingTransaction(transaction)), config);
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, property) {
      if (property === 'session')
        return (...args: Parameters<Driver['session']>) => countingSession(target.session(...args));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
