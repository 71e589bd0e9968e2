import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ErrorRequestHandler, RequestHandler } from "express";
import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  getNamedType,
  GraphQLError,
  type GraphQLSchema,
  isObjectType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
  valueFromASTUntyped,
} from "graphql";
import type { OperationLimits } from "./config";
import { CostAdmission } from "./admission";
import { type DemandModel, estimateCost } from "./demand-control";
import { ErrorCode } from "./errors";

/**
 * Room for the request line and headers: a GET query string up to the body
 * limit must reach our 414 (OPERATION_LIMIT) rather than Node's bare 431.
 * The gateway and every subgraph listen with the same.
 */
export const MAX_HEADER_BYTES = 256 * 1024;

type Details = Record<string, unknown>;

/** A limit refusal: OPERATION_LIMIT and HTTP 400, naming the limit. */
export function limitError(limit: string, message: string, details: Details = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code: ErrorCode.OPERATION_LIMIT, limit, http: { status: 400 } } });
}

const refusal = (message: string, details: Details): GraphQLError =>
  new GraphQLError(message, { extensions: { ...details, code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });

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

// graphql-js spells it "more that" in 16.x.
const TOKEN_LIMIT = /Document contains more tha[nt] \d+ tokens/;

/**
 * Apollo labels a validation rule's refusal GRAPHQL_VALIDATION_FAILED and the
 * parser's token limit GRAPHQL_PARSE_FAILED: the answer says OPERATION_LIMIT,
 * as the contract does, wherever the limits run.
 */
const limitCodes: ApolloServerPlugin<any> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
          (error.extensions?.limit || TOKEN_LIMIT.test(error.message)) && error.extensions?.code !== ErrorCode.OPERATION_LIMIT
            ? { ...error, extensions: { ...error.extensions, code: ErrorCode.OPERATION_LIMIT } }
            : error,
        );
      },
    };
  },
};

/** The root `_entities` fields of an operation (a subgraph's entity fetch). */
function entityFields(operation: OperationDefinitionNode): FieldNode[] {
  if (operation.operation !== "query") return [];
  return operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD && selection.name.value === "_entities" ? [selection] : [],
  );
}

function representationsOf(field: FieldNode, variables: Record<string, unknown>): unknown {
  const argument = field.arguments?.find((candidate) => candidate.name.value === "representations");
  if (!argument) return undefined;
  return argument.value.kind === Kind.VARIABLE ? variables[argument.value.name.value] : valueFromASTUntyped(argument.value, variables);
}

/**
 * A subgraph's `_entities` takes at most `max` representations, each an
 * object naming one of this subgraph's entity types and carrying one of its
 * keys with values of the key fields' types: anything else is refused as
 * BAD_USER_INPUT before a loader or the database sees it.
 */
export function checkRepresentations(schema: GraphQLSchema, model: DemandModel, representations: unknown, max: number): void {
  if (!Array.isArray(representations)) throw refusal("_entities takes a list of representations", { argument: "representations" });
  if (representations.length > max) {
    throw limitError("entities", `Operation limit: ${representations.length} representations, more than the ${max} allowed`, {
      representations: representations.length,
      allowed: max,
    });
  }
  const entityUnion = schema.getType("_Entity");
  const entityTypes = new Set(isUnionType(entityUnion) ? entityUnion.getTypes().map((type) => type.name) : []);
  representations.forEach((representation: unknown, index) => {
    const at = `representations[${index}]`;
    if (typeof representation !== "object" || representation === null || Array.isArray(representation)) {
      throw refusal(`${at} must be an object with __typename and the entity's key`, { argument: at });
    }
    const { __typename: typename, ...fields } = representation as Record<string, unknown>;
    if (typeof typename !== "string" || !entityTypes.has(typename)) {
      throw refusal(`${at}: __typename must name an entity of this subgraph (${[...entityTypes].join(", ")})`, { argument: at });
    }
    const type = schema.getType(typename);
    const keys = model.keys.get(typename) ?? [];
    const valid = (name: string): boolean => {
      const field = isObjectType(type) ? type.getFields()[name] : undefined;
      const value = fields[name];
      if (!field) return false;
      const scalar = getNamedType(field.type).name;
      if (scalar === "Int") return Number.isInteger(value);
      // ID and String keys (GSS codes, region codes, person ids) are non-empty strings.
      return typeof value === "string" && value.length > 0;
    };
    if (keys.length && !keys.some((key) => key.every(valid))) {
      const expected = keys.map((key) => key.join(" and ")).join(", or ");
      throw refusal(`${at}: a ${typename} representation needs ${expected}, each a non-empty string`, { argument: at });
    }
  });
}

export interface LimitOptions {
  production: boolean;
  /** The `@listSize` and `@cost` the budget is counted from: the supergraph's at the gateway, the subgraph's own schema in a subgraph. */
  demand: DemandModel;
  /** A subgraph checks its `_entities` representations (count and shape) too. */
  entities?: boolean;
  /** How long an operation may wait for room among those running (LIMIT_COST_IN_FLIGHT) before it is refused with 503. */
  admissionWaitMs?: number;
}

/**
 * The operation limits, for the gateway and each subgraph alike.
 * graphql-armor's validation rules for depth, aliases and directives report
 * through the validation context (a 400, never a 500); the root-field rule is
 * our own; the token limit is graphql-js's own parser option (armor's Apollo
 * token plugin throws while parsing, which Apollo answers with a 500). Cost is
 * demand control counted over list sizes (demand-control.ts), after the
 * operation and its variables are known and before anything is fetched;
 * graphql-armor's cost rule counts fields, not list sizes, and is off.
 */
export function operationLimits(limits: OperationLimits, options: LimitOptions) {
  const onReject = (limit: string) => [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(limit, error.message)),
  ];
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // In development the suggestions help; production hides schema details anyway.
    blockFieldSuggestion: { enabled: options.production },
    maxDepth: { n: limits.depth, ignoreIntrospection: true, propagateOnRejection: false, onReject: onReject("depth") },
    maxAliases: { n: limits.aliases, propagateOnRejection: false, onReject: onReject("aliases") },
    maxDirectives: { n: limits.directives, propagateOnRejection: false, onReject: onReject("directives") },
  }).protect();

  const admission = new CostAdmission(limits.costInFlight, options.admissionWaitMs ?? 10_000);
  const demandControl: ApolloServerPlugin<any> = {
    async requestDidStart() {
      let leave: (() => void) | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const variables = (request.variables ?? {}) as Record<string, unknown>;
          if (options.entities) {
            for (const field of entityFields(operation)) checkRepresentations(schema, options.demand, representationsOf(field, variables), limits.entities);
          }
          const cost = estimateCost({ schema, document: document as DocumentNode, operation, variables, model: options.demand });
          if (cost > limits.cost) {
            throw limitError("cost", `Operation limit: the estimated cost is ${cost}, over the budget of ${limits.cost}`, {
              cost,
              budget: limits.cost,
            });
          }
          // Within the budget: run when the operations already running leave room for it.
          leave = await admission.enter(cost);
        },
        async willSendResponse() {
          leave?.();
        },
      };
    },
  };

  return {
    plugins: [...(armor.plugins as ApolloServerPlugin<any>[]), demandControl, limitCodes],
    validationRules: [...armor.validationRules, maxRootFieldsRule(limits.rootFields)],
    parseOptions: { maxTokens: limits.tokens },
  };
}

/**
 * A subgraph's limits, as the gateway's with room for what the gateway's own
 * fetches add to a client's operation: the query planner adds `__typename`
 * and the key fields to selection sets (at most two tokens for every two of
 * the client's, so twice the tokens) and sends the representations of an
 * entity fetch (up to `entities` of them) in the body. Depth, aliases, root
 * fields, directives and cost are the gateway's: a subgraph's part of an
 * operation never exceeds the whole.
 */
export function subgraphLimits(limits: OperationLimits): OperationLimits {
  const representationBytes = 128;
  return {
    ...limits,
    tokens: limits.tokens * 2,
    bodyBytes: limits.bodyBytes * 2 + limits.entities * representationBytes,
  };
}

const httpError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** A URL (a GET's query string) longer than the body limit is refused as the body would be. */
export function refuseLongUrls(bodyBytes: number): RequestHandler {
  return (req, res, next) => {
    if (req.url.length > bodyBytes) {
      res.status(414).json(httpError(`Operation limit: the URL is longer than ${bodyBytes} bytes`, ErrorCode.OPERATION_LIMIT));
      return;
    }
    next();
  };
}

/** Refusals made before Apollo sees a request (body size, JSON syntax) still answer JSON with a contract code. */
export function requestBodyErrors(bodyBytes: number): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: string }).type;
    if (type === "entity.too.large") {
      res.status(413).json(httpError(`Operation limit: the request body is larger than ${bodyBytes} bytes`, ErrorCode.OPERATION_LIMIT));
    } else if (type === "entity.parse.failed") {
      res.status(400).json(httpError("The request body is not valid JSON", ErrorCode.BAD_USER_INPUT));
    } else if (type === "encoding.unsupported" || type === "charset.unsupported") {
      res.status(415).json(httpError("The request body must be UTF-8 encoded JSON", ErrorCode.BAD_USER_INPUT));
    } else {
      next(error);
    }
  };
}
