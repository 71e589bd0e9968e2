import {
  type ArgumentNode,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type TypeNode,
  valueFromASTUntyped,
  visit,
} from "graphql";
import { MAX_PAGE_SIZE } from "./pagination";

/**
 * What one field costs, in the terms of Federation's cost spec
 * (https://specs.apollo.dev/cost/v0.1: `@listSize`, `@cost`), which Apollo
 * Router's demand control and Hive Gateway's demand-control plugin read from
 * the same supergraph.
 */
export interface FieldDemand {
  /** The most items the list holds in the data this graph serves (353 councils, 9 regions…). */
  assumedSize?: number;
  /** Arguments that bound the list (`limit`, `first`): when given, their value is the size. */
  slicingArguments?: string[];
  /** Whether a caller must give one of the slicing arguments (the spec's default is true). */
  requireOneSlicingArgument?: boolean;
  /**
   * For a connection (a field that returns an object, not a list): the fields
   * of that object whose lists the slicing argument sizes (`["edges"]`).
   */
  sizedFields?: string[];
  /** The weight of the field (of each item, for a list) in place of its type's: for fields costlier than a row. */
  cost?: number;
}

/** A board's declarations, by `Type.field`. Every list field needs one: the schema refuses to build without. */
export type DemandDeclarations = Readonly<Record<string, FieldDemand>>;

/** The cost directives of a schema, read back from its SDL (a subgraph's, or the composed supergraph's). */
export interface DemandModel {
  fields: ReadonlyMap<string, FieldDemand>;
  /** `@cost` on an object, enum or scalar type. */
  types: ReadonlyMap<string, number>;
  /** Each entity type's `@key` fields (subgraphs only): what a representation must carry. */
  keys: ReadonlyMap<string, string[][]>;
}

/**
 * The real bounds of the reference data (seed-data/councils.csv, regions.csv;
 * a test holds them to it): what the lists of councils and regions can hold.
 */
export const GRAPH_BOUNDS = Object.freeze({
  councils: 353,
  regions: 9,
  /** South East: the largest region's councils. */
  councilsInLargestRegion: 74,
  /** Councils with children's and adult social care (counties, unitaries, metropolitan and London boroughs, the Isles of Scilly). */
  upperTierCouncils: 152,
});

/**
 * A cursor connection (pagination.ts): `first` sizes its `edges` (20 when not
 * given, at most 100), as Federation's `@listSize(slicingArguments: ["first"],
 * sizedFields: ["edges"])` says.
 */
export const CONNECTION_DEMAND: FieldDemand = Object.freeze({
  assumedSize: MAX_PAGE_SIZE,
  slicingArguments: ["first"],
  sizedFields: ["edges"],
  requireOneSlicingArgument: false,
});

/** A connection type's own list: a page holds at most MAX_PAGE_SIZE edges. */
export const connectionEdgesDemand = (connection: string): DemandDeclarations => ({ [`${connection}.edges`]: { assumedSize: MAX_PAGE_SIZE } });

/**
 * The toolkit's audit trail (audit.ts) in one board: a connection paged by
 * `first`, and an entry's credentials are the token's roles and scopes (a
 * 400-character column).
 */
export function auditTrailDemand(board: string): DemandDeclarations {
  return {
    [`Query.${board}AuditTrail`]: CONNECTION_DEMAND,
    ...connectionEdgesDemand("AuditEntryConnection"),
    "AuditEntry.credentials": { assumedSize: 20 },
  };
}

/** The cost spec's weights (as Apollo Router's and Hive Gateway's demand control): objects 1, scalars and enums 0, a mutation 10 more. */
export const OBJECT_WEIGHT = 1;
export const MUTATION_WEIGHT = 10;
/**
 * A list without `@listSize` (none in this graph's own schema: the build
 * refuses one) counts as this many items, as Router's default list size.
 */
export const UNDECLARED_LIST_SIZE = 100;

// The names composition and the federation link give the spec's directives.
const COST_DIRECTIVES = new Set(["cost", "federation__cost", "cost__cost"]);
const LIST_SIZE_DIRECTIVES = new Set(["listSize", "federation__listSize", "cost__listSize"]);

const argumentsOf = (directive: DirectiveNode): Record<string, unknown> =>
  Object.fromEntries((directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)]));

function isListTypeNode(type: TypeNode): boolean {
  return type.kind === Kind.NON_NULL_TYPE ? isListTypeNode(type.type) : type.kind === Kind.LIST_TYPE;
}

/** Reads `@cost`, `@listSize` and `@key` from type definitions (and extensions) of an SDL. */
export function demandModelOf(source: DocumentNode | GraphQLSchema): DemandModel {
  const definitions: readonly DefinitionNode[] =
    "kind" in source
      ? source.definitions
      : Object.values(source.getTypeMap()).flatMap((type) => [type.astNode, ...(type.extensionASTNodes ?? [])].filter((node) => node != null));
  const fields = new Map<string, FieldDemand>();
  const types = new Map<string, number>();
  const keys = new Map<string, string[][]>();
  for (const definition of definitions) {
    if (!("name" in definition) || !definition.name || !("directives" in definition)) continue;
    const typeName = definition.name.value;
    for (const directive of definition.directives ?? []) {
      if (COST_DIRECTIVES.has(directive.name.value)) types.set(typeName, Number(argumentsOf(directive).weight));
      if (directive.name.value === "key") {
        const fieldSet = argumentsOf(directive).fields;
        // This graph's keys are plain fields ("code", "id"); a nested selection is not one a representation can be checked against.
        if (typeof fieldSet === "string" && !fieldSet.includes("{")) {
          keys.set(typeName, [...(keys.get(typeName) ?? []), fieldSet.trim().split(/\s+/)]);
        }
      }
    }
    if (!("fields" in definition) || !definition.fields) continue;
    for (const field of definition.fields as readonly FieldDefinitionNode[]) {
      const demand: FieldDemand = {};
      for (const directive of field.directives ?? []) {
        const values = argumentsOf(directive);
        if (COST_DIRECTIVES.has(directive.name.value)) demand.cost = Number(values.weight);
        if (LIST_SIZE_DIRECTIVES.has(directive.name.value)) {
          if (typeof values.assumedSize === "number") demand.assumedSize = values.assumedSize;
          if (Array.isArray(values.slicingArguments)) demand.slicingArguments = values.slicingArguments.map(String);
          if (Array.isArray(values.sizedFields)) demand.sizedFields = values.sizedFields.map(String);
          if (typeof values.requireOneSlicingArgument === "boolean") demand.requireOneSlicingArgument = values.requireOneSlicingArgument;
        }
      }
      if (Object.keys(demand).length) fields.set(`${typeName}.${field.name.value}`, demand);
    }
  }
  return { fields, types, keys };
}

const directive = (name: string, args: Record<string, number | boolean | string[] | undefined>): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: name },
  arguments: Object.entries(args)
    .filter(([, value]) => value !== undefined)
    .map(([argument, value]) => ({
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: argument },
      value: Array.isArray(value)
        ? { kind: Kind.LIST, values: value.map((item) => ({ kind: Kind.STRING, value: item })) }
        : typeof value === "boolean"
          ? { kind: Kind.BOOLEAN, value }
          : { kind: Kind.INT, value: String(value) },
    })),
});

/**
 * Declares each field's `@listSize` and `@cost` in a subgraph's SDL, from the
 * board's declarations. Refuses to build a schema where a list field has no
 * size (a new list field must say how long it can grow) or where a
 * declaration names a field that does not exist (a stale bound).
 */
export function declareDemand(document: DocumentNode, declarations: DemandDeclarations): DocumentNode {
  const unused = new Set(Object.keys(declarations));
  const problems: string[] = [];
  const declareFields = <T extends ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode>(node: T): T => ({
    ...node,
    fields: node.fields?.map((field): FieldDefinitionNode => {
      const name = `${node.name.value}.${field.name.value}`;
      // An @external field is the owning board's: its size is declared there (composition refuses one here).
      if (field.directives?.some((applied) => applied.name.value === "external")) return field;
      const demand = declarations[name];
      unused.delete(name);
      const list = isListTypeNode(field.type);
      // An @external field is sized by the board that resolves it: Federation refuses @listSize on the declaring side.
      if (field.directives?.some((each) => each.name.value === "external")) {
        if (demand) problems.push(`${name} is @external: declare its size in the board that resolves it`);
        return field;
      }
      const sized = demand?.assumedSize !== undefined || Boolean(demand?.slicingArguments?.length);
      const connection = Boolean(demand?.sizedFields?.length);
      if (list && !sized) problems.push(`${name} returns a list without a declared size: add its assumedSize to the board's demand declarations`);
      if (!list && sized && !connection) problems.push(`${name} is not a list: declare only its cost (or the sizedFields of a connection)`);
      if (list && connection) problems.push(`${name} is a list: sizedFields are for a connection, a field that returns an object`);
      if (!demand) return field;
      const added: ConstDirectiveNode[] = [];
      if (list || connection) {
        added.push(
          directive("listSize", {
            assumedSize: demand.assumedSize,
            slicingArguments: demand.slicingArguments,
            sizedFields: demand.sizedFields,
            requireOneSlicingArgument: demand.slicingArguments ? (demand.requireOneSlicingArgument ?? true) : undefined,
          }),
        );
      }
      if (demand.cost !== undefined) added.push(directive("cost", { weight: demand.cost }));
      return { ...field, directives: [...(field.directives ?? []), ...added] };
    }),
  });
  const declared = visit(document, { ObjectTypeDefinition: declareFields, InterfaceTypeDefinition: declareFields });
  for (const name of unused) problems.push(`the demand declarations name ${name}, which the schema does not have`);
  if (problems.length) throw new Error(`Demand control:\n  - ${problems.join("\n  - ")}`);
  return declared;
}

export interface CostEstimate {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Readonly<Record<string, unknown>>;
  model: DemandModel;
}

/**
 * An operation's static cost, before anything is fetched (the IBM GraphQL
 * cost spec as Apollo Router computes it): each object 1, each scalar or enum
 * 0, a mutation 10 more, a field's `@cost` in place of its type's weight; a list
 * multiplies its items' cost by its size (a slicing argument's value when
 * given, else its `@listSize` assumed size); each input object given as an
 * argument 1. Fragments count where they are spread; on an interface or union
 * the costliest possible type counts. `_entities` (a subgraph's entity fetch)
 * is as long as the representations it is given.
 */
export function estimateCost({ schema, document, operation, variables = {}, model }: CostEstimate): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const variableDefaults = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition.defaultValue]),
  );
  const valueOf = (node: ArgumentNode): unknown => {
    if (node.value.kind === Kind.VARIABLE) {
      const name = node.value.name.value;
      if (name in variables) return variables[name];
      const fallback = variableDefaults.get(name);
      return fallback ? valueFromASTUntyped(fallback) : undefined;
    }
    return valueFromASTUntyped(node.value, variables as Record<string, unknown>);
  };
  const argumentValues = (node: FieldNode, field: GraphQLField<unknown, unknown>): Map<string, unknown> => {
    const values = new Map<string, unknown>();
    for (const definition of field.args) if (definition.defaultValue !== undefined) values.set(definition.name, definition.defaultValue);
    for (const argument of node.arguments ?? []) values.set(argument.name.value, valueOf(argument));
    return values;
  };

  // A fragment costs the same wherever it is spread on the same type: counted
  // once, so a "fragment bomb" costs time linear in its text, not exponential.
  const fragmentCosts = new Map<string, number>();
  const visiting = new Set<string>();

  const applies = (condition: string | undefined, type: GraphQLObjectType): boolean => {
    if (!condition || condition === type.name) return true;
    const conditionType = schema.getType(condition);
    return conditionType !== undefined && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
  };

  const inputCost = (type: GraphQLInputType, value: unknown): number => {
    if (value === null || value === undefined) return 0;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const items = Array.isArray(value) ? value : [value];
      return items.reduce((sum: number, item) => sum + inputCost(nullable.ofType, item), 0);
    }
    if (isInputObjectType(nullable) && typeof value === "object") {
      let cost = model.types.get(nullable.name) ?? OBJECT_WEIGHT;
      for (const field of Object.values(nullable.getFields())) cost += inputCost(field.type, (value as Record<string, unknown>)[field.name]);
      return cost;
    }
    return 0;
  };

  const listSize = (node: FieldNode, parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, demand: FieldDemand | undefined): number => {
    const values = argumentValues(node, field);
    if (parent === schema.getQueryType() && field.name === "_entities") {
      const representations = values.get("representations");
      return Array.isArray(representations) ? representations.length : 1;
    }
    const sliced = (demand?.slicingArguments ?? [])
      .map((name) => values.get(name))
      .filter((value): value is number => typeof value === "number" && Number.isFinite(value));
    if (sliced.length) return Math.max(0, ...sliced);
    return demand?.assumedSize ?? UNDECLARED_LIST_SIZE;
  };

  /** A connection's size, while its sizedFields are counted: the fields it sizes, and by how much. */
  interface Sizing {
    fields: readonly string[];
    size: number;
  }

  const fieldCost = (node: FieldNode, parent: GraphQLObjectType, sizing?: Sizing): number => {
    const name = node.name.value;
    // Introspection and __typename read no data.
    if (name.startsWith("__")) return 0;
    const field = parent.getFields()[name];
    if (!field) return 0; // validation reports it
    const demand = model.fields.get(`${parent.name}.${name}`);
    const type = getNamedType(field.type);
    const weight = demand?.cost ?? model.types.get(type.name) ?? (isCompositeType(type) ? OBJECT_WEIGHT : 0);
    // A connection passes its size down to the lists it names (its edges).
    const connection = demand?.sizedFields?.length && !isListType(getNullableType(field.type));
    const inner: Sizing | undefined = connection ? { fields: demand!.sizedFields!, size: listSize(node, parent, field, demand) } : undefined;
    const selections = node.selectionSet && isCompositeType(type) ? selectionSetCost(node.selectionSet, type, inner) : 0;
    const sized = sizing?.fields.includes(name) ? sizing.size : undefined;
    const size = isListType(getNullableType(field.type)) ? (sized ?? listSize(node, parent, field, demand)) : 1;
    const args = (node.arguments ?? []).reduce((sum, argument) => {
      const definition = field.args.find((candidate) => candidate.name === argument.name.value);
      return definition ? sum + inputCost(definition.type, valueOf(argument)) : sum;
    }, 0);
    return size * (weight + selections) + args;
  };

  const objectSelectionCost = (set: SelectionSetNode, type: GraphQLObjectType, sizing?: Sizing): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total += fieldCost(selection, type, sizing);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, type)) total += objectSelectionCost(selection.selectionSet, type, sizing);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || !applies(fragment.typeCondition.name.value, type)) continue;
        // Spread inside a connection, the same fragment costs what the connection's size makes it.
        const key = `${fragment.name.value} on ${type.name}${sizing ? ` sized ${sizing.fields.join(",")}=${sizing.size}` : ""}`;
        const known = fragmentCosts.get(key);
        if (known !== undefined) total += known;
        else if (!visiting.has(key)) {
          // A fragment spread inside itself is a cycle that validation refuses; it adds nothing here.
          visiting.add(key);
          const cost = objectSelectionCost(fragment.selectionSet, type, sizing);
          visiting.delete(key);
          fragmentCosts.set(key, cost);
          total += cost;
        }
      }
    }
    return total;
  };

  function selectionSetCost(set: SelectionSetNode, type: GraphQLCompositeType, sizing?: Sizing): number {
    if (isObjectType(type)) return objectSelectionCost(set, type, sizing);
    const possible = schema.getPossibleTypes(type);
    return possible.reduce((most, candidate) => Math.max(most, objectSelectionCost(set, candidate, sizing)), 0);
  }

  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return (operation.operation === "mutation" ? MUTATION_WEIGHT : 0) + objectSelectionCost(operation.selectionSet, root);
}
