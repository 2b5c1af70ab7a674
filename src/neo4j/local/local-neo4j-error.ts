export type LocalNeo4jProblem =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'BUILD_FAILED'
  | 'PORT_IN_USE'
  | 'STORE_LOCKED'
  | 'STORE_UNUSABLE'
  | 'START_TIMEOUT'
  | 'START_FAILED';

/** Why the local Neo4j could not start; the message says what to do about it. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
  constructor(
    readonly problem: LocalNeo4jProblem,
    message: string,
  ) {
    super(message);
  }
}
