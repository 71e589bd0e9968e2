import {
  type ASTVisitor,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  isAbstractType,
  Kind,
  parse,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

/** What the validation rules need of the supergraph: which board writes each mutation field, and each entity's keys. */
export interface SupergraphFacts {
  /** Mutation field → the boards (subgraph names) that resolve it. */
  mutationBoards: Map<string, string[]>;
  /** Entity type → the top-level fields of its keys, in any board. */
  entityKeys: Map<string, Set<string>>;
}

const stringArgument = (directive: DirectiveNode, name: string): string | undefined => {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : value?.kind === Kind.ENUM ? value.value : undefined;
};

/** "code region { code }" → code, region: only the top level names a response key. */
function topLevelFields(fieldSet: string): string[] {
  let depth = 0;
  const names: string[] = [];
  for (const token of fieldSet.match(/[{}]|[_A-Za-z][_0-9A-Za-z]*/g) ?? []) {
    if (token === "{") depth += 1;
    else if (token === "}") depth -= 1;
    else if (depth === 0) names.push(token);
  }
  return names;
}

/** Reads the facts from the supergraph's join__ directives (the composed file, as the gateway serves it). */
export function supergraphFacts(supergraphSdl: string | DocumentNode): SupergraphFacts {
  const document = typeof supergraphSdl === "string" ? parse(supergraphSdl) : supergraphSdl;
  const graphNames = new Map<string, string>();
  const mutationBoards = new Map<string, string[]>();
  const entityKeys = new Map<string, Set<string>>();
  let mutationTypeName = "Mutation";
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === "join__Graph") {
      for (const value of definition.values ?? []) {
        const graph = value.directives?.find((directive) => directive.name.value === "join__graph");
        graphNames.set(value.name.value, (graph && stringArgument(graph, "name")) ?? value.name.value.toLowerCase());
      }
    }
    if (definition.kind === Kind.SCHEMA_DEFINITION) {
      const mutation = definition.operationTypes.find((type) => type.operation === "mutation");
      if (mutation) mutationTypeName = mutation.type.name.value;
    }
  }
  const board = (graph: string | undefined) => (graph ? (graphNames.get(graph) ?? graph.toLowerCase()) : undefined);
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    ) {
      continue;
    }
    const typeName = definition.name.value;
    const joinTypes = (definition.directives ?? []).filter((directive) => directive.name.value === "join__type");
    for (const joinType of joinTypes) {
      const key = stringArgument(joinType, "key");
      if (!key) continue;
      const keys = entityKeys.get(typeName) ?? new Set<string>();
      for (const field of topLevelFields(key)) keys.add(field);
      entityKeys.set(typeName, keys);
    }
    if (typeName !== mutationTypeName) continue;
    const typeBoards = joinTypes.map((directive) => board(stringArgument(directive, "graph"))).filter((name): name is string => !!name);
    for (const field of definition.fields ?? []) {
      const joined = (field.directives ?? []).filter((directive) => directive.name.value === "join__field");
      // A field without join__field is resolved by every board that declares the type.
      const boards = joined.length ? joined.map((directive) => board(stringArgument(directive, "graph"))).filter((name): name is string => !!name) : typeBoards;
      mutationBoards.set(field.name.value, [...new Set(boards)]);
    }
  }
  return { mutationBoards, entityKeys };
}

const refusal = (message: string, nodes: readonly FieldNode[], reason: string) =>
  new GraphQLError(message, { nodes, extensions: { code: "GRAPHQL_VALIDATION_FAILED", reason } });

/** The root fields of a selection set, through fragments, as written (skip/include are not evaluated: a write is judged by what the document may run). */
function rootFields(selectionSet: SelectionSetNode, context: ValidationContext, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, context, seen);
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    const fragment = context.getFragment(selection.name.value);
    return fragment ? rootFields(fragment.selectionSet, context, seen) : [];
  });
}

/**
 * One write per mutation operation. Every mutation field of this graph is
 * non-null, so by the GraphQL spec a refused field nulls the whole `data`:
 * with two writes in one operation, a refusal of the second would answer
 * `data: null` for a first write that went through. And when the writes are
 * on two boards @apollo/gateway sends them as separate fetches in sequence
 * and runs the second even after the first was refused — a write the client
 * was told did not happen. With one write per operation `data: null` always
 * means "not written" (each write is one transaction in its board). Partner
 * systems send several writes as several requests, in the order they choose,
 * stopping at the first refusal. `__typename` beside the write is harmless.
 */
export function oneWritePerMutation(facts: SupergraphFacts): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (operation.operation !== "mutation") return;
      const writes = rootFields(operation.selectionSet, context).filter((field) => field.name.value !== "__typename");
      if (writes.length < 2) return;
      const named = writes.map((field) => {
        const boards = facts.mutationBoards.get(field.name.value) ?? [];
        return `${field.alias ? `${field.alias.value}: ` : ""}${field.name.value}${boards.length ? ` (${boards.join(", ")})` : ""}`;
      });
      const boards = new Set(writes.flatMap((field) => facts.mutationBoards.get(field.name.value) ?? []));
      const why =
        boards.size > 1
          ? `they are written by different boards (${[...boards].join(", ")}), and the gateway would run the later ones even after an earlier one was refused`
          : "if a later one were refused the answer would be data: null although the earlier ones were written";
      context.reportError(
        refusal(
          `A mutation operation makes one write; this one asks for ${writes.length} (${named.join(", ")}): ${why}. Send each write as an operation of its own, in the order you need, and stop at the first refusal.`,
          writes,
          boards.size > 1 ? "mutation fields on several boards" : "several mutation fields",
        ),
      );
    },
  });
}

/**
 * An alias may not take the name of an entity's key field, or `__typename`,
 * for another field: the gateway asks each board for the key (and the type
 * name) under those very response names to join the entity across boards,
 * and @apollo/gateway then answers the key where the client asked for the
 * other field — `council { code: name }` gives the code, with no error
 * (apollographql/federation#3036). Refused before planning, with the reason.
 * (Hive Gateway refuses the same operation, as a subgraph's "fields conflict"
 * validation error.) The subgraphs themselves answer such aliases correctly,
 * so the rule is the gateway's alone.
 */
export function noAliasOverEntityKeys(facts: SupergraphFacts): ValidationRule {
  return (context): ASTVisitor => ({
    Field(field) {
      const alias = field.alias?.value;
      if (!alias || alias === field.name.value) return;
      const parent = context.getParentType();
      if (!parent) return;
      const possible = isAbstractType(parent) ? context.getSchema().getPossibleTypes(parent) : [parent];
      if (alias === "__typename") {
        context.reportError(
          refusal(
            `The alias "__typename" on ${parent.name}.${field.name.value} is refused: the gateway uses __typename to join records across boards and would answer the type's name instead of ${field.name.value}. Choose another alias.`,
            [field],
            "alias reuses __typename",
          ),
        );
        return;
      }
      const entity = [parent, ...possible].find((type) => facts.entityKeys.get(type.name)?.has(alias));
      if (!entity) return;
      context.reportError(
        refusal(
          `The alias "${alias}" on ${parent.name}.${field.name.value} is refused: "${alias}" is the key of ${entity.name}, which the gateway uses under that name to join ${entity.name} across boards, and it would answer the key instead of ${field.name.value} (apollographql/federation#3036). Choose another alias.`,
          [field],
          "alias reuses an entity key",
        ),
      );
    },
  });
}

/** The gateway's rules for answers that are true: one write per mutation, no alias over an entity key. */
export function truthfulOperationRules(supergraphSdl: string): ValidationRule[] {
  const facts = supergraphFacts(supergraphSdl);
  return [oneWritePerMutation(facts), noAliasOverEntityKeys(facts)];
}

/** The parts of @apollo/federation-internals' Schema that `answerCurrentIntrospection` touches. */
interface FederationSchema {
  type(name: string): { field(name: string): unknown; addField(name: string, type: unknown): unknown } | undefined;
  booleanType(): unknown;
  runWithBuiltInModificationAllowed(work: () => void): void;
}

/**
 * `__Type.isOneOf` (graphql-js 16.9+, and in the standard introspection query
 * with `oneOf: true`) through @apollo/gateway. The gateway validates a query
 * with graphql-js, which knows the field, then rebuilds it against
 * @apollo/federation-internals' own copy of the introspection types, which
 * lacks it, and throws: an HTTP 500 for a valid query. The copy gets the
 * field (introspection itself is then answered by graphql-js over the API
 * schema, as for every other introspection field). Applied whenever the
 * gateway loads or reloads its schema.
 */
export function answerCurrentIntrospection(gateway: { onSchemaLoadOrUpdate(callback: () => void): unknown }): void {
  gateway.onSchemaLoadOrUpdate(() => {
    const apiSchema = (gateway as unknown as { apiSchema?: FederationSchema }).apiSchema;
    const typeType = apiSchema?.type("__Type");
    if (!apiSchema || !typeType || typeType.field("isOneOf")) return;
    apiSchema.runWithBuiltInModificationAllowed(() => typeType.addField("isOneOf", apiSchema.booleanType()));
  });
}
