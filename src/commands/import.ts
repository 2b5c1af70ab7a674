import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { withDatabase } from '../neo4j/with-database.js';
import { importGraph } from '../export/import-graph.js';
import { runCommand } from './run-command.js';
import { parseTransferArguments } from './transfer-arguments.js';

const usage = `npm run import -- [opties]

Laadt een export van npm run export in de ingestelde database (NEO4J_URI, of de lokale in
NEO4J_LOCAL_DATA_DIR), die leeg moet zijn. Elk bestand wordt gecontroleerd voordat er iets
wordt geschreven; daarna lopen de migraties en worden knopen en relaties in delen aangemaakt.

  --map MAP     map van de export (standaard: export, in de huidige map)
  --wissen      wis eerst alles in de database (zonder deze optie geweigerd als er knopen zijn)
  --batch N     rijen per transactie, 100-50000 (standaard 5000)
  --help        toon deze tekst
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
