import fs from "node:fs";
import path from "node:path";
import {
  buildSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  isEnumType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from "graphql";

/**
 * The walk of the whole graph that proves issue 14: queries generated from a
 * composed or subgraph schema (every field, with its arguments' defaults),
 * and the answer read back beside each field's class, which the schema's
 * descriptions say ("Confidentiality: RESTRICTED — …").
 */

export type Level = "PUBLIC" | "PUBLISHED" | "RESTRICTED" | "PERSONAL";

export interface FieldClass {
  level: Level;
  /** "field" (refused on the field), "parent" (its record is reached only through a guarded field) or "resolver" (row-level). */
  checkedBy: "field" | "parent" | "resolver";
  description: string;
}

export function readSchema(file: string): GraphQLSchema {
  return buildSchema(fs.readFileSync(path.resolve(__dirname, "../..", file), "utf8"), { assumeValidSDL: true });
}

export function classOf(field: GraphQLField<unknown, unknown>): FieldClass | undefined {
  const description = field.description ?? "";
  const match = /Confidentiality: (PUBLIC|PUBLISHED|RESTRICTED|PERSONAL)/.exec(description);
  if (!match) return undefined;
  const checkedBy = description.includes("Checked where the record is reached")
    ? "parent"
    : description.includes("The resolver applies it to each record")
      ? "resolver"
      : "field";
  return { level: match[1] as Level, checkedBy, description };
}

/** Values for required arguments without a default (enums take their first value). */
const SAMPLE_ARGUMENTS: Record<string, string> = {
  period: '"2011/12"',
  metric: '"household-waste-recycled"',
  year: "2012",
  date: '"2014-03-31"',
  financialYear: '"2012/13"',
};

/** Types shown only by their key where they are not a root of the walk: they have roots of their own. */
const KEYS: Record<string, string> = { Council: "code", Region: "code" };

export interface WalkOptions {
  maxDepth: number;
}

/** The selection of one field (undefined where it needs an argument the walk has no value for, or would repeat a type on its path). */
export function selectField(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  options: WalkOptions,
  onPath: string[] = [],
  depth = 0,
): string | undefined {
  if (field.name.startsWith("_")) return undefined;
  const args: string[] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
    const named = getNamedType(arg.type);
    if (isEnumType(named)) args.push(`${arg.name}: ${named.getValues()[0]!.name}`);
    else if (SAMPLE_ARGUMENTS[arg.name]) args.push(`${arg.name}: ${SAMPLE_ARGUMENTS[arg.name]}`);
    else return undefined;
  }
  const call = args.length ? `${field.name}(${args.join(", ")})` : field.name;
  const named = getNamedType(field.type);
  if (isLeafType(named)) return call;
  if (!isObjectType(named)) return undefined;
  // Below a root, or a council's own county and districts: another council, walked as a root of its own.
  if (KEYS[named.name] && (onPath.length > 0 || named.name === type.name)) return `${call} { ${KEYS[named.name]} }`;
  if (onPath.includes(named.name) || depth >= options.maxDepth) return undefined;
  const inner = selectAll(schema, named, options, [...onPath, type.name], depth + 1);
  return inner ? `${call} { ${inner} }` : undefined;
}

/** The selection of every field of `type` (cycles cut, Council and Region below the root by their key). */
export function selectAll(schema: GraphQLSchema, type: GraphQLObjectType, options: WalkOptions, onPath: string[] = [], depth = 0): string {
  return Object.values(type.getFields())
    .map((field) => selectField(schema, type, field, options, onPath, depth))
    .filter((part): part is string => part !== undefined)
    .join(" ");
}

export interface Occurrence {
  path: Array<string | number>;
  typeName: string;
  field: string;
  value: unknown;
  record: Record<string, unknown>;
  /** Enclosing records, nearest last. */
  ancestors: Array<{ typeName: string; record: Record<string, unknown> }>;
  fieldClass: FieldClass | undefined;
}

/** Every field value of an answer, with its type, record and class. */
export function occurrences(schema: GraphQLSchema, rootType: GraphQLObjectType, data: Record<string, unknown>, rootFieldOf: (alias: string) => string): Occurrence[] {
  const found: Occurrence[] = [];
  const visit = (
    type: GraphQLObjectType,
    record: Record<string, unknown>,
    at: Array<string | number>,
    ancestors: Occurrence["ancestors"],
    isRoot: boolean,
  ) => {
    for (const [key, value] of Object.entries(record)) {
      const name = isRoot ? rootFieldOf(key) : key;
      const field = type.getFields()[name];
      if (!field) continue;
      const here = [...at, key];
      found.push({ path: here, typeName: type.name, field: name, value, record, ancestors, fieldClass: classOf(field) });
      const named = getNamedType(field.type);
      if (!isObjectType(named) || value === null || value === undefined) continue;
      const inner = [...ancestors, { typeName: type.name, record }];
      if (Array.isArray(value)) value.forEach((item, index) => item && visit(named, item, [...here, index], inner, false));
      else visit(named, value as Record<string, unknown>, here, inner, false);
    }
  };
  visit(rootType, data, [], [], true);
  return found;
}

/**
 * When a PUBLISHED field's record is published, read from the answer itself
 * (the walk selects every field, so the state is there). A PUBLISHED type
 * missing here fails the walk: add how its publication shows.
 */
export function isPublished(occurrence: Occurrence): boolean {
  const nearest = (typeName: string) => [...occurrence.ancestors].reverse().find((ancestor) => ancestor.typeName === typeName)?.record;
  const { record } = occurrence;
  switch (occurrence.typeName) {
    case "CorporatePeerChallenge":
      return record.status === "REPORT_PUBLISHED";
    case "CoreComponentFindings":
    case "CorporatePeerChallengeFocusArea":
      return nearest("CorporatePeerChallenge")?.status === "REPORT_PUBLISHED";
    case "ChildrensSelfAssessment":
      return record.status === "CHALLENGED";
    case "AdultsSignOffEvidence":
      return nearest("AdultsSignOff")?.status === "RECOGNISED";
    case "LocalAccount":
      return record.status !== "DRAFT";
    case "GoodPractice":
      return record.status === "PUBLISHED";
    case "Person":
    case "ChildrensPerson":
      return record.provenance === "REFERENCE";
    default:
      throw new Error(`The walk does not know when a ${occurrence.typeName} is published: teach isPublished`);
  }
}
