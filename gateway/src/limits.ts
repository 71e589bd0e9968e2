import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import { type ASTVisitor, GraphQLError, Kind, type ValidationContext, type ValidationRule } from "graphql";
import { ErrorCode, type OperationLimits } from "@sli/shared";

/** Marks a validation error as a limit refusal; `formatGatewayError` turns it into OPERATION_LIMIT. */
function limitError(limit: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.OPERATION_LIMIT, limit } });
}

/** At most `max` fields at the root of an operation: one request cannot ask for everything at once. */
function maxRootFieldsRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      let count = 0;
      for (const selection of operation.selectionSet.selections) {
        if (selection.kind === Kind.FIELD) count += 1;
        else if (selection.kind === Kind.INLINE_FRAGMENT) count += selection.selectionSet.selections.length;
        else {
          const fragment = context.getFragment(selection.name.value);
          count += fragment ? fragment.selectionSet.selections.length : 0;
        }
      }
      if (count > max) {
        context.reportError(limitError("rootFields", `Operation limit: ${count} root fields, more than the ${max} allowed`));
      }
    },
  });
}

/**
 * The gateway's operation limits. graphql-armor's validation rules for depth,
 * aliases, directives and cost report through the validation context (a 400,
 * never a 500); the token limit is graphql-js's own parser option (armor's
 * Apollo token plugin throws while parsing, which Apollo answers with a 500).
 */
export function operationLimits(limits: OperationLimits, production: boolean) {
  const onReject = (limit: string) => [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(limit, error.message)),
  ];
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    // In development the suggestions help; production hides schema details anyway.
    blockFieldSuggestion: { enabled: production },
    maxDepth: { n: limits.depth, ignoreIntrospection: true, propagateOnRejection: false, onReject: onReject("depth") },
    maxAliases: { n: limits.aliases, propagateOnRejection: false, onReject: onReject("aliases") },
    maxDirectives: { n: limits.directives, propagateOnRejection: false, onReject: onReject("directives") },
    costLimit: { maxCost: limits.cost, propagateOnRejection: false, onReject: onReject("cost") },
  }).protect();
  return {
    plugins: armor.plugins as ApolloServerPlugin<any>[],
    validationRules: [...armor.validationRules, maxRootFieldsRule(limits.rootFields)],
    parseOptions: { maxTokens: limits.tokens },
  };
}
