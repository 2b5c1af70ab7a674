import { endpointAllows, relationTypes, type NodeLabel, type RelationType } from '../graph/model.js';
import { bottleneckProblems } from './bottleneck-checks.js';
import { amountProblems, statusStatementProblems } from './progress-checks.js';
import { checkSource, type DocumentTexts } from './provenance.js';
import type { Bron, SeedNode } from './seed-schema.js';
import { describe, SeedError, type SeedData } from './seed-files.js';

/**
 * The checks that span records: ids are unique, relations join existing nodes of kinds the
 * model allows, every quote stands at the lines it cites, every crossover joins at least two
 * different opgaven, and the properties of knelpunten, standen and bedragen keep to their vocabularies.
 * Throws one SeedError listing every problem.
 */
export function checkSeedData(data: SeedData, texts: DocumentTexts): void {
  const problems: string[] = [];
  const labels = new Map<string, NodeLabel>();
  for (const { record, file, index } of data.nodes) {
    if (labels.has(record.id)) problems.push(`${describe(file, index, record)}: id ${record.id} is used twice`);
    labels.set(record.id, record.label);
  }

  // An earlier id may name one node only, and never a node that still exists.
  const replaced = new Set<string>();
  for (const { record, file, index } of data.nodes) {
    for (const earlier of record.vervangt ?? []) {
      if (labels.has(earlier) || replaced.has(earlier)) {
        problems.push(`${describe(file, index, record)}: vervangt ${earlier}, which is a node or replaced by another`);
      }
      replaced.add(earlier);
    }
  }

  const checkSources = (where: string, sources: readonly Bron[]) => {
    for (const source of sources) {
      const problem = checkSource(source, texts);
      if (problem) problems.push(`${where}: ${problem}`);
    }
  };
  for (const { record, file, index } of data.nodes) {
    const where = describe(file, index, record);
    checkSources(where, [...record.bronnen, ...(record.varianten ?? []).map((variant) => variant.bron)]);
    const ownProblems = nodeChecks[record.label]?.(record) ?? [];
    problems.push(...ownProblems.map((problem) => `${where}: ${problem}`));
  }

  const opgavenPerCrossover = new Map<string, Set<string>>();
  for (const { record, file, index } of data.relations) {
    const where = describe(file, index, record);
    checkSources(where, record.bronnen);
    const from = labels.get(record.van);
    const to = labels.get(record.naar);
    if (!from) problems.push(`${where}: van ${record.van} is not a node in the seeds`);
    if (!to) problems.push(`${where}: naar ${record.naar} is not a node in the seeds`);
    if (!from || !to) continue;
    const definition = relationTypes[record.type as RelationType];
    if (!endpointAllows(definition.from, from) || !endpointAllows(definition.to, to)) {
      problems.push(`${where}: ${record.type} may not join ${from} to ${to}`);
    }
    if (record.type === 'VERBINDT') {
      opgavenPerCrossover.set(record.van, (opgavenPerCrossover.get(record.van) ?? new Set()).add(record.naar));
    }
  }
  for (const { record, file, index } of data.nodes.filter(({ record }) => record.label === 'Crossover')) {
    const joined = opgavenPerCrossover.get(record.id)?.size ?? 0;
    if (joined < 2) problems.push(`${describe(file, index, record)}: a crossover joins at least two opgaven, this one ${joined}`);
  }
  if (problems.length > 0) throw new SeedError(`Invalid seed data:\n  ${problems.join('\n  ')}`);
}

/** The checks of a kind's own properties, for the kinds that have controlled vocabularies. */
const nodeChecks: Partial<Record<NodeLabel, (node: SeedNode) => string[]>> = {
  Knelpunt: bottleneckProblems,
  Stand: statusStatementProblems,
  Bedrag: amountProblems,
};

/** The documents' files, from the Document nodes' `bestand` property. */
export function documentFiles(nodes: ReadonlyArray<{ record: SeedNode }>): Array<{ id: string; bestand: string }> {
  return nodes
    .filter(({ record }) => record.label === 'Document')
    .map(({ record }) => {
      const bestand = record.eigenschappen?.bestand;
      if (typeof bestand !== 'string') throw new SeedError(`${record.id}: a Document needs eigenschappen.bestand`);
      return { id: record.id, bestand };
    });
}
