import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDirectory } from './examples.js';
import { verkennerOperationsManifest } from './verkenner.js';

/**
 * Where the operations the service's own pages send are: the folder of the IDE's examples (one
 * `.graphql` file each) and the verkenner's operations as `npm run codegen` writes them, with the
 * fragments they share (a manifest, as the page sends them). `npm run trusted-documents` always puts
 * them in the manifest, so both pages work for callers without credentials when the service holds
 * those to trusted documents.
 */
export const ownDocuments: readonly string[] = [examplesDirectory, verkennerOperationsManifest];

/**
 * The texts of the documents in these places, as the trusted documents hold them: each `.graphql`
 * file of a folder, and each document of a `.json` manifest in the flat format.
 */
export function documentTexts(paths: readonly string[] = ownDocuments): string[] {
  return paths.flatMap((path) =>
    path.endsWith('.json')
      ? Object.values(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>)
      : readdirSync(path)
          .filter((file) => file.endsWith('.graphql'))
          .sort()
          .map((file) => readFileSync(join(path, file), 'utf8')),
  );
}
