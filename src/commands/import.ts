import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { withDatabase } from '../neo4j/with-database.js';
import { importGraph } from '../export/import-graph.js';
import { runCommand } from './run-command.js';
import { parseTransferArguments } from './transfer-arguments.js';

const usage = `npm run import -- [options]

Loads an export made by npm run export into the configured database (NEO4J_URI, or the local
one in NEO4J_LOCAL_DATA_DIR), which must be empty. Every file is checked before anything is
written; then the migrations run and nodes and relations are created in batches.

  --map DIR     folder of the export (default: export, under the current folder)
  --wissen      first delete everything in the database (refused without it when it holds nodes)
  --batch N     rows per transaction, 100-50000 (default 5000)
  --help        show this text
`;

/** `npm run import`: see `usage`. */
async function importCommand(): Promise<void> {
  const options = parseTransferArguments(process.argv.slice(2), { allowWissen: true });
  if (options.help) {
    process.stdout.write(usage);
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  await withDatabase(config, logger, (database) =>
    importGraph(database, resolve(options.map), logger, { wissen: options.wissen, batchSize: options.batchSize }),
  );
}

runCommand(importCommand, usage);
