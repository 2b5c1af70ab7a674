import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { applyMigrations } from '../neo4j/migrations.js';
import { withDatabase } from '../neo4j/with-database.js';
import { ingest } from '../recording/document-ingestion.js';
import { Recorder, type Author } from '../recording/recorder.js';
import { RecordingRepository } from '../repositories/recording-repository.js';
import { TextRepository } from '../repositories/text-repository.js';
import { ArgumentError, parseCommandLine, runCommand } from './run-command.js';

const usage = `Gebruik:
  npm run ingest -- BESTAND --titel "<titel>" [--datum JJJJ-MM-DD] [--afzender "<afzender>"]
      [--geadresseerde "<aan wie>"] [--soort "<brief, memo, ...>"] [--kenmerk "<kenmerk>"]
      [--beschrijving "<omschrijving>"] [--vervangt <document-id>] [--door "<wie>"]
  Leest een PDF (met tekstlaag), tekst- of Markdown-bestand in als document, zoals documentInlezen.
`;

/** `npm run ingest`: an operator ingests a document file, as the beheerder role, with an audit entry. */
async function main(): Promise<void> {
  const { positionals, values } = parseCommandLine({
    allowPositionals: true,
    options: {
      titel: { type: 'string' },
      datum: { type: 'string' },
      afzender: { type: 'string' },
      geadresseerde: { type: 'string' },
      soort: { type: 'string' },
      kenmerk: { type: 'string' },
      beschrijving: { type: 'string' },
      vervangt: { type: 'string' },
      door: { type: 'string' },
    },
  });
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0) throw new ArgumentError('geef precies één bestand');
  if (!values.titel) throw new ArgumentError('--titel is verplicht');
  const { door, ...metadata } = values;
  const bytes = await readFile(file);
  const config = loadConfig();
  const logger = createLogger('warn');
  const author: Author = { kind: 'known', id: door ?? userInfo().username, role: 'beheerder', via: 'opdrachtregel' };
  await withDatabase(config, logger, async (database) => {
    await applyMigrations(database, logger);
    const repository = new RecordingRepository(database);
    const invoer = { ...metadata, bestand: bytes.toString('base64'), bestandsnaam: basename(file) };
    const result = await ingest(new Recorder(repository), repository, author, { invoer }, config.ingestMaxBytes);
    const summary = (await new TextRepository(database).summaries([result.id])).get(result.id);
    const counts = summary
      ? ` (${summary.aantalRegels} regels, ${summary.aantalPaginas ?? 0} pagina's, ${summary.aantalPassages} passages)`
      : '';
    process.stdout.write(`${result.nieuw ? 'ingelezen' : 'al aanwezig'}: ${result.id}${counts}\n`);
  });
}

runCommand(main, usage);
