import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fromProjectRoot } from '../../paths.js';
import type { Logger } from '../../logger.js';
import { requireMaven } from './java-tools.js';
import { LocalNeo4jError } from './local-neo4j-error.js';

export const launcherDirectory = fromProjectRoot('neo4j-launcher');
const targetDirectory = join(launcherDirectory, 'target');
const stampFile = join(targetDirectory, 'build-stamp');
const lockDirectory = join(targetDirectory, '.build-lock');

/** The Java classpath of the built launcher: its jar and the Neo4j jars copied beside it. */
export const launcherClasspath = [join(targetDirectory, 'neo4j-launcher.jar'), join(targetDirectory, 'lib', '*')].join(
  ':',
);

/**
 * Builds the launcher with Maven unless a build of the same sources is already there.
 * The first build downloads Neo4j from Maven Central (a few minutes); later starts reuse it.
 */
export async function ensureLauncherBuilt(logger: Logger): Promise<void> {
  const fingerprint = await sourceFingerprint();
  if (await isBuilt(fingerprint)) return;
  await withBuildLock(async () => {
    if (await isBuilt(fingerprint)) return;
    requireMaven();
    logger.info('building the local Neo4j launcher with Maven (first run only; downloads Neo4j from Maven Central)');
    const started = Date.now();
    await runMaven(['-q', '-B', 'package', '-DskipTests']);
    await writeFile(stampFile, fingerprint);
    logger.info({ durationMs: Date.now() - started }, 'local Neo4j launcher built');
  });
}

async function isBuilt(fingerprint: string): Promise<boolean> {
  const stamp = await readFile(stampFile, 'utf8').catch(() => '');
  return stamp === fingerprint && existsSync(join(targetDirectory, 'neo4j-launcher.jar'));
}

/** A hash of the pom and the Java sources: a change to either means a rebuild. */
async function sourceFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const files = ['pom.xml', ...(await listFiles(join(launcherDirectory, 'src')))].sort();
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(join(launcherDirectory, file)));
  }
  return hash.digest('hex');
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(launcherDirectory, join(entry.parentPath, entry.name)));
}

function runMaven(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const maven = spawn('mvn', args, { cwd: launcherDirectory, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    maven.stdout.on('data', collect);
    maven.stderr.on('data', collect);
    maven.on('error', (error) =>
      reject(new LocalNeo4jError('MAVEN_MISSING', `Maven could not be run: ${error.message}`)),
    );
    maven.on('exit', (code) => {
      if (code === 0) return resolve();
      reject(
        new LocalNeo4jError(
          'BUILD_FAILED',
          `Building the local Neo4j launcher failed (mvn exit code ${code}). Maven needs to reach Maven Central ` +
            `(or a mirror in ~/.m2/settings.xml). Last output:\n${output.trim()}`,
        ),
      );
    });
  });
}

/**
 * Two processes starting at once (a test run beside `npm start`) must not build into the
 * same folder together: a directory is created atomically, so it serves as the lock.
 */
async function withBuildLock(work: () => Promise<void>): Promise<void> {
  await mkdir(targetDirectory, { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      await mkdir(lockDirectory);
      await writeFile(join(lockDirectory, 'pid'), String(process.pid));
      break;
    } catch {
      if (!(await lockHolderIsAlive())) {
        await rm(lockDirectory, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new LocalNeo4jError(
          'BUILD_FAILED',
          `Another build of the launcher seems stuck: remove ${lockDirectory} and start again.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    await work();
  } finally {
    await rm(lockDirectory, { recursive: true, force: true });
  }
}

/** A lock left by a build that was killed must not block the next start. */
async function lockHolderIsAlive(): Promise<boolean> {
  const pid = Number(await readFile(join(lockDirectory, 'pid'), 'utf8').catch(() => ''));
  if (!pid) return true; // the holder may not have written its pid yet
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
