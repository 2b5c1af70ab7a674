import { writeFile } from 'node:fs/promises';
import { ownDocuments } from '../http/own-documents.js';
import { loadTypeDefs } from '../server.js';
import { buildManifest } from '../trusted-documents/build-manifest.js';
import { parseCommandLine, runCommand } from './run-command.js';

const usage = `Gebruik:
  npm run trusted-documents -- [--uit <manifest.json>] [<bestand of map> ...]
      bouwt het manifest van vertrouwde documenten (voor TRUSTED_DOCUMENTS_FILE): die van de dienst
      zelf (de voorbeelden van de IDE in schema/voorbeelden en de operaties van de verkenner) en die
      in de opgegeven .graphql-bestanden, één document per bestand (mappen worden doorzocht), en in
      andere manifesten (.json); schrijft het naar --uit, of toont het`;

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
    process.stderr.write(`${manifest.size} vertrouwde documenten geschreven naar ${values.uit}\n`);
  } else {
    process.stdout.write(json);
  }
}

runCommand(main, `${usage}\n`);
