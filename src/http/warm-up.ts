import type { ApolloServer } from '@apollo/server';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../context.js';
import type { Logger } from '../logger.js';
import { documentTexts, ownDocuments } from './own-documents.js';

/**
 * The service's own operations that run without variables (their variables are optional or have
 * defaults): the verkenner's first view and the IDE's examples, among them the candidate crossovers.
 */
export function warmUpDocuments(paths: readonly string[] = ownDocuments): string[] {
  return documentTexts(paths).filter(isQueryWithoutVariables);
}

/**
 * Runs each of `documents` once, one after another, as a caller would. A first answer after a start
 * is slow: Neo4j plans each query the first time it sees it, and the candidate crossovers are computed
 * once per graph version (see candidate-cache.ts). Run here, the first caller meets neither. A failure
 * is logged and the rest go on: warming up is an optimisation, never a reason not to serve.
 */
export async function warmUp(
  apollo: ApolloServer<RequestContext>,
  newContext: () => RequestContext,
  documents: readonly string[],
  logger: Logger,
): Promise<void> {
  const started = performance.now();
  for (const query of documents) {
    const response = await apollo.executeOperation({ query }, { contextValue: newContext() });
    const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
    if (errors?.length)
      logger.warn({ problem: errors[0]!.message, query: query.slice(0, 200) }, 'warm-up query failed');
  }
  logger.info({ queries: documents.length, durationMs: Math.round(performance.now() - started) }, 'warmed up');
}

/** Reads only (never a mutation), and nothing a caller would have to fill in. */
function isQueryWithoutVariables(text: string): boolean {
  const operations = parse(text).definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return (
    operations.length > 0 &&
    operations.every((operation) => operation.operation === 'query' && needsNoVariables(operation))
  );
}

function needsNoVariables(operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).every(
    (variable) => variable.type.kind !== Kind.NON_NULL_TYPE || variable.defaultValue !== undefined,
  );
}
