import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** The common data set for children's services: indicators and their values by council and period. */
export class CommonDataSet1764400000006 implements MigrationInterface {
  name = "CommonDataSet1764400000006";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "cds_indicator",
        columns: [
          { name: "code", type: "varchar", length: "40", isPrimary: true },
          { name: "name", type: "varchar", length: "200" },
          { name: "unit", type: "varchar", length: "40" },
          { name: "polarity", type: "varchar", length: "20" },
          { name: "description", type: "text", isNullable: true },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        checks: [
          { name: "cds_indicator_polarity", expression: "polarity IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'CONTEXT')" },
          { name: "cds_indicator_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "cds_value",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "indicator_code", type: "varchar", length: "40" },
          { name: "council_code", type: "varchar", length: "9" },
          { name: "period", type: "varchar", length: "7" },
          { name: "value", type: "double precision" },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [
          { columnNames: ["indicator_code"], referencedTableName: "cds_indicator", referencedColumnNames: ["code"] },
          { columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] },
        ],
        uniques: [{ name: "cds_value_indicator_council_period", columnNames: ["indicator_code", "council_code", "period"] }],
        indices: [
          { name: "cds_value_council", columnNames: ["council_code"] },
          { name: "cds_value_period", columnNames: ["period"] },
        ],
        checks: [
          { name: "cds_value_period", expression: "period LIKE '____/__'" },
          { name: "cds_value_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("cds_value");
    await queryRunner.dropTable("cds_indicator");
  }
}
