import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** Performance information (the LG Inform idea): metrics, values by council and period, saved scorecards. */
export class Performance1764300000000 implements MigrationInterface {
  name = "Performance1764300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner,
      new Table({
        name: "metric",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "title", type: "varchar", length: "160" },
          { name: "unit", type: "varchar", length: "40" },
          { name: "polarity", type: "varchar", length: "16" },
          { name: "source", type: "varchar", length: "300" },
          { name: "description", type: "varchar", length: "500", isNullable: true },
          { name: "is_context", type: "boolean" },
          { name: "provenance", type: "varchar", length: "12" },
        ],
        indices: [{ name: "metric_context", columnNames: ["is_context"] }],
        checks: [
          { name: "metric_polarity_known", expression: "polarity IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL')" },
          { name: "metric_provenance_known", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(queryRunner,
      new Table({
        name: "metric_value",
        columns: [
          // One value per metric, period and council: the primary key is the rule.
          { name: "metric_id", type: "varchar", length: "64", isPrimary: true },
          { name: "period", type: "varchar", length: "7", isPrimary: true },
          { name: "council_code", type: "varchar", length: "9", isPrimary: true },
          { name: "value", type: "double" },
          { name: "provenance", type: "varchar", length: "12" },
        ],
        foreignKeys: [
          { columnNames: ["metric_id"], referencedTableName: "metric", referencedColumnNames: ["id"] },
          { columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] },
        ],
        indices: [{ name: "metric_value_council", columnNames: ["council_code", "metric_id"] }],
        checks: [
          { name: "metric_value_period_is_financial_year", expression: "period LIKE '____/__'" },
          { name: "metric_value_provenance_known", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(queryRunner,
      new Table({
        name: "scorecard",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "name", type: "varchar", length: "120", isUnique: true },
          { name: "description", type: "varchar", length: "500", isNullable: true },
          { name: "period", type: "varchar", length: "7", isNullable: true },
          { name: "saved_by", type: "varchar", length: "120", isNullable: true },
          { name: "provenance", type: "varchar", length: "12" },
        ],
        checks: [
          { name: "scorecard_period_is_financial_year", expression: "period IS NULL OR period LIKE '____/__'" },
          { name: "scorecard_provenance_known", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(queryRunner,
      new Table({
        name: "scorecard_metric",
        columns: [
          { name: "scorecard_id", type: "integer", isPrimary: true },
          { name: "metric_id", type: "varchar", length: "64", isPrimary: true },
          { name: "position", type: "integer" },
        ],
        foreignKeys: [
          { columnNames: ["scorecard_id"], referencedTableName: "scorecard", referencedColumnNames: ["id"] },
          { columnNames: ["metric_id"], referencedTableName: "metric", referencedColumnNames: ["id"] },
        ],
        indices: [{ name: "scorecard_metric_metric", columnNames: ["metric_id"] }],
      }),
    );
    await createTable(queryRunner,
      new Table({
        name: "scorecard_council",
        columns: [
          { name: "scorecard_id", type: "integer", isPrimary: true },
          { name: "council_code", type: "varchar", length: "9", isPrimary: true },
          { name: "position", type: "integer" },
        ],
        foreignKeys: [
          { columnNames: ["scorecard_id"], referencedTableName: "scorecard", referencedColumnNames: ["id"] },
          { columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] },
        ],
        indices: [{ name: "scorecard_council_council", columnNames: ["council_code"] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["scorecard_council", "scorecard_metric", "scorecard", "metric_value", "metric"]) {
      await queryRunner.dropTable(table);
    }
  }
}
