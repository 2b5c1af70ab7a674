import { badUserInput } from '../errors.js';
import { recordableLabels, type RecordableLabel } from '../repositories/recording-repository.js';
import type { Outcome, Work } from './recorder.js';
import { parseInput, retraction } from './recording-input.js';
import { nodeSnapshot, requireRecordedNode, requireVersion, retractionProperties } from './recorded-facts.js';

/**
 * `intrekken`: a recorded crossover, region, source, status statement, commitment or knelpunt leaves the knowledge graph with its
 * recorded relations. Nothing is deleted: the node becomes `Ingetrokken`, its relations
 * `INGETROKKEN`, and the audit trail keeps the state before.
 */
export async function retractNode(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(retraction, invoer, 'invoer');
  const found = await work.store.lockNodes([input.id]);
  const node = requireRecordedNode(found, input.id, 'invoer.id', recordableLabels);
  requireVersion(node, input.versie, 'invoer.versie');
  if (node.label === 'Document') {
    const citations = await work.store.citationsOf(node.id);
    if (citations > 0) {
      throw badUserInput(
        'invoer.id',
        `${node.id} is nog de bron van ${citations} feiten; geef die eerst andere bronnen of trek ze in`,
      );
    }
  }
  const relations = await work.store.recordedRelationsOf(node.id);
  const properties = retractionProperties(work, input.reden);
  for (const relation of relations) await work.store.retractRelation(relation, properties);
  await work.store.retractNode(node.id, node.label as RecordableLabel, {
    ...properties,
    versie: Number(node.properties.versie) + 1,
  });
  return {
    soort: 'INGETROKKEN',
    onderwerp: node.id,
    knooppunten: [node.id, ...relations.flatMap((relation) => [relation.van, relation.naar])],
    reden: input.reden,
    voor: nodeSnapshot(node.label, node.properties, relations),
    na: null,
  };
}
