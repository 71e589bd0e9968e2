import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from "graphql";

/**
 * Issue 16's schema style, read off the composed supergraph: every type,
 * field, argument and enum value described, and no String holding a date.
 */
export interface Undocumented {
  types: string[];
  fields: string[];
  arguments: string[];
  enumValues: string[];
  /** String fields and arguments whose name says they hold a date (…On, …At, …Date, date): LocalDate or DateTime instead. */
  stringDates: string[];
}

// Federation's own machinery in the supergraph (join__Graph, link__Purpose, policy__Policy…: a spec's
// namespace before "__") and graphql's (__Type), described by their specs, not by us.
const MACHINERY = /^_|__/;
const DATE_NAME = /^(date|.+(On|At|Date))$/;

/**
 * A description that says something: the confidentiality class that every
 * field carries (confidentiality.ts appends it) does not count on its own.
 */
const described = (description: string | null | undefined): boolean =>
  Boolean(description?.replace(/Confidentiality: [^\n]*/g, "").trim());

/** What the supergraph's SDL leaves undescribed, and its Strings that hold dates, as `Type`, `Type.field`, `Type.field(argument)`, `Enum.VALUE`. */
export function undocumentedInSupergraph(supergraphSdl: string): Undocumented {
  const schema: GraphQLSchema = buildSchema(supergraphSdl, { assumeValidSDL: true });
  const found: Undocumented = { types: [], fields: [], arguments: [], enumValues: [], stringDates: [] };
  const isString = (field: { type: GraphQLInputType | GraphQLOutputType }) => getNamedType(field.type).name === "String";
  const checkArgument = (where: string, argument: GraphQLArgument) => {
    if (!described(argument.description)) found.arguments.push(`${where}(${argument.name})`);
    if (DATE_NAME.test(argument.name) && isString(argument)) found.stringDates.push(`${where}(${argument.name})`);
  };
  const checkField = (typeName: string, field: GraphQLField<unknown, unknown> | GraphQLInputField) => {
    const where = `${typeName}.${field.name}`;
    if (field.name.startsWith("_")) return;
    if (!described(field.description)) found.fields.push(where);
    if (DATE_NAME.test(field.name) && isString(field)) found.stringDates.push(where);
    for (const argument of "args" in field ? field.args : []) checkArgument(where, argument);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (MACHINERY.test(type.name) || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
    if (!described(type.description)) found.types.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) checkField(type.name, field);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!described(value.description)) found.enumValues.push(`${type.name}.${value.name}`);
    }
  }
  for (const list of Object.values(found) as string[][]) list.sort();
  return found;
}

/** The counts, for a failure message and a ratchet. */
export const undocumentedCounts = (found: Undocumented): Record<keyof Undocumented, number> =>
  Object.fromEntries(Object.entries(found).map(([kind, list]) => [kind, (list as string[]).length])) as Record<keyof Undocumented, number>;
