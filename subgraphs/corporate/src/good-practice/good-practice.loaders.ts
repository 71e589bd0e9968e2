import {
  assertPageSize,
  type Connection,
  decodeCursor,
  encodeCursor,
  isRecordId,
  keyedLoader,
  type KeysetColumn,
  notFound,
  type PageRequest,
  PartnerBoard,
  readPagesByParent,
} from "@sli/shared";
import { type DataSource, In, type WhereExpressionBuilder } from "typeorm";
import type { CorporateContext } from "../context";
import { CorporatePeerChallenge } from "../peer-challenge/corporate-peer-challenge.entity";
import { GoodPractice } from "./good-practice.entity";
import type { GoodPracticeTheme } from "./good-practice.enums";
import { councilsOfRegion, type DraftSight, TITLE_WEIGHT } from "./good-practice.rules";

export function createGoodPracticeLoaders(dataSource: DataSource) {
  return {
    goodPracticeById: keyedLoader(
      (ids: readonly number[]) => dataSource.getRepository(GoodPractice).findBy({ id: In([...ids]) }),
      (item) => item.id,
    ),
    /** The corporate peer challenges items come from: one statement for a page of items. */
    goodPracticeCorporateSources: keyedLoader(
      (ids: readonly number[]) => dataSource.getRepository(CorporatePeerChallenge).findBy({ id: In([...ids]) }),
      (challenge) => challenge.id,
    ),
  };
}

/** The item with this id, or NOT_FOUND (a malformed id finds nothing). */
export async function goodPracticeOrNotFound(ctx: CorporateContext, id: string, argument = "input.id"): Promise<GoodPractice> {
  const item = isRecordId(id) ? await ctx.loaders.goodPracticeById.load(Number(id)) : null;
  if (!item) throw notFound(`No good practice item has the id ${id}`, { argument });
  return item;
}

export interface GoodPracticeFilter {
  /** The search's words (searchTerms in the rules); none: every item, newest first. */
  terms: string[];
  theme?: GoodPracticeTheme | null;
  board?: PartnerBoard | null;
  region?: string | null;
  sight: DraftSight;
}

/** Newest first when not searching: the day shared, then the id. */
const NEWEST: KeysetColumn<GoodPractice>[] = [
  { property: "sharedOn", column: "item.shared_on", type: "string" },
  { property: "id", column: "item.id", type: "integer" },
];

type Ranked = GoodPractice & { score: number };
const RANKED: KeysetColumn<Ranked>[] = [
  { property: "score", column: "score", type: "integer" },
  { property: "id", column: "id", type: "integer" },
];

const COLUMNS: Array<[keyof GoodPractice & string, string]> = [
  ["id", "id"],
  ["councilCode", "council_code"],
  ["board", "board"],
  ["theme", "theme"],
  ["status", "status"],
  ["title", "title"],
  ["summary", "summary"],
  ["sourceKind", "source_kind"],
  ["sourceId", "source_id"],
  ["citation", "citation"],
  ["sharedOn", "shared_on"],
  ["publishedOn", "published_on"],
  ["provenance", "provenance"],
];

const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ");

/** The conditions every read of the library applies: the drafts the viewer may read, and the filters. */
function conditions(filter: Omit<GoodPracticeFilter, "terms">, alias: string): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  const { sight } = filter;
  if (!sight.all) {
    const any = [`${alias}.status = 'PUBLISHED'`];
    if (sight.boards.length) {
      any.push(`${alias}.board IN (${placeholders(sight.boards)})`);
      params.push(...sight.boards);
    }
    if (sight.councils.length) {
      any.push(`${alias}.council_code IN (${placeholders(sight.councils)})`);
      params.push(...sight.councils);
    }
    sql.push(`(${any.join(" OR ")})`);
  }
  if (filter.theme) {
    sql.push(`${alias}.theme = ?`);
    params.push(filter.theme);
  }
  if (filter.board) {
    sql.push(`${alias}.board = ?`);
    params.push(filter.board);
  }
  if (filter.region) {
    const councils = councilsOfRegion(filter.region);
    sql.push(councils.length ? `${alias}.council_code IN (${placeholders(councils)})` : "1 = 0");
    params.push(...councils);
  }
  return { sql, params };
}

const onMysql = (dataSource: DataSource) => dataSource.options.type === "mysql" || dataSource.options.type === "mariadb";

/**
 * The rank, computed in SQL the same way on both engines (their own relevance
 * scores differ): for each search word, its occurrences in the title times
 * TITLE_WEIGHT plus its occurrences in the summary, summed over the words.
 * An occurrence is one " word " in the indexed text (searchText), counted as
 * (LENGTH(text) − LENGTH(REPLACE(text, " word ", ""))) / LENGTH(" word "):
 * whole numbers on both (MariaDB's exact DECIMAL division, SQLite's integer one).
 */
function rankExpression(terms: string[], alias: string): { sql: string; params: unknown[] } {
  const count = (column: string, term: string) =>
    `((LENGTH(${alias}.${column}) - LENGTH(REPLACE(${alias}.${column}, ?, ''))) / ${term.length + 2})`;
  return {
    sql: terms.map((term) => `${count("search_title", term)} * ${TITLE_WEIGHT} + ${count("search_summary", term)}`).join(" + "),
    params: terms.flatMap((term) => [` ${term} `, ` ${term} `]),
  };
}

/**
 * The items holding every search word, found by the database's own full-text
 * index: SQLite FTS5 (the good_practice_search table) or MariaDB/MySQL
 * FULLTEXT (in boolean mode, every word required). Both index the same words
 * (searchText), so both find the same items.
 */
function matchCondition(dataSource: DataSource, terms: string[], alias: string): { sql: string; params: unknown[] } {
  if (onMysql(dataSource)) {
    return { sql: `MATCH (${alias}.search_title, ${alias}.search_summary) AGAINST (? IN BOOLEAN MODE)`, params: [terms.map((term) => `+${term}`).join(" ")] };
  }
  return {
    sql: `${alias}.id IN (SELECT rowid FROM good_practice_search WHERE good_practice_search MATCH ?)`,
    params: [terms.map((term) => `"${term}"`).join(" AND ")],
  };
}

function itemOf(row: Record<string, unknown>): Ranked {
  const item = new GoodPractice() as Ranked;
  for (const [property, column] of COLUMNS) (item as unknown as Record<string, unknown>)[property] = row[column] ?? null;
  item.id = Number(row.id);
  if (row.source_id != null) item.sourceId = Number(row.source_id);
  item.score = Number(row.score ?? 0);
  return item;
}

/**
 * One page of the library in one statement, by keyset: ranked (the rank,
 * then the id, both descending) when searching, newest first otherwise.
 */
export async function readGoodPracticePage(dataSource: DataSource, filter: GoodPracticeFilter, page: PageRequest): Promise<Connection<GoodPractice>> {
  assertPageSize(page.first);
  const searching = filter.terms.length > 0;
  const kind = searching ? `goodPractice:${filter.terms.join(" ")}` : "goodPractice";
  const keys = (searching ? RANKED : NEWEST) as KeysetColumn<Ranked>[];
  const after = page.after != null ? decodeCursor(kind, keys, page.after) : undefined;
  const where = conditions(filter, "item");
  const rank = searching ? rankExpression(filter.terms, "item") : { sql: "0", params: [] };
  if (searching) {
    const match = matchCondition(dataSource, filter.terms, "item");
    where.sql.push(match.sql);
    where.params.push(...match.params);
  }
  const inner =
    `SELECT ${COLUMNS.map(([, column]) => `item.${column}`).join(", ")}, ${rank.sql} AS score FROM good_practice item` +
    (where.sql.length ? ` WHERE ${where.sql.join(" AND ")}` : "");
  const [first, second] = searching ? ["score", "id"] : ["shared_on", "id"];
  const keyset = after ? ` WHERE (ranked.${first} < ? OR (ranked.${first} = ? AND ranked.${second} < ?))` : "";
  const sql = `SELECT * FROM (${inner}) ranked${keyset} ORDER BY ranked.${first} DESC, ranked.${second} DESC LIMIT ${page.first + 1}`;
  const params = [...rank.params, ...where.params, ...(after ? [after[0], after[0], after[1]] : [])];
  const rows = ((await dataSource.query(sql, params)) as Array<Record<string, unknown>>).map(itemOf);
  const edges = rows.slice(0, page.first).map((node) => ({ cursor: encodeCursor(kind, keys.map((key) => node[key.property] as string | number)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** Each council's page of items, newest first, for any number of councils in one statement. */
export function readCouncilPages(
  dataSource: DataSource,
  councils: readonly string[],
  filter: Omit<GoodPracticeFilter, "terms" | "region">,
  page: PageRequest,
): Promise<Map<string, Connection<GoodPractice>>> {
  const where = conditions(filter, "item");
  return readPagesByParent(dataSource.getRepository(GoodPractice), {
    kind: "Council.goodPractice",
    alias: "item",
    parent: { column: "item.council_code", property: "councilCode" as never },
    parents: councils,
    keys: NEWEST,
    page,
    where: (query: WhereExpressionBuilder) => {
      // The same conditions, with the query builder's named parameters.
      let index = 0;
      for (const condition of where.sql) {
        const named = condition.replace(/\?/g, () => `:goodPractice${index++}`);
        query.andWhere(named, Object.fromEntries(where.params.map((value, at) => [`goodPractice${at}`, value])));
      }
    },
  });
}
