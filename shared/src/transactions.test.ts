import { Table } from "typeorm";
import type { BoardDatabase } from "./database";
import { openScratchDatabase } from "./testing";

describe.each(["sqlite", "mysql"] as const)("write transactions on %s", (kind) => {
  let database: BoardDatabase;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ database, close } = await openScratchDatabase(kind, {
      tables: [
        new Table({
          name: "place",
          columns: [
            { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
            { name: "council", type: "varchar", length: "9" },
            { name: "year", type: "varchar", length: "7" },
            { name: "days", type: "int" },
          ],
          uniques: [{ name: "place_one_per_year", columnNames: ["council", "year"] }],
          checks: [{ name: "place_days_at_most_five", expression: "days <= 5" }],
        }),
      ],
    }));
  });
  afterAll(async () => {
    await close?.();
  });

  it("lets exactly one of 20 concurrent attempts at a unique record through, the rest CONFLICT in the rule's words", async () => {
    const attempts = Array.from({ length: 20 }, () =>
      database.transaction(
        async (manager) => {
          // The check a rule makes first; under concurrency only the constraint decides.
          const existing = await manager.query("SELECT COUNT(*) AS n FROM place WHERE council = 'E06000052' AND year = '2012/13'");
          if (Number(existing[0].n) > 0) throw new Error("already taken");
          await manager.query("INSERT INTO place (council, year, days) VALUES ('E06000052', '2012/13', 1)");
        },
        { onViolation: () => new (require("graphql").GraphQLError)("one place a year", { extensions: { code: "CONFLICT" } }) },
      ),
    );
    const results = await Promise.allSettled(attempts);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) {
      if (result.status === "rejected") expect(String(result.reason.message)).toMatch(/already taken|one place a year/);
    }
    const rows = await database.dataSource.query("SELECT COUNT(*) AS n FROM place");
    expect(Number(rows[0].n)).toBe(1);
  });

  it("turns a check constraint's refusal into BAD_USER_INPUT and writes nothing", async () => {
    await expect(
      database.transaction(async (manager) => {
        await manager.query("INSERT INTO place (council, year, days) VALUES ('E06000053', '2012/13', 1)");
        await manager.query("INSERT INTO place (council, year, days) VALUES ('E06000053', '2013/14', 6)");
      }),
    ).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    const rows = await database.dataSource.query("SELECT COUNT(*) AS n FROM place WHERE council = 'E06000053'");
    expect(Number(rows[0].n)).toBe(0);
  });
});
