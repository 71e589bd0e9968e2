import {
  type ASTVisitor,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  isCompositeType,
  isListType,
  isNonNullType,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  getNamedType,
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
  /** "Type.field" → the boards that resolve it; a field missing here is resolved wherever its type is. */
  fieldBoards: Map<string, string[]>;
  /** Object or interface type → the boards that declare it. */
  typeBoards: Map<string, string[]>;
}

const isTrue = (directive: DirectiveNode, name: string): boolean => {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.BOOLEAN && value.value;
};

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
  const fieldBoards = new Map<string, string[]>();
  const typeBoards = new Map<string, string[]>();
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
    const declaredBy = joinTypes.map((directive) => board(stringArgument(directive, "graph"))).filter((name): name is string => !!name);
    typeBoards.set(typeName, [...new Set([...(typeBoards.get(typeName) ?? []), ...declaredBy])]);
    for (const field of definition.fields ?? []) {
      const joined = (field.directives ?? []).filter((directive) => directive.name.value === "join__field" && !isTrue(directive, "external"));
      const graphs = joined.map((directive) => board(stringArgument(directive, "graph"))).filter((name): name is string => !!name);
      if (graphs.length) fieldBoards.set(`${typeName}.${field.name.value}`, [...new Set(graphs)]);
      // A field without join__field is resolved by every board that declares the type.
      if (typeName === mutationTypeName) mutationBoards.set(field.name.value, [...new Set(graphs.length ? graphs : declaredBy)]);
    }
  }
  return { mutationBoards, entityKeys, fieldBoards, typeBoards };
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

/** Whether a null here reaches the parent: non-null, and so is every list's item. */
function nullReachesParent(type: GraphQLOutputType): boolean {
  if (!isNonNullType(type)) return false;
  const inner = type.ofType;
  return isListType(inner) ? nullReachesParent(inner.ofType) : true;
}

/**
 * A mutation's answer asks another board for a field only where that board's
 * failure cannot null the write. The written record is the mutation board's;
 * its other boards' fields come in later fetches, and if one of those fails a
 * non-null field nulls its parent, up to the mutation field, and by the spec
 * to `data: null` — for a write that was made. Such fields are refused here
 * (ask for them in a query after the write); other boards' fields below a
 * nullable link are fine, as a failure there nulls only that link.
 */
export function mutationAnswersFromItsBoard(facts: SupergraphFacts): ValidationRule {
  const resolvedIn = (type: string, field: string, board: string) =>
    (facts.fieldBoards.get(`${type}.${field}`) ?? facts.typeBoards.get(type) ?? [board]).includes(board);
  return (context) => ({
    OperationDefinition(operation) {
      if (operation.operation !== "mutation") return;
      const schema = context.getSchema();
      const mutationType = schema.getMutationType();
      const refused = new Set<FieldNode>();
      const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, board: string, root: FieldNode, seen: Set<string>) => {
        for (const selection of selectionSet.selections) {
          if (selection.kind === Kind.INLINE_FRAGMENT) {
            const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
            if (type && isCompositeType(type)) walk(selection.selectionSet, type, board, root, seen);
            continue;
          }
          if (selection.kind === Kind.FRAGMENT_SPREAD) {
            const fragment = context.getFragment(selection.name.value);
            const type = fragment && schema.getType(fragment.typeCondition.name.value);
            if (!fragment || !type || !isCompositeType(type) || seen.has(fragment.name.value)) continue;
            walk(fragment.selectionSet, type, board, root, new Set([...seen, fragment.name.value]));
            continue;
          }
          if (selection.name.value === "__typename" || isAbstractType(parent)) continue;
          const field = parent.getFields()[selection.name.value];
          if (!field || !nullReachesParent(field.type)) continue;
          if (!resolvedIn(parent.name, field.name, board)) {
            if (refused.has(selection)) continue;
            refused.add(selection);
            const boards = facts.fieldBoards.get(`${parent.name}.${field.name}`) ?? facts.typeBoards.get(parent.name) ?? [];
            context.reportError(
              refusal(
                `The answer to ${root.name.value} (written by ${board}) asks for ${parent.name}.${field.name}, which ${boards.join(", ")} answers, and nothing nullable lies between: had ${boards.join(", ")} failed, the answer would be data: null although the write was made. Ask for it in a query after the write.`,
                [selection],
                "mutation answer needs another board",
              ),
            );
            continue;
          }
          const type = getNamedType(field.type);
          if (selection.selectionSet && isCompositeType(type)) walk(selection.selectionSet, type, board, root, seen);
        }
      };
      for (const root of rootFields(operation.selectionSet, context)) {
        const field = mutationType?.getFields()[root.name.value];
        const boards = facts.mutationBoards.get(root.name.value) ?? [];
        const type = field && getNamedType(field.type);
        // The mutation field's own value is the write's witness: any null reaching it misleads.
        if (!root.selectionSet || boards.length !== 1 || !type || !isCompositeType(type)) continue;
        walk(root.selectionSet, type, boards[0], root, new Set());
      }
    },
  });
}

/** The gateway's rules for answers that are true: one write per mutation, answered from its board; no alias over an entity key. */
export function truthfulOperationRules(supergraphSdl: string): ValidationRule[] {
  const facts = supergraphFacts(supergraphSdl);
  return [oneWritePerMutation(facts), mutationAnswersFromItsBoard(facts), noAliasOverEntityKeys(facts)];
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
