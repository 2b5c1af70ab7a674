import { describe, expect, it } from 'vitest';
import { parseJavaMajorVersion, requireJava, requireMaven } from '../../src/neo4j/local/java-tools.js';

describe('parseJavaMajorVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_382"', 8],
  ])('reads %j as Java %i', (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });

  it('returns undefined for output it does not recognise', () => {
    expect(parseJavaMajorVersion('command not found')).toBeUndefined();
  });
});

describe('requireJava', () => {
  it('finds the machine’s Java 17 or newer', () => {
    expect(requireJava(process.env)).toBeGreaterThanOrEqual(17);
  });

  it('explains what to install when JAVA_HOME points nowhere', () => {
    expect(() => requireJava({ ...process.env, JAVA_HOME: '/nonexistent/jdk' })).toThrow(
      /Java was not found \(tried "\/nonexistent\/jdk\/bin\/java"\).*install one.*or set JAVA_HOME.*NEO4J_URI/s,
    );
  });
});

describe('requireMaven', () => {
  it('explains what to install when mvn is not on PATH', () => {
    expect(() => requireMaven({ ...process.env, PATH: '/nonexistent' })).toThrow(
      /Maven \(mvn\) was not found on PATH.*apt-get install maven.*NEO4J_URI/s,
    );
  });
});
