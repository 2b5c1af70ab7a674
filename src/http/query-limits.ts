import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';

/**
 * Refuses over-deep or over-aliased operations, or ones with too many directives, before any
 * resolver runs (the cost limit is in query-cost.ts: it needs the variables).
 * The rules would throw by default, which Apollo answers with a 500; reporting the refusal
 * as a validation error gives the client a 400 with GRAPHQL_VALIDATION_FAILED instead.
 */
export function queryLimitRules({ limits }: Config): ValidationRule[] {
  const refusal = {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
    ],
  };
  return [
    maxDepthRule({ n: limits.maxDepth, ...refusal }),
    maxAliasesRule({ n: limits.maxAliases, ...refusal }),
    maxDirectivesRule({ n: limits.maxDirectives, ...refusal }),
  ];
}
