import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { withDatabase } from '../neo4j/with-database.js';
import { exportGraph } from '../export/export-graph.js';
import { runCommand } from './run-command.js';
import { parseTransferArguments } from './transfer-arguments.js';

const usage = `npm run export -- [opties]

Schrijft de hele graaf van de ingestelde database (NEO4J_URI, of de lokale in
NEO4J_LOCAL_DATA_DIR) naar YAML-bestanden: knopen en relaties als seed-records, ingetrokken
feiten, het wijzigingenlogboek, API-sleutels (hashes) en de seed-versie. npm run import laadt
ze weer.

  --map MAP     map om naar te schrijven (standaard: export, in de huidige map)
  --batch N     knopen per leesronde, 100-50000 (standaard 5000)
  --help        toon deze tekst
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
