import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type ConstDirectiveNode, type DocumentNode, type FieldDefinitionNode, type GraphQLSchema, Kind, parse, visit } from "graphql";
import { buildSchema, type BuildSchemaOptions, createResolversMap, getMetadataStorage } from "type-graphql";
import { notingMutation } from "./audit";
import { authChecker } from "./authorization";
import { checkArguments } from "./formats";
import { checkDeadlinesInResolvers } from "./deadline";
import { type Classification, classificationsOf, CONFIDENTIALITY, Confidentiality, describeClassification, enforcing } from "./confidentiality";
import { declareDemand, type DemandDeclarations } from "./demand-control";

/** Federation 2 version and the directives the subgraphs use (2.9 brings the cost spec's @cost and @listSize). */
const FEDERATION_LINK = `extend schema
  @link(
    url: "https://specs.apollo.dev/federation/v2.9"
    import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@authenticated", "@requiresScopes", "@policy", "@cost", "@listSize"]
  )
`;

/** `__resolveReference` per entity type name; must go through a per-request loader. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;

export interface FederatedSchemaOptions extends Omit<BuildSchemaOptions, "skipCheck"> {
  referenceResolvers?: ReferenceResolvers;
  /**
   * Entities another board owns that this subgraph adds fields to (Council,
   * Region). Those fields are made nullable: when this board's service is down
   * the gateway can still answer the other boards' data, with an error naming
   * the missing service, instead of nulling the whole council.
   */
  extends?: string[];
  /** Every list field's size and the costlier fields' weights, declared as `@listSize` and `@cost` (demand-control.ts). */
  demand?: DemandDeclarations;
}

/**
 * The fields guarded by type-graphql's `@Authorized` among this subgraph's
 * resolvers, by type name: they are declared `@authenticated` too, so an
 * engine that enforces Federation's directives (Apollo Router) refuses
 * anonymous callers before the subgraph is asked.
 */
function authorizedFields(resolvers: readonly Function[]): Map<string, Set<string>> {
  const storage = getMetadataStorage();
  const ours = new Set(resolvers);
  const fields = new Map<string, Set<string>>();
  const add = (typeName: string | undefined, field: string) => {
    if (!typeName) return;
    if (!fields.has(typeName)) fields.set(typeName, new Set());
    fields.get(typeName)!.add(field);
  };
  const typeNameOf = (target: Function | undefined) => storage.objectTypes.find((type) => type.target === target)?.name;
  for (const query of storage.queries) if (query.roles && ours.has(query.target)) add("Query", query.schemaName);
  for (const mutation of storage.mutations) if (mutation.roles && ours.has(mutation.target)) add("Mutation", mutation.schemaName);
  for (const field of storage.fieldResolvers) {
    if (field.roles && ours.has(field.target)) add(typeNameOf(field.getObjectType?.() as Function | undefined), field.schemaName);
  }
  for (const field of storage.fields) if (field.roles) add(typeNameOf(field.target), field.schemaName);
  return fields;
}

function declareAuthenticated(document: DocumentNode, guarded: Map<string, Set<string>>): DocumentNode {
  return visit(document, {
    ObjectTypeDefinition(node) {
      const names = guarded.get(node.name.value);
      if (!names) return undefined;
      return {
        ...node,
        fields: node.fields?.map((field): FieldDefinitionNode => {
          if (!names.has(field.name.value) || field.directives?.some((directive) => directive.name.value === "authenticated")) return field;
          const directive: ConstDirectiveNode = { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: "authenticated" }, arguments: [] };
          return { ...field, directives: [...(field.directives ?? []), directive] };
        }),
      };
    },
  });
}

type Classifications = Map<string, Map<string, Classification>>;

/** A class checked on the field itself answers null when refused, so its type must allow null. */
const checkedOnField = (classification: Classification) =>
  classification.level !== Confidentiality.PUBLIC && classification.checkedBy === "field";

const directive = (name: string, policy?: string): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: name },
  arguments: policy
    ? [
        {
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: "policies" },
          value: { kind: Kind.LIST, values: [{ kind: Kind.LIST, values: [{ kind: Kind.STRING, value: policy }] }] },
        },
      ]
    : [],
});

/**
 * Makes each field's class visible in the schema: a "Confidentiality: …" line
 * in its description, and for a field never readable without a token (RESTRICTED,
 * PERSONAL) Federation's `@authenticated` and `@policy` naming its rule, so an
 * engine that enforces them (Apollo Router) refuses before the subgraph is asked.
 * A field refused on the field itself must be nullable: the build stops otherwise.
 */
function declareConfidentiality(document: DocumentNode, classifications: Classifications): DocumentNode {
  return visit(document, {
    ObjectTypeDefinition(node) {
      const ofType = classifications.get(node.name.value);
      if (!ofType) return undefined;
      return {
        ...node,
        fields: node.fields?.map((field): FieldDefinitionNode => {
          const classification = ofType.get(field.name.value);
          if (!classification) return field;
          if (checkedOnField(classification) && field.type.kind === Kind.NON_NULL_TYPE) {
            throw new Error(
              `${node.name.value}.${field.name.value} is ${classification.level} and refused with null, so it must be nullable (or checked on a nullable parent)`,
            );
          }
          const line = describeClassification(classification);
          const description = field.description?.value ? `${field.description.value}\n\n${line}` : line;
          const directives = [...(field.directives ?? [])];
          const has = (name: string) => directives.some((existing) => existing.name.value === name);
          if (checkedOnField(classification) && classification.level !== Confidentiality.PUBLISHED) {
            if (!has("authenticated")) directives.push(directive("authenticated"));
            if (!has("policy") && classification.rule) directives.push(directive("policy", classification.rule.name));
          }
          return { ...field, description: { kind: Kind.STRING, value: description, block: true }, directives };
        }),
      };
    },
  });
}

/** Unwraps the non-null type of every non-key field of the named types. */
function relaxContributedFields(document: DocumentNode, typeNames: string[]): DocumentNode {
  if (!typeNames.length) return document;
  return visit(document, {
    ObjectTypeDefinition(node) {
      if (!typeNames.includes(node.name.value)) return undefined;
      const keyFields = new Set(
        (node.directives ?? [])
          .filter((directive) => directive.name.value === "key")
          .flatMap((directive) => directive.arguments ?? [])
          .flatMap((argument) => (argument.value.kind === Kind.STRING ? argument.value.value.split(/[\s{}]+/) : [])),
      );
      return {
        ...node,
        fields: node.fields?.map((field): FieldDefinitionNode => {
          if (keyFields.has(field.name.value) || field.type.kind !== Kind.NON_NULL_TYPE) return field;
          return { ...field, type: field.type.type };
        }),
      };
    },
  });
}

/** The root types, described the same in every board (type-graphql cannot describe them; composition wants them identical). */
export const ROOT_TYPE_DESCRIPTIONS: Record<string, string> = {
  Query: "What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows.",
  Mutation: "What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited.",
};

function describeRootTypes(document: DocumentNode): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.map((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && ROOT_TYPE_DESCRIPTIONS[definition.name.value] && !definition.description
        ? { ...definition, description: { kind: Kind.STRING, value: ROOT_TYPE_DESCRIPTIONS[definition.name.value]!, block: false } }
        : definition,
    ),
  };
}

/**
 * type-graphql's schema, printed with its directives, handed to Apollo's
 * `buildSubgraphSchema` together with the reference resolvers. Reference
 * resolvers must be passed here: ones added to the schema afterwards are never called.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const { referenceResolvers = {}, extends: contributedTo = [], demand = {}, ...buildOptions } = options;
  const schema = await buildSchema({
    authChecker,
    authMode: "error",
    // Every argument's strings and lists checked before any resolver runs (shared/src/formats.ts).
    validateFn: checkArguments,
    ...buildOptions,
    skipCheck: true,
  });
  const printed = describeRootTypes(parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`));
  const resolverClasses = (Array.isArray(buildOptions.resolvers) ? buildOptions.resolvers : []) as Function[];
  const classifications = classificationsOf(schema);
  const typeDefs = declareDemand(
    declareConfidentiality(
      declareAuthenticated(relaxContributedFields(printed, contributedTo), authorizedFields(resolverClasses)),
      classifications,
    ),
    demand,
  );
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  // Only fields that are not public get a wrapper: public ones keep graphql-js's plain path.
  for (const [typeName, fields] of classifications) {
    for (const [field, classification] of fields) {
      if (!checkedOnField(classification)) continue;
      resolvers[typeName] ??= {};
      const resolve = resolvers[typeName]![field] as Parameters<typeof enforcing>[1];
      resolvers[typeName]![field] = enforcing(classification, resolve);
    }
  }
  for (const [field, resolve] of Object.entries(resolvers.Mutation ?? {})) {
    if (typeof resolve === "function") resolvers.Mutation![field] = notingMutation(resolve as Parameters<typeof notingMutation>[0]);
  }
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const federated = checkDeadlinesInResolvers(buildSubgraphSchema({ typeDefs, resolvers: resolvers as any }));
  // The classes travel on the built schema too: lean reads load the columns rules read, and tests read them.
  for (const [typeName, fields] of classifications) {
    const type = federated.getType(typeName);
    if (!type || !("getFields" in type)) continue;
    const built = type.getFields() as Record<string, { extensions: Record<string, unknown> }>;
    for (const [field, classification] of fields) {
      if (built[field]) built[field].extensions = { ...built[field].extensions, [CONFIDENTIALITY]: classification };
    }
  }
  return federated;
}
