import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** Support in place (issue 15, part 3): a council's request or a board's offer, and its steps, each dated. */
export class SupportRecords1764700002000 implements MigrationInterface {
  name = "SupportRecords1764700002000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner,
      new Table({
        name: "support_record",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "council_code", type: "varchar", length: "9" },
          { name: "board", type: "varchar", length: "10" },
          { name: "kind", type: "varchar", length: "24" },
          { name: "need", type: "varchar", length: "2000" },
          { name: "status", type: "varchar", length: "12" },
          { name: "requested_on", type: "varchar", length: "10", isNullable: true },
          { name: "requested_by", type: "varchar", length: "120", isNullable: true },
          { name: "offered_on", type: "varchar", length: "10", isNullable: true },
          { name: "offered_by", type: "varchar", length: "120", isNullable: true },
          { name: "agreed_on", type: "varchar", length: "10", isNullable: true },
          { name: "started_on", type: "varchar", length: "10", isNullable: true },
          { name: "completed_on", type: "varchar", length: "10", isNullable: true },
          { name: "declined_on", type: "varchar", length: "10", isNullable: true },
          { name: "decline_reason", type: "varchar", length: "1000", isNullable: true },
          { name: "provenance", type: "varchar", length: "12" },
        ],
        foreignKeys: [{ columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] }],
        indices: [{ name: "support_record_council", columnNames: ["council_code"] }],
        checks: [
          { name: "support_record_board_known", expression: "board IN ('CORPORATE', 'CHILDREN', 'ADULTS')" },
          {
            name: "support_record_kind_known",
            expression:
              "kind IN ('CORPORATE_PEER_CHALLENGE', 'MEMBER_PEER_SUPPORT', 'MENTORING', 'SAFEGUARDING_REVIEW', 'ADULTS_SIGN_OFF_SUPPORT', 'IMPROVEMENT_BOARD', 'OTHER')",
          },
          { name: "support_record_status_known", expression: "status IN ('REQUESTED', 'OFFERED', 'AGREED', 'IN_PROGRESS', 'COMPLETED', 'DECLINED')" },
          { name: "support_record_need_given", expression: "need <> ''" },
          // Asked for by the council or offered by a board: one of the two, dated.
          {
            name: "support_record_opened_once",
            expression: "(requested_on IS NOT NULL AND offered_on IS NULL) OR (requested_on IS NULL AND offered_on IS NOT NULL)",
          },
          // Each status has the dates of the steps that led to it.
          { name: "support_record_agreed_dated", expression: "status NOT IN ('AGREED', 'IN_PROGRESS', 'COMPLETED') OR agreed_on IS NOT NULL" },
          { name: "support_record_started_dated", expression: "status NOT IN ('IN_PROGRESS', 'COMPLETED') OR started_on IS NOT NULL" },
          { name: "support_record_completed_dated", expression: "status <> 'COMPLETED' OR completed_on IS NOT NULL" },
          // Declined with a reason, and only before it was agreed.
          {
            name: "support_record_declined_with_reason",
            expression: "status <> 'DECLINED' OR (declined_on IS NOT NULL AND decline_reason IS NOT NULL AND decline_reason <> '' AND agreed_on IS NULL)",
          },
          // No step before the one it follows.
          { name: "support_record_agreed_after_opened", expression: "agreed_on IS NULL OR agreed_on >= COALESCE(requested_on, offered_on)" },
          { name: "support_record_started_after_agreed", expression: "started_on IS NULL OR (agreed_on IS NOT NULL AND started_on >= agreed_on)" },
          { name: "support_record_completed_after_started", expression: "completed_on IS NULL OR (started_on IS NOT NULL AND completed_on >= started_on)" },
          { name: "support_record_provenance_known", expression: PROVENANCE_CHECK },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("support_record");
  }
}
