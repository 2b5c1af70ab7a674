import { writeFile } from 'node:fs/promises';
import { fromProjectRoot } from '../paths.js';
import { loadTypeDefs } from '../server.js';
import { buildManifest } from '../trusted-documents/build-manifest.js';
import { parseCommandLine, runCommand } from './run-command.js';

const usage = `Usage:
  npm run trusted-documents -- [--uit <manifest.json>] [<file or folder> ...]
      builds the manifest of trusted documents (for TRUSTED_DOCUMENTS_FILE) from .graphql files,
      one document per file (folders are read recursively), and from other manifests (.json);
      without paths from schema/voorbeelden; writes it to --uit, or prints it`;

/** `npm run trusted-documents`: the manifest that callers without credentials are held to. */
async function main(): Promise<void> {
  const { positionals, values } = parseCommandLine({
    allowPositionals: true,
    options: { uit: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const paths = positionals.length > 0 ? positionals : [fromProjectRoot('schema', 'voorbeelden')];
  const manifest = await buildManifest(paths, loadTypeDefs());
  const json = `${JSON.stringify(manifest, null, 2)}\n`;
  if (values.uit) {
    await writeFile(values.uit, json);
    process.stderr.write(`${manifest.size} trusted documents written to ${values.uit}\n`);
  } else {
    process.stdout.write(json);
  }
}

runCommand(main, `${usage}\n`);
