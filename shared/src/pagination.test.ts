import { AuditEntry, auditEntryTable } from "./audit";
import type { BoardDatabase } from "./database";
import { type Connection, decodeCursor, encodeCursor, type KeysetColumn, MAX_PAGE_SIZE, readPage, readPagesByParent } from "./pagination";
import { openScratchDatabase } from "./testing";

const KEYS: KeysetColumn<AuditEntry>[] = [
  { property: "at", column: "entry.at", type: "string" },
  { property: "id", column: "entry.id", type: "integer" },
];

describe.each(["sqlite", "mysql"] as const)("keyset pages on %s", (kind) => {
  let database: BoardDatabase;
  let close: (() => Promise<void>) | undefined;
  // Several writes share a millisecond: the id must break the tie, or a page boundary there would skip or repeat.
  const at = (index: number) => `2026-01-01T00:00:${String(Math.floor(index / 3)).padStart(2, "0")}.000Z`;

  const insert = (index: number, subject: string) =>
    database.dataSource.getRepository(AuditEntry).insert({
      at: at(index),
      subject,
      name: null,
      credentials: [],
      operation: `write${index}`,
      changes: "{}",
      recordId: null,
      requestId: null,
    });

  beforeAll(async () => {
    ({ database, close } = await openScratchDatabase(kind, { entities: [AuditEntry], tables: [auditEntryTable()] }));
    for (let index = 0; index < 47; index += 1) await insert(index, index % 2 ? "odd" : "even");
  });
  afterAll(async () => {
    await close?.();
  });

  const all = async () =>
    (await database.dataSource.getRepository(AuditEntry).find({ order: { at: "DESC", id: "DESC" } })).map((entry) => entry.id);

  const page = (first: number, after?: string | null) =>
    readPage(database.dataSource.getRepository(AuditEntry).createQueryBuilder("entry"), "test", KEYS, { first, after });

  async function walk(first: number, onPage?: (index: number) => Promise<void>): Promise<number[]> {
    const seen: number[] = [];
    let after: string | null = null;
    for (let index = 0; index < 100; index += 1) {
      const current: Connection<AuditEntry> = await page(first, after);
      seen.push(...current.edges.map((edge) => edge.node.id));
      expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor ?? null);
      if (!current.pageInfo.hasNextPage) return seen;
      after = current.pageInfo.endCursor;
      await onPage?.(index);
    }
    throw new Error("never reached the last page");
  }

  it("pages through every entry once, in order, whatever the page size", async () => {
    const expected = await all();
    for (const first of [1, 2, 3, 7, 46, 47, MAX_PAGE_SIZE]) expect(await walk(first)).toEqual(expected);
  });

  it("neither repeats nor skips when writes land while a caller pages", async () => {
    const before = await all();
    // Newer writes sort before the pages already read: the walk goes on where it was.
    const seen = await walk(5, async (index) => void (await insert(100 + index, "late")));
    expect(seen).toEqual(before);
  });

  it("pages many parents in one statement, each its own page", async () => {
    const repository = database.dataSource.getRepository(AuditEntry);
    const first = await readPagesByParent(repository, {
      kind: "test",
      alias: "entry",
      parent: { column: "entry.subject", property: "subject" },
      parents: ["odd", "even", "nobody"],
      keys: KEYS,
      page: { first: 4 },
    });
    const byParent = async (subject: string) =>
      (await repository.find({ where: { subject }, order: { at: "DESC", id: "DESC" } })).map((entry) => entry.id);
    expect(first.get("odd")!.edges.map((edge) => edge.node.id)).toEqual((await byParent("odd")).slice(0, 4));
    expect(first.get("even")!.edges.map((edge) => edge.node.id)).toEqual((await byParent("even")).slice(0, 4));
    expect(first.get("nobody")).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const second = await readPagesByParent(repository, {
      kind: "test",
      alias: "entry",
      parent: { column: "entry.subject", property: "subject" },
      parents: ["odd"],
      keys: KEYS,
      page: { first: 4, after: first.get("odd")!.pageInfo.endCursor },
      where: (where) => where.andWhere("entry.operation <> :skipped", { skipped: "none" }),
    });
    expect(second.get("odd")!.edges.map((edge) => edge.node.id)).toEqual((await byParent("odd")).slice(4, 8));
  });

  it("refuses a page size outside 1..100 naming first, and a cursor it did not hand out naming after", async () => {
    for (const first of [0, -1, MAX_PAGE_SIZE + 1]) await expect(page(first)).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "first" } });
    for (const after of ["nonsense", "", encodeCursor("another list", ["2026-01-01", 1]), encodeCursor("test", [1, "x"]), encodeCursor("test", ["x"]), Buffer.from("{").toString("base64url")]) {
      await expect(page(5, after)).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "after" } });
    }
  });
});

it("keeps cursors opaque but round-trips their keys", () => {
  const cursor = encodeCursor("test", ["2026-01-01T00:00:00.000Z", 42]);
  expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(decodeCursor("test", KEYS, cursor)).toEqual(["2026-01-01T00:00:00.000Z", 42]);
});
