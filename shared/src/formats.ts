import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { getMetadataStorage } from "type-graphql";
import { getMetadataArgsStorage } from "typeorm";
import { badUserInput } from "./errors";

/**
 * The formats of the graph's input, in one place: every text argument is
 * bounded by the column it is stored in, lists have a maximum size, and no
 * string anywhere in the arguments holds a NUL or a lone surrogate. Checked by
 * one hook (`checkArguments`, type-graphql's `validateFn`) before a resolver
 * runs, so a refused input is refused before anything is written, with the
 * same BAD_USER_INPUT on SQLite and MariaDB.
 */

/** A list argument holds at most this many items unless its field says otherwise (`@MaxItems`). */
export const DEFAULT_MAX_ITEMS = 500;
/** An identifier (a GSS code, a numeric id, a metric's slug) fits the widest id column, person.id and metric.id. */
export const ID_MAX_LENGTH = 64;
/** MariaDB's TEXT holds 65,535 bytes (not characters); SQLite's TEXT is unbounded, so MariaDB's limit is the one. */
const TEXT_BYTES: Record<string, number> = { text: 65_535, "simple-json": 65_535, "simple-array": 65_535, mediumtext: 16_777_215, longtext: 4_294_967_295 };
/** TypeORM's default length of a varchar without one (MySQL driver). */
const DEFAULT_VARCHAR = 255;

/** How much a column holds: VARCHAR(n) counts characters (utf8mb4 code points), TEXT counts UTF-8 bytes. */
export interface ColumnLimit {
  max: number;
  unit: "characters" | "bytes";
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EntityClass<T> = abstract new (...args: any[]) => T;

/** The most an entity's column holds, read from its TypeORM column declaration. */
export function columnLimit<T>(entity: EntityClass<T>, property: keyof T & string): ColumnLimit {
  const column = getMetadataArgsStorage().columns.find(
    (each) => each.propertyName === property && typeof each.target === "function" && (each.target === entity || entity.prototype instanceof each.target),
  );
  if (!column) throw new Error(`${entity.name}.${property} is not a column: an input bounded by it has no limit`);
  const type = typeof column.options.type === "string" ? column.options.type.toLowerCase() : "varchar";
  if (type in TEXT_BYTES) return { max: TEXT_BYTES[type], unit: "bytes" };
  if (type === "varchar" || type === "character varying" || type === "nvarchar" || type === "char") {
    return { max: Number(column.options.length ?? DEFAULT_VARCHAR), unit: "characters" };
  }
  throw new Error(`${entity.name}.${property} is a ${type} column, not text: bound the input by a text column`);
}

/** How a list of strings is stored in its one column: as JSON (`simple-json`) or one item a line. */
export type Joined = "json" | "lines";

interface Rule {
  /** The column the text is stored in; for a list of strings, each item's (or, joined, the whole list's). */
  bound?: () => ColumnLimit & { joined?: Joined; column: string };
  maxItems?: number;
}

/** Declarations by class (an input type, or a resolver for its arguments), then property or `method#index`. */
const declarations = new Map<Function, Map<string, Rule>>();

function declare(target: object, key: string | symbol | undefined, index: number | undefined, rule: Rule): void {
  // A parameter decorator gets the resolver's prototype and method; a property decorator the input's prototype.
  const owner = (target as { constructor: Function }).constructor;
  const name = index === undefined ? String(key) : `${String(key)}#${index}`;
  if (!declarations.has(owner)) declarations.set(owner, new Map());
  const rules = declarations.get(owner)!;
  rules.set(name, { ...rules.get(name), ...rule });
  declared++;
}

type InputDecorator = (target: object, key: string | symbol | undefined, index?: number | TypedPropertyDescriptor<unknown>) => void;

/**
 * Text stored in `entity.property` is at most what that column holds: beside
 * an input field (`@Field() @BoundedBy(Concern, "summary") summary!: string`)
 * or an argument (`@Arg("source") @BoundedBy(Council, "cqcRating2010Source")`).
 * A list of strings stored in one column says how it is joined.
 */
export function BoundedBy<T>(entity: EntityClass<T>, property: keyof T & string, options: { joined?: Joined } = {}): InputDecorator {
  let limit: ColumnLimit | undefined;
  const bound = () => ({ ...(limit ??= columnLimit(entity, property)), joined: options.joined, column: `${entity.name}.${property}` });
  return (target, key, index) => declare(target, key, typeof index === "number" ? index : undefined, { bound });
}

/** A list argument or field that may hold more (or must hold fewer) items than `DEFAULT_MAX_ITEMS`. */
export function MaxItems(max: number): InputDecorator {
  return (target, key, index) => declare(target, key, typeof index === "number" ? index : undefined, { maxItems: max });
}

/**
 * The declarations by schema coordinate: `InputType.field` for input fields,
 * `Parent.field(argument)` for arguments. Built once from type-graphql's
 * metadata (after the schemas are built, so every class is known).
 */
let byCoordinate: { size: string; rules: Map<string, Rule> } | undefined;
let declared = 0;

function rulesByCoordinate(): Map<string, Rule> {
  const storage = getMetadataStorage();
  // Rebuilt when a class was loaded since: a process may build one board's schema before importing another's.
  const size = [declared, storage.inputTypes.length, storage.fields.length, storage.params.length].join();
  if (byCoordinate?.size === size) return byCoordinate.rules;
  const found = new Map<string, Rule>();
  const add = (coordinate: string, rule: Rule | undefined) => {
    if (!rule) return;
    const existing = found.get(coordinate);
    if (existing && existing !== rule) throw new Error(`${coordinate} is declared twice with different input formats`);
    found.set(coordinate, rule);
  };
  for (const inputType of storage.inputTypes) {
    for (const field of storage.fields) {
      if (field.target === inputType.target || inputType.target.prototype instanceof field.target) {
        add(`${inputType.name}.${field.schemaName}`, declarations.get(field.target)?.get(field.name));
      }
    }
  }
  for (const [parent, resolvers] of [["Mutation", storage.mutations], ["Query", storage.queries]] as const) {
    for (const resolver of resolvers) {
      for (const param of storage.params) {
        if (param.kind !== "arg" || param.target !== resolver.target || param.methodName !== resolver.methodName) continue;
        add(`${parent}.${resolver.schemaName}(${param.name})`, declarations.get(param.target)?.get(`${param.methodName}#${param.index}`));
      }
    }
  }
  byCoordinate = { size, rules: found };
  return found;
}

/** A UTF-16 surrogate without its other half: not a character, and MariaDB's utf8mb4 refuses it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Rule: any string in any argument is well-formed text, without NUL characters (which C-string APIs and some databases cut at). */
function assertWellFormed(value: string, argument: string): void {
  if (value.includes("\u0000")) throw badUserInput(`${argument} must not contain a NUL character`, { argument });
  if (LONE_SURROGATE.test(value)) throw badUserInput(`${argument} must be well-formed Unicode: it holds a lone surrogate`, { argument });
}

/** Rule: text is no longer than the column it is stored in, measured as that column measures it. */
function assertFits(text: string, argument: string, limit: ColumnLimit, what = argument): void {
  // Code points for VARCHAR (cheap check first: a string never has more code points than UTF-16 units).
  const size = limit.unit === "bytes" ? Buffer.byteLength(text, "utf8") : text.length <= limit.max ? 0 : [...text].length;
  if (size > limit.max) {
    throw badUserInput(`${what} must be at most ${limit.max.toLocaleString("en-GB")} ${limit.unit === "bytes" ? "bytes (UTF-8)" : "characters"}`, {
      argument,
      // Not `limit`: the gateway reads that as its own OPERATION_LIMIT.
      maxLength: limit.max,
      unit: limit.unit,
    });
  }
}

/** Rule: a list holds at most its declared number of items (DEFAULT_MAX_ITEMS unless declared). */
function assertListSize(list: readonly unknown[], argument: string, max: number): void {
  if (list.length > max) throw badUserInput(`${argument} may hold at most ${max} items`, { argument, maxItems: max });
}

/** Walks one argument's value with its GraphQL type, checking every string and list on the way. */
function checkValue(value: unknown, type: GraphQLInputType, argument: string, rule: Rule | undefined, rules: Map<string, Rule>): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, argument, rule, rules);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(value, type.ofType, argument, rule, rules);
    assertListSize(value, argument, rule?.maxItems ?? DEFAULT_MAX_ITEMS);
    const bound = rule?.bound?.();
    if (bound?.joined) {
      for (const [index, item] of value.entries()) if (typeof item === "string") assertWellFormed(item, `${argument}[${index}]`);
      const stored = bound.joined === "json" ? JSON.stringify(value) : value.join("\n");
      assertFits(stored, argument, bound, `${argument} (all items together)`);
      return;
    }
    value.forEach((item, index) => checkValue(item, type.ofType, `${argument}[${index}]`, rule, rules));
    return;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const fieldValue = (value as Record<string, unknown>)[field.name];
      checkValue(fieldValue, field.type, `${argument}.${field.name}`, rules.get(`${type.name}.${field.name}`), rules);
    }
    return;
  }
  if (typeof value !== "string") return;
  assertWellFormed(value, argument);
  const bound = rule?.bound?.();
  if (bound) assertFits(value, argument, bound);
  else if (isScalarType(type) && type.name === "ID") assertFits(value, argument, { max: ID_MAX_LENGTH, unit: "characters" });
}

interface ResolverDataLike {
  args: Record<string, unknown>;
  info: { parentType: { name: string; getFields(): Record<string, { args: readonly GraphQLArgument[] }> }; fieldName: string };
}

/** The arguments already checked: type-graphql calls the hook once per argument, we check them all at the first. */
const checked = new WeakSet<object>();

/**
 * type-graphql's global `validateFn`: checks every argument of the field being
 * resolved against the formats above (raw arguments with their GraphQL
 * types, so each refusal names the argument's path, e.g. `input.evidence[2].source`).
 */
export function checkArguments(_value: unknown, _type: unknown, resolverData: ResolverDataLike): void {
  const { args, info } = resolverData;
  if (checked.has(args)) return;
  checked.add(args);
  const rules = rulesByCoordinate();
  const field = info.parentType.getFields()[info.fieldName];
  for (const argument of field?.args ?? []) {
    checkValue(args[argument.name], argument.type, argument.name, rules.get(`${info.parentType.name}.${info.fieldName}(${argument.name})`), rules);
  }
}

/**
 * Every String argument of a mutation (and String field of the input objects
 * they take) that no column bounds: a test keeps this empty, so a new text
 * input cannot reach a column without its limit.
 */
export function unboundedTextInputs(schema: GraphQLSchema): string[] {
  const rules = rulesByCoordinate();
  const missing = new Set<string>();
  const visit = (type: GraphQLInputType, coordinate: string, seen: Set<string>) => {
    const named = getNamedType(type);
    if (isScalarType(named) && named.name === "String" && !rules.get(coordinate)?.bound) missing.add(coordinate);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    for (const field of Object.values(named.getFields())) visit(field.type, `${named.name}.${field.name}`, new Set([...seen, named.name]));
  };
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    for (const argument of field.args) visit(argument.type, `Mutation.${field.name}(${argument.name})`, new Set());
  }
  return [...missing].sort();
}

/** The programmes' plausible dates: nothing they record happened before 2000 or is planned after 2030. */
export const PLAUSIBLE_DATES = { from: "2000-01-01", to: "2030-12-31" } as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

/** Shows a refused value in a message without repeating a whole over-long one. */
const shown = (value: string) => JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);

/**
 * Rule: a date is a real calendar date written YYYY-MM-DD (2012-02-30 is
 * not one) within the programmes' plausible range (9999-12-31 is not).
 */
export function isoDate(value: string, argument: string, range: { from: string; to: string } = PLAUSIBLE_DATES): string {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : undefined;
  if (!match || !date || date.getUTCFullYear() !== +match[1] || date.getUTCMonth() !== +match[2] - 1 || date.getUTCDate() !== +match[3]) {
    throw badUserInput(`${shown(value)} is not a date: write ${argument} as YYYY-MM-DD`, { argument });
  }
  if (value < range.from || value > range.to) {
    throw badUserInput(`${argument} must fall from ${range.from} to ${range.to}, not ${value}`, { argument, from: range.from, to: range.to });
  }
  return value;
}

/** Today's date (UTC, YYYY-MM-DD): what "not in the future" and a record's own date are measured by. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/**
 * Rule: a date something happened on is a real calendar date from the
 * programmes' first plausible day, and not in the future. No upper bound
 * from the range: a later date is refused in this rule's own words.
 */
export function pastDate(value: string, argument: string, today = todayIso()): string {
  isoDate(value, argument, { from: PLAUSIBLE_DATES.from, to: "9999-12-31" });
  if (value > today) throw badUserInput(`${value} is in the future`, { argument });
  return value;
}

/**
 * Rule: an English local government financial year (1 April to 31 March) is
 * written 2012/13, the second year following the first, and lies within the
 * programmes' plausible dates.
 */
export function financialYear(value: string, argument: string): string {
  const match = FINANCIAL_YEAR.exec(value);
  if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2])) {
    throw badUserInput(`${shown(value)} is not a financial year: write ${argument} as 2012/13`, { argument });
  }
  // It ends on 31 March of the next year, which must not pass the range's last year (9999/00 ends in 10000).
  const start = Number(match[1]);
  if (`${match[1]}-04-01` < PLAUSIBLE_DATES.from || start + 1 > Number(PLAUSIBLE_DATES.to.slice(0, 4))) {
    throw badUserInput(`${argument} must fall from ${PLAUSIBLE_DATES.from} to ${PLAUSIBLE_DATES.to}, not ${value}`, { argument });
  }
  return value;
}

/**
 * Rule: text that must say something is not empty once trimmed; answers it
 * trimmed. (Its maximum length is its column's, checked before the resolver runs.)
 */
export function requiredText(value: string, argument: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badUserInput(`${argument} must not be empty`, { argument });
  return trimmed;
}


/** A record's id as the boards number them: digits only, at most nine (an INTEGER column holds them all). */
export function isRecordId(id: string): boolean {
  return /^\d{1,9}$/.test(id);
}
