import DataLoader from "dataloader";
import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from "type-graphql";
import { Brackets, type ObjectLiteral, type Repository, type SelectQueryBuilder, type WhereExpressionBuilder } from "typeorm";
import { Public, type ReadRule, Restricted } from "./confidentiality";
import { badUserInput } from "./errors";

/**
 * Relay-style cursor connections for the lists that grow without bound
 * (audit trails, concerns): a page is read by keyset — "the rows after this
 * key, in this order" — not by offset, so a row written while a caller pages
 * neither repeats an item nor skips one, and a deep page costs what the first
 * one does.
 */

/** The page size when `first` is not given, and the most a caller may ask for. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The two arguments of every connection field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `At most this many items (1 to ${MAX_PAGE_SIZE}).` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: "Start after this cursor (a previous page's pageInfo.endCursor); the first page when not given." })
  after?: string | null;
}

/**
 * A page's bookkeeping holds nothing of the items: whoever reaches it has
 * passed the connection field, which carries the class of the list it pages
 * (a public list, such as the good practice library, has public connections).
 */
const PAGE_BOOKKEEPING = "Reached only through a connection field, which carries the class of the list it pages.";

@ObjectType({ description: "Where a page of a connection ends, and whether there is more." })
// The same value type in every board's subgraph.
@Directive("@shareable")
export class PageInfo {
  @Public(PAGE_BOOKKEEPING)
  @Field({ description: "Whether items follow this page: ask again with `after: endCursor`." })
  hasNextPage!: boolean;

  @Public(PAGE_BOOKKEEPING)
  @Field(() => String, { nullable: true, description: "The cursor of the page's last item (null for an empty page)." })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * `<Name>Connection` and `<Name>Edge` for a node type. Every field of the
 * wrapper carries the class of what it wraps (`rule`, checked where the
 * connection is reached), so a connection reveals no more than its list would;
 * `null` for a public list (its nodes' own fields and resolver keep what is not public out).
 */
export function connectionType<T extends object>(node: ClassType<T>, rule: ReadRule | null, name: string = node.name): ClassType<Connection<T>> {
  const classed = () => (rule ? Restricted(rule, { checkedBy: "parent" }) : Public());

  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with the cursor to page on from it.` })
  @Directive("@shareable")
  class EdgeType {
    @classed()
    @Field(() => String, { description: "Opaque: pass it as `after` to read the items that follow this one." })
    cursor!: string;

    @classed()
    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items, in a stable order, read by cursor.` })
  @Directive("@shareable")
  class ConnectionType {
    @classed()
    @Field(() => [EdgeType], { description: "The page's items, in order." })
    edges!: EdgeType[];

    @classed()
    @Field(() => PageInfo, { description: "Whether there is more, and the cursor to continue from." })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/** One column of a keyset: the order is every key descending (newest first), the last key unique (the id). */
export interface KeysetColumn<T> {
  /** The entity's property (for the cursor). */
  property: keyof T & string;
  /** The column in SQL, as the query builder's alias names it (`entry.at`). */
  column: string;
  type: "string" | "integer";
}

type KeyValue = string | number;

/** The cursor: the kind of list and the last item's key values, base64url so that callers treat it as opaque. */
export function encodeCursor(kind: string, values: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify([kind, ...values])).toString("base64url");
}

/** A cursor's key values, or BAD_USER_INPUT naming `after` for anything this list did not hand out. */
export function decodeCursor<T>(kind: string, keys: readonly KeysetColumn<T>[], cursor: string): KeyValue[] {
  const refuse = () => badUserInput("after must be a cursor this list handed out (a pageInfo.endCursor or an edge's cursor)", { argument: "after" });
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(decoded) || decoded.length !== keys.length + 1 || decoded[0] !== kind) throw refuse();
  const values = decoded.slice(1) as unknown[];
  const fits = keys.every((key, index) =>
    key.type === "integer" ? Number.isSafeInteger(values[index]) : typeof values[index] === "string" && (values[index] as string).length <= 64,
  );
  if (!fits) throw refuse();
  return values as KeyValue[];
}

/** BAD_USER_INPUT naming `first` outside 1..MAX_PAGE_SIZE. */
export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be from 1 to ${MAX_PAGE_SIZE}`, { argument: "first", max: MAX_PAGE_SIZE });
  }
}

/**
 * `(k1 < v1) OR (k1 = v1 AND k2 < v2) OR …`: the rows strictly after the key
 * in a descending order. Written out rather than as a row-value comparison,
 * which neither SQLite before 3.15 nor every MariaDB plan uses an index for.
 */
function afterKey<T>(where: WhereExpressionBuilder, keys: readonly KeysetColumn<T>[], values: readonly KeyValue[]): void {
  where.andWhere(
    new Brackets((any) => {
      keys.forEach((key, index) => {
        any.orWhere(
          new Brackets((each) => {
            for (let before = 0; before < index; before++) each.andWhere(`${keys[before].column} = :keyset${before}`);
            each.andWhere(`${key.column} < :keyset${index}`);
          }),
        );
      });
    }),
    Object.fromEntries(values.map((value, index) => [`keyset${index}`, value])),
  );
}

function pageOf<T>(kind: string, keys: readonly KeysetColumn<T>[], rows: T[], first: number): Connection<T> {
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(kind, keys.map((key) => node[key.property] as KeyValue)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

export interface PageRequest {
  first: number;
  after?: string | null;
}

/**
 * One page of a list in one statement: the query builder's own conditions,
 * the rows after the cursor's key, every key descending, one row more than
 * asked for (to know whether there is a next page). `kind` names the list in
 * its cursors, so that one list's cursor is refused by another.
 */
export async function readPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  kind: string,
  keys: readonly KeysetColumn<T>[],
  { first, after }: PageRequest,
): Promise<Connection<T>> {
  assertPageSize(first);
  if (after != null) afterKey(query, keys, decodeCursor(kind, keys, after));
  keys.forEach((key, index) => (index === 0 ? query.orderBy(key.column, "DESC") : query.addOrderBy(key.column, "DESC")));
  return pageOf(kind, keys, await query.take(first + 1).getMany(), first);
}

/**
 * The same page for many parents (a region's councils' concerns) in one
 * statement: ROW_NUMBER() over each parent's rows in the keyset order
 * (SQLite 3.25+, MariaDB 10.2+) keeps each parent's first `first + 1`.
 */
export async function readPagesByParent<T extends ObjectLiteral, P extends string | number>(
  repository: Repository<T>,
  options: {
    kind: string;
    alias: string;
    /** The parent's column, as the alias names it (`concern.council_code`), and its property. */
    parent: { column: string; property: keyof T & string };
    parents: readonly P[];
    keys: readonly KeysetColumn<T>[];
    page: PageRequest;
    /** Further conditions on the rows (who may see which). */
    where?: (query: WhereExpressionBuilder) => void;
  },
): Promise<Map<P, Connection<T>>> {
  const { kind, alias, parent, parents, keys, page } = options;
  assertPageSize(page.first);
  const pages = new Map<P, Connection<T>>(parents.map((each) => [each, pageOf(kind, keys, [], page.first)]));
  if (!parents.length) return pages;
  const after = page.after != null ? decodeCursor(kind, keys, page.after) : undefined;
  const order = keys.map((key) => `${key.column} DESC`).join(", ");
  const primary = repository.metadata.primaryColumns[0];
  const ranked = repository
    .createQueryBuilder(alias)
    .select(`${alias}.${primary.databaseName}`, "ranked_id")
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${parent.column} ORDER BY ${order})`, "page_row")
    .where(`${parent.column} IN (:...pageParents)`, { pageParents: [...parents] });
  if (after) afterKey(ranked, keys, after);
  if (options.where) options.where(ranked);
  const query = repository
    .createQueryBuilder(alias)
    .where(`${alias}.${primary.databaseName} IN (SELECT ranked.ranked_id FROM (${ranked.getQuery()}) ranked WHERE ranked.page_row <= :pageRows)`, {
      ...ranked.getParameters(),
      pageRows: page.first + 1,
    });
  keys.forEach((key) => query.addOrderBy(key.column, "DESC"));
  const grouped = new Map<P, T[]>();
  for (const row of await query.getMany()) {
    const key = row[parent.property] as P;
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  for (const [key, rows] of grouped) pages.set(key, pageOf(kind, keys, rows, page.first));
  return pages;
}

const pageLoaders = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A per-request loader of pages by parent, one for each page asked for
 * (`key`: the arguments and whatever else shapes the statement), so that a
 * connection on every council of a region is still one statement. `scope` is
 * an object that lives as long as the request (its loaders).
 */
export function pagesLoader<P, T>(scope: object, key: string, fetch: (parents: readonly P[]) => Promise<Map<P, Connection<T>>>): DataLoader<P, Connection<T>> {
  let loaders = pageLoaders.get(scope);
  if (!loaders) pageLoaders.set(scope, (loaders = new Map()));
  let loader = loaders.get(key) as DataLoader<P, Connection<T>> | undefined;
  if (!loader) {
    loader = new DataLoader<P, Connection<T>>(async (parents) => {
      const pages = await fetch(parents);
      return parents.map((parent) => pages.get(parent)!);
    });
    loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}
