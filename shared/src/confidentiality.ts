import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
} from "graphql";
import { Extensions } from "type-graphql";
import { viewerHolds, WRITERS } from "./authorization";
import type { Board } from "./config";
import type { RequestContext } from "./context";
import { forbidden, unauthenticated } from "./errors";
import { readCouncils } from "./reference-data";
import type { Viewer } from "./viewer";

/**
 * The four classes of the graph's data (issue 14: "treated in confidence"
 * until the council publishes it). Every field of every subgraph declares
 * one, beside its type-graphql decorator; the build fails on a field without.
 */
export enum Confidentiality {
  /** Reference data, programme progress and counts, published records: anyone, no token needed. */
  PUBLIC = "PUBLIC",
  /** Public once its record is published; until then only the rule's readers. */
  PUBLISHED = "PUBLISHED",
  /** Only the rule's readers (named roles and relationships), whatever the record's state. */
  RESTRICTED = "RESTRICTED",
  /** About a named individual: their council, the administering board and the LGA only. */
  PERSONAL = "PERSONAL",
}

/**
 * Who may read a field of a record: a function of the viewer and the record
 * (the field's parent; undefined for a root field), synchronous so that
 * enforcing it costs no extra tick per value.
 */
export interface ReadRule<TRecord = any> {
  /** A short stable name: the `@policy` the schema declares. */
  name: string;
  /** Who reads, in words, for the schema's description and the refusal. */
  readers: string;
  /** The record's columns the rule reads, so that lean reads load them. */
  reads: readonly string[];
  allows(viewer: Viewer, record: TRecord): boolean;
}

/** When a PUBLISHED field's record counts as published. */
export interface Publication<TRecord = any> {
  /** In words, e.g. "once the report is published". */
  when: string;
  reads: readonly string[];
  isPublished(record: TRecord): boolean;
}

/**
 * Where a rule is checked when it is not checked on the field itself:
 * "parent" — every way to the record passes a guarded field (a concern's
 * fields behind Council.concerns); "resolver" — the resolver applies it per
 * record (answering NOT_FOUND, or leaving the record out of a list).
 */
export type CheckedBy = "field" | "parent" | "resolver";

export interface Classification {
  level: Confidentiality;
  rule?: ReadRule;
  publication?: Publication;
  checkedBy: CheckedBy;
  /** For a value object built from another record: the record whose state and council decide. */
  owner?: (record: any) => unknown;
  /** Why it is classed so, where the class alone does not say. */
  note?: string;
}

export const CONFIDENTIALITY = "confidentiality";

interface Options<TRecord> {
  checkedBy?: CheckedBy;
  owner?: (record: TRecord) => unknown;
  note?: string;
}

const classify = (classification: Classification): MethodDecorator & PropertyDecorator =>
  Extensions({ [CONFIDENTIALITY]: classification }) as MethodDecorator & PropertyDecorator;

/** Anyone may read it. */
export function Public(note?: string): MethodDecorator & PropertyDecorator {
  return classify({ level: Confidentiality.PUBLIC, checkedBy: "field", note });
}

/** Anyone once `publication` says the record is published; before that only `rule`'s readers. */
export function Published<P, R>(publication: Publication<P>, rule: ReadRule<R>, options: Options<P & R> = {}): MethodDecorator & PropertyDecorator {
  return classify({ level: Confidentiality.PUBLISHED, publication, rule, checkedBy: options.checkedBy ?? "field", owner: options.owner, note: options.note });
}

/** Only `rule`'s readers. */
export function Restricted<T>(rule: ReadRule<T>, options: Options<T> = {}): MethodDecorator & PropertyDecorator {
  return classify({ level: Confidentiality.RESTRICTED, rule, checkedBy: options.checkedBy ?? "field", owner: options.owner, note: options.note });
}

/** Data about a named individual: only `rule`'s readers (the individual's council, the administering board, the LGA). */
export function Personal<T>(rule: ReadRule<T>, options: Options<T> = {}): MethodDecorator & PropertyDecorator {
  return classify({ level: Confidentiality.PERSONAL, rule, checkedBy: options.checkedBy ?? "field", owner: options.owner, note: options.note });
}

/** The columns of the field's own record that its rule reads (none when another record, its owner, decides). */
export function columnsRuleReads(classification: Classification | undefined): readonly string[] {
  if (!classification || classification.level === Confidentiality.PUBLIC || classification.owner) return [];
  return [...(classification.rule?.reads ?? []), ...(classification.publication?.reads ?? [])];
}

/** The line a field's description carries, so that Sandbox shows what a caller will get. */
export function describeClassification(classification: Classification): string {
  const { level, rule, publication } = classification;
  const where =
    classification.checkedBy === "parent"
      ? " Checked where the record is reached."
      : classification.checkedBy === "resolver"
        ? " The resolver applies it to each record."
        : "";
  const note = `${where}${classification.note ? ` ${classification.note}` : ""}`;
  if (level === Confidentiality.PUBLIC) return `Confidentiality: PUBLIC.${note}`;
  const readers = rule ? rule.readers : "";
  if (level === Confidentiality.PUBLISHED) return `Confidentiality: PUBLISHED — public ${publication!.when}; before that only ${readers}.${note}`;
  return `Confidentiality: ${level} — only ${readers}.${note}`;
}

const owners = new WeakMap<object, unknown>();

/**
 * Marks value records (a challenge's focus areas, a sign-off's evidence) as
 * belonging to the record whose state and council decide who reads them; the
 * field resolver that returns them calls this. Use `{ owner: ownerOf }`.
 */
export function ownedBy<T extends object>(records: T[], owner: object): T[];
export function ownedBy<T extends object>(record: T | null, owner: object): T | null;
export function ownedBy<T extends object>(records: T | T[] | null, owner: object): T | T[] | null {
  for (const record of Array.isArray(records) ? records : records ? [records] : []) owners.set(record, owner);
  return records;
}

/** The record `ownedBy` named (undefined for one returned by a mutation: then only the board and the LGA read it). */
export const ownerOf = (record: unknown): any => (record && typeof record === "object" ? owners.get(record) : undefined);

// ---- who reads: the rules every board uses ----

let regionByCouncil: Map<string, string> | undefined;

/** A council's region from the reference register (councils do not move region): rules stay synchronous. */
export function regionOfCouncil(code: string): string | undefined {
  regionByCouncil ??= new Map(readCouncils().map((council) => [council.code, council.regionCode]));
  return regionByCouncil.get(code);
}

const BOARD_NAMES: Record<Board, string> = { corporate: "the LGA", children: "the CIB", adults: "TEASC" };

/** An officer of this council. */
export const isCouncilOfficerOf = (viewer: Viewer, councilCode: string) =>
  viewer.roles.includes("COUNCIL_OFFICER") && viewer.council === councilCode;

/** The principal adviser whose regions include this council's region. */
export const isPrincipalAdviserFor = (viewer: Viewer, councilCode: string) =>
  viewer.roles.includes("PRINCIPAL_ADVISER") && viewer.regions.includes(regionOfCouncil(councilCode) ?? "");

/**
 * Rule (a council's unpublished work with a board, "treated in confidence"):
 * the council's own officers, the principal adviser for its region, the LGA
 * central team, and the board that runs the programme (its officers, or a
 * partner system holding the board's write scope, which writes these records).
 */
export function councilAndAdviserRule<T>(board: Board, councilOf: (record: T) => string, reads: readonly string[] = ["councilCode"]): ReadRule<T> {
  const boardReaders = board === "corporate" ? "" : ` and ${BOARD_NAMES[board]}'s officers`;
  return {
    name: `${board}.council-and-adviser`,
    readers: `the council's own officers, the principal adviser for its region, the LGA central team${boardReaders} (and partner systems with ${board}:write)`,
    reads,
    allows(viewer, record) {
      if (!viewer.authenticated) return false;
      const code = record == null ? "" : councilOf(record);
      return (
        viewer.roles.includes("LGA_OFFICER") ||
        viewerHolds(viewer, WRITERS[board]) ||
        isCouncilOfficerOf(viewer, code) ||
        isPrincipalAdviserFor(viewer, code)
      );
    },
  };
}

/**
 * Rule (PERSONAL): data about an individual is for their council, the board
 * that administers the place, and the LGA central team — nobody else, not
 * even the region's principal adviser.
 */
export function individualRule<T>(board: Board, councilOf: ((record: T) => string) | null, reads: readonly string[] = councilOf ? ["councilCode"] : []): ReadRule<T> {
  const boardReaders = board === "corporate" ? "" : `, ${BOARD_NAMES[board]}'s officers`;
  return {
    name: `${board}.individual`,
    readers: `${councilOf ? "officers of the individual's council, " : ""}the LGA central team${boardReaders} (and partner systems with ${board}:write)`,
    reads,
    allows(viewer, record) {
      if (!viewer.authenticated) return false;
      return (
        viewer.roles.includes("LGA_OFFICER") ||
        viewerHolds(viewer, WRITERS[board]) ||
        (councilOf !== null && record != null && isCouncilOfficerOf(viewer, councilOf(record)))
      );
    },
  };
}

/** Rule: the boards' audit trails are for the LGA central team. */
export const CENTRAL_TEAM_RULE: ReadRule<unknown> = {
  name: "lga.central-team",
  readers: "the LGA central team (LGA_OFFICER)",
  reads: [],
  allows: (viewer) => viewer.authenticated && viewer.roles.includes("LGA_OFFICER"),
};

/**
 * The refusal of a field: UNAUTHENTICATED without a token, FORBIDDEN with
 * one. It says who reads the field and nothing about the record — no
 * council, person or count the caller could not read.
 */
export function refusal(viewer: Viewer, classification: Classification) {
  const what = `This is confidential (${classification.level}): readable only by ${classification.rule?.readers ?? "those its rule names"}`;
  return viewer.authenticated
    ? forbidden(what, { confidentiality: classification.level })
    : unauthenticated(`${what}. Send a token.`, { confidentiality: classification.level });
}

/** Whether the viewer may read a field so classified on this record. */
export function mayReadField(viewer: Viewer, classification: Classification, parent: unknown): boolean {
  const { level, rule, publication, owner } = classification;
  if (level === Confidentiality.PUBLIC) return true;
  const record = owner ? owner(parent) : parent;
  if (publication && record != null && publication.isPublished(record)) return true;
  return rule ? rule.allows(viewer, record) : false;
}

/** Wraps a resolver with its field's rule: null and a refusal for a viewer the rule does not admit, the rest of the answer intact. */
export function enforcing<TSource, TContext extends Pick<RequestContext, "viewer">>(
  classification: Classification,
  resolve: GraphQLFieldResolver<TSource, TContext> = defaultFieldResolver,
): GraphQLFieldResolver<TSource, TContext> {
  return (parent, args, context, info) => {
    if (!mayReadField(context.viewer, classification, parent)) throw refusal(context.viewer, classification);
    return resolve(parent, args, context, info);
  };
}

/** Every field's classification in a schema type-graphql built, by type and field (fields without one are absent). */
export function classificationsOf(schema: GraphQLSchema): Map<string, Map<string, Classification>> {
  const found = new Map<string, Map<string, Classification>>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const classification = field.extensions?.[CONFIDENTIALITY] as Classification | undefined;
      if (!classification) continue;
      if (!found.has(type.name)) found.set(type.name, new Map());
      found.get(type.name)!.set(field.name, classification);
    }
  }
  return found;
}

/** Root types only writers reach: not classified (see unclassifiedFields). */
export const UNCLASSIFIED_BY_DESIGN = new Set(["Mutation"]);

/**
 * The fields of the type-graphql schema with no classification: the build's
 * test fails on any. Mutations are left out: who may write is `@Authorized`
 * and the mutation's own rules, and what a mutation answers is a record whose
 * fields carry their own class.
 */
export function unclassifiedFields(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("_") || UNCLASSIFIED_BY_DESIGN.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith("_")) continue;
      if (!field.extensions?.[CONFIDENTIALITY]) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing.sort();
}
