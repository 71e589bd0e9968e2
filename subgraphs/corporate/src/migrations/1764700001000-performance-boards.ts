import { addCheck, dropCheck } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from "typeorm";

const METRIC_BOARD_KNOWN = { name: "metric_board_known", expression: "board IN ('CORPORATE', 'CHILDREN', 'ADULTS')" };

/**
 * Issue 19: every board's figures in one comparison. A metric names its board
 * (the metrics held so far are the LGA's: CORPORATE). A scorecard has an owner
 * (the token subject that saved it) and is shared by the LGA; scorecards saved
 * before owners were the LGA's own and public, so they stay shared. A name is
 * unique per owner, not across everyone (another analyst's private names are
 * none of a caller's business).
 */
export class PerformanceBoards1764700001000 implements MigrationInterface {
  name = "PerformanceBoards1764700001000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn("metric", new TableColumn({ name: "board", type: "varchar", length: "12", default: "'CORPORATE'" }));
    await queryRunner.query("UPDATE metric SET board = 'CORPORATE'");
    await addCheck(queryRunner, "metric", METRIC_BOARD_KNOWN);
    await queryRunner.createIndex("metric", new TableIndex({ name: "metric_board", columnNames: ["board"] }));

    await queryRunner.addColumn("scorecard", new TableColumn({ name: "owner", type: "varchar", length: "120", isNullable: true }));
    await queryRunner.addColumn("scorecard", new TableColumn({ name: "shared", type: "boolean", default: false }));
    await queryRunner.query("UPDATE scorecard SET shared = 1");
    // The old unique name: a UNIQUE constraint on SQLite, a unique column (index) on MySQL/MariaDB.
    const table = (await queryRunner.getTable("scorecard"))!;
    const onName = (columns: string[]) => columns.length === 1 && columns[0] === "name";
    for (const unique of table.uniques.filter((unique) => onName(unique.columnNames))) await queryRunner.dropUniqueConstraint(table, unique);
    const name = table.findColumnByName("name")!;
    if (name.isUnique) {
      const notUnique = name.clone();
      notUnique.isUnique = false;
      await queryRunner.changeColumn(table, name, notUnique);
    }
    await queryRunner.createIndex("scorecard", new TableIndex({ name: "scorecard_owner_name", columnNames: ["owner", "name"], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex("scorecard", "scorecard_owner_name");
    const table = (await queryRunner.getTable("scorecard"))!;
    const name = table.findColumnByName("name")!;
    const unique = name.clone();
    unique.isUnique = true;
    await queryRunner.changeColumn(table, name, unique);
    await queryRunner.dropColumn("scorecard", "shared");
    await queryRunner.dropColumn("scorecard", "owner");
    await queryRunner.dropIndex("metric", "metric_board");
    await dropCheck(queryRunner, "metric", METRIC_BOARD_KNOWN);
    await queryRunner.dropColumn("metric", "board");
  }
}
