import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';

/**
 * Refuses over-deep, over-costly or over-aliased operations before any resolver runs.
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
    costLimitRule({ maxCost: limits.maxCost, ...refusal }),
    maxAliasesRule({ n: limits.maxAliases, ...refusal }),
    maxDirectivesRule({ n: limits.maxDirectives, ...refusal }),
  ];
}
