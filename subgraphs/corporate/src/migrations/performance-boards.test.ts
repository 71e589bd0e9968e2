import { createLogger, openDatabase } from "@sli/shared";
import { removeTestDatabases, testConfig } from "@sli/shared/testing";
import { PerformanceBoards1764700001000 } from "./1764700001000-performance-boards";
import { migrations } from "./index";

/** The issue 19 migration over a database that already holds metrics and a scorecard, on both databases. */
describe.each(["sqlite", "mysql"] as const)("the performance-boards migration on %s", (kind) => {
  it("makes existing metrics CORPORATE, keeps existing scorecards public, and lets two owners use one name", async () => {
    const config = testConfig(kind);
    const before = migrations.filter((migration) => migration !== PerformanceBoards1764700001000);
    const database = await openDatabase({
      board: "corporate",
      settings: config.databases.corporate,
      entities: [],
      migrations: before,
      log: createLogger("test", "silent"),
    });
    try {
      const { dataSource } = database;
      await dataSource.query("INSERT INTO metric (id, title, unit, polarity, source, description, is_context, provenance) VALUES ('old-metric', 'Old', '%', 'NEUTRAL', 'tests', NULL, 0, 'RECORDED')");
      await dataSource.query("INSERT INTO scorecard (name, description, period, saved_by, provenance) VALUES ('Old card', NULL, NULL, 'LGA', 'RECORDED')");
      const runner = dataSource.createQueryRunner();
      try {
        await new PerformanceBoards1764700001000().up(runner);
      } finally {
        await runner.release();
      }
      expect(await dataSource.query("SELECT board FROM metric WHERE id = 'old-metric'")).toEqual([{ board: "CORPORATE" }]);
      const [card] = await dataSource.query("SELECT owner, shared FROM scorecard WHERE name = 'Old card'");
      expect({ owner: card.owner, shared: Boolean(Number(card.shared)) }).toEqual({ owner: null, shared: true });
      // One name, two owners: allowed; the same owner twice: refused by the index.
      await dataSource.query("INSERT INTO scorecard (name, owner, shared, saved_by, provenance) VALUES ('Mine', 'a', 0, 'A', 'RECORDED'), ('Mine', 'b', 0, 'B', 'RECORDED')");
      await expect(dataSource.query("INSERT INTO scorecard (name, owner, shared, saved_by, provenance) VALUES ('Mine', 'a', 0, 'A', 'RECORDED')")).rejects.toThrow(
        /UNIQUE|Duplicate/i,
      );
      await expect(dataSource.query("UPDATE metric SET board = 'NOBODY' WHERE id = 'old-metric'")).rejects.toThrow(/CHECK|metric_board_known/i);
    } finally {
      await database.dataSource.destroy();
      await removeTestDatabases(config);
    }
  });
});
