import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { withDatabase } from '../neo4j/with-database.js';
import { exportGraph } from '../export/export-graph.js';
import { runCommand } from './run-command.js';
import { parseTransferArguments } from './transfer-arguments.js';

const usage = `npm run export -- [options]

Writes the whole graph of the configured database (NEO4J_URI, or the local one in
NEO4J_LOCAL_DATA_DIR) to YAML files: nodes and relations as seed records, retracted facts,
the audit trail, API keys (hashes) and the seed version. npm run import loads them again.

  --map DIR     folder to write to (default: export, under the current folder)
  --batch N     nodes per read, 100-50000 (default 5000)
  --help        show this text
`;

/** `npm run export`: see `usage`. */
async function exportCommand(): Promise<void> {
  const options = parseTransferArguments(process.argv.slice(2), { allowWissen: false });
  if (options.help) {
    process.stdout.write(usage);
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  await withDatabase(config, logger, (database) =>
    exportGraph(database, resolve(options.map), logger, { batchSize: options.batchSize }),
  );
}

runCommand(exportCommand, usage);
