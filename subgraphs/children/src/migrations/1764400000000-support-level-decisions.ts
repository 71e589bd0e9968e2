import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** Each decision on a council's children's services support level, the latest being the council's level. */
export class SupportLevelDecisions1764400000000 implements MigrationInterface {
  name = "SupportLevelDecisions1764400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "support_level_decision",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "council_code", type: "varchar", length: "9" },
          { name: "level", type: "varchar", length: "20" },
          { name: "decided_on", type: "varchar", length: "10" },
          { name: "reason", type: "varchar", length: "500", isNullable: true },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [{ columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] }],
        indices: [{ name: "support_level_decision_council", columnNames: ["council_code"] }],
        checks: [
          { name: "support_level_decision_level", expression: "level IN ('UNIVERSAL', 'EARLY_SUPPORT', 'TARGETED_SUPPORT')" },
          { name: "support_level_decision_date", expression: "decided_on LIKE '____-__-__'" },
          { name: "support_level_decision_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("support_level_decision");
  }
}
