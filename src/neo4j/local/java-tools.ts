import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error.js';

const minimumJavaVersion = 17;

/** The `java` to run: `$JAVA_HOME/bin/java` when JAVA_HOME is set, else the one on PATH. */
export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Checks that Java 17 or newer is installed; returns its major version. */
export function requireJava(env: NodeJS.ProcessEnv = process.env): number {
  const java = javaExecutable(env);
  const result = spawnSync(java, ['-version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      `Java was not found (tried "${java}"). The local Neo4j needs a JDK ${minimumJavaVersion} or newer: ` +
        'install one (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless) or set JAVA_HOME, ' +
        'or point the service at an existing Neo4j with NEO4J_URI.',
    );
  }
  const major = parseJavaMajorVersion(result.stderr + result.stdout);
  if (major === undefined || major < minimumJavaVersion) {
    throw new LocalNeo4jError(
      'JAVA_TOO_OLD',
      `Java ${major ?? '(unknown version)'} was found at "${java}", but the local Neo4j needs ${minimumJavaVersion} or newer. ` +
        'Install a newer JDK and set JAVA_HOME to it, or set NEO4J_URI.',
    );
  }
  return major;
}

/** Reads the major version from `java -version` output: `version "17.0.15"`, `"1.8.0_382"`, `"21"`. */
export function parseJavaMajorVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Checks that Maven is installed, since the launcher is built on first use. */
export function requireMaven(env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      'MAVEN_MISSING',
      'Maven (mvn) was not found on PATH. The local Neo4j is built from Maven Central on first use: ' +
        'install Maven 3.8 or newer (Debian/Ubuntu: apt-get install maven), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
}
