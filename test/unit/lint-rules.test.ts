import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../src/paths.js';

/** The project's own configuration, running only the layer rule (no type information needed). */
const eslint = new ESLint({
  cwd: fromProjectRoot('.'),
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

/** The messages of the layer rule for this text, linted as if it were the file at `path`. */
async function layerViolations(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: fromProjectRoot(path) });
  return (result?.messages ?? [])
    .filter(({ ruleId }) => ruleId === 'no-restricted-imports')
    .map(({ message }) => message);
}

describe('the import rule that keeps the layers flowing one way', { timeout: 60_000 }, () => {
  it('refuses an import from a layer above', async () => {
    const wrongWay = `import type { Loaders } from '../loaders/index.js';\nexport type L = Loaders;\n`;
    expect(await layerViolations('src/repositories/entity-repository.ts', wrongWay)).toEqual([
      expect.stringContaining('src/repositories/ imports only from its own layer and the ones below it'),
    ]);
    expect(
      await layerViolations(
        'src/graph/model.ts',
        `import type { Config } from '../config.js';\nexport type C = Config;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await layerViolations(
        'src/read-model/fields.ts',
        `import { badUserInput } from '../errors.js';\nexport const b = badUserInput;\n`,
      ),
    ).toHaveLength(1);
  });

  it('keeps recording, auth, export, ingestion, http and the commands in their places', async () => {
    const wrongWays: Array<[string, string]> = [
      ['src/recording/recorder.ts', `import { byId } from '../resolvers/shared.js';\nexport const b = byId;\n`],
      [
        'src/recording/recorder.ts',
        `import { healthRoutes } from '../http/health.js';\nexport const h = healthRoutes;\n`,
      ],
      ['src/auth/caller.ts', `import type { Loaders } from '../loaders/index.js';\nexport type L = Loaders;\n`],
      [
        'src/export/export-graph.ts',
        `import { Recorder } from '../recording/recorder.js';\nexport const r = Recorder;\n`,
      ],
      [
        'src/ingestion/passages.ts',
        `import type { Database } from '../neo4j/database.js';\nexport type D = Database;\n`,
      ],
      [
        'src/repositories/api-key-repository.ts',
        `import type { Role } from '../auth/caller.js';\nexport type R = Role;\n`,
      ],
      [
        'src/http/health.ts',
        `import { runCommand } from '../commands/run-command.js';\nexport const r = runCommand;\n`,
      ],
      [
        'src/http/health.ts',
        `import type { Repositories } from '../repositories/index.js';\nexport type R = Repositories;\n`,
      ],
      [
        'src/http/verkenner/api.ts',
        `import { badUserInput } from '../../errors.js';\nexport const b = badUserInput;\n`,
      ],
      ['src/commands/seed.ts', `import { Query } from '../resolvers/query.js';\nexport const q = Query;\n`],
    ];
    for (const [path, text] of wrongWays) {
      const folder = path.slice(0, path.lastIndexOf('/'));
      expect(await layerViolations(path, text), `${path}: ${text}`).toEqual([
        expect.stringContaining(`${folder}/ imports only from its own layer and the ones below it`),
      ]);
    }
  });

  it('lets a layer import from the ones below it', async () => {
    const downward = `import type { TreePlan } from '../read-model/plan.js';\nimport type { QueryRunner } from '../neo4j/database.js';\nexport type T = [TreePlan, QueryRunner];\n`;
    expect(await layerViolations('src/repositories/entity-repository.ts', downward)).toEqual([]);
    expect(
      await layerViolations(
        'src/read-model/fields.ts',
        `import type { NodeLabel } from '../graph/model.js';\nexport type N = NodeLabel;\n`,
      ),
    ).toEqual([]);
    const furtherDown: Array<[string, string]> = [
      ['src/recording/recorder.ts', `import type { Caller } from '../auth/caller.js';\nexport type C = Caller;\n`],
      ['src/http/health.ts', `import type { Caller } from '../auth/caller.js';\nexport type C = Caller;\n`],
      [
        'src/commands/seed.ts',
        `import { ownDocuments } from '../http/own-documents.js';\nexport const o = ownDocuments;\n`,
      ],
      [
        'src/export/export-graph.ts',
        `import type { Database } from '../neo4j/database.js';\nexport type D = Database;\n`,
      ],
    ];
    for (const [path, text] of furtherDown) expect(await layerViolations(path, text), `${path}: ${text}`).toEqual([]);
  });
});
