import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { applyMigrations } from '../neo4j/migrations.js';
import { withDatabase } from '../neo4j/with-database.js';
import { SyntheticRepository } from '../repositories/synthetic-repository.js';
import { loadSyntheticGraph } from '../generate/load-synthetic-graph.js';
import { parseGenerateArguments, usage } from './generate-arguments.js';
import { runCommand } from './run-command.js';

/**
 * `npm run generate`: loads a synthetic graph of the asked size into the configured database
 * (NEO4J_URI, or the local one, which it starts and stops), for benchmarks and for trying
 * the explorer at scale. See `--help`.
 */
async function generate(): Promise<void> {
  const options = parseGenerateArguments(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(usage);
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  await withDatabase(config, logger, async (database) => {
    // The id constraint is also the index every relation batch finds its ends by.
    await applyMigrations(database, logger);
    const summary = await loadSyntheticGraph(database, logger, options);
    const stored = summary.nodes > 0 ? await new SyntheticRepository(database).countSynthetic() : undefined;
    logger.info(
      { ...summary, ...(stored && { storedNodesPerKind: stored.nodes, storedRelationsPerType: stored.relations }) },
      'synthetic graph done',
    );
  });
}

runCommand(generate, usage);
