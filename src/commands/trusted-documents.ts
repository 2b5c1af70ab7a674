import { writeFile } from 'node:fs/promises';
import { ownDocuments } from '../http/own-documents.js';
import { loadTypeDefs } from '../server.js';
import { buildManifest } from '../trusted-documents/build-manifest.js';
import { parseCommandLine, runCommand } from './run-command.js';

const usage = `Usage:
  npm run trusted-documents -- [--uit <manifest.json>] [<file or folder> ...]
      builds the manifest of trusted documents (for TRUSTED_DOCUMENTS_FILE): the service's own
      (the IDE's examples in schema/voorbeelden and the verkenner's operations) and those in the
      .graphql files given, one document per file (folders are read recursively), and in other
      manifests (.json); writes it to --uit, or prints it`;

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
  const paths = [...ownDocuments, ...positionals];
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
