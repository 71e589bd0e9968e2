import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** Councils' self-assessments of children's services and the external peer challenge of each. */
export class SelfAssessments1764400000002 implements MigrationInterface {
  name = "SelfAssessments1764400000002";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "self_assessment",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "council_code", type: "varchar", length: "9" },
          { name: "period", type: "varchar", length: "7" },
          { name: "summary", type: "text" },
          { name: "strengths", type: "text" },
          { name: "areas_for_improvement", type: "text" },
          { name: "status", type: "varchar", length: "12" },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [{ columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] }],
        // One self-assessment per council per period.
        uniques: [{ name: "self_assessment_council_period", columnNames: ["council_code", "period"] }],
        checks: [
          { name: "self_assessment_period", expression: "period LIKE '____/__'" },
          { name: "self_assessment_status", expression: "status IN ('DRAFT', 'SUBMITTED', 'CHALLENGED')" },
          { name: "self_assessment_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "self_assessment_challenge",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          // One external challenge per self-assessment.
          { name: "self_assessment_id", type: "integer", isUnique: true },
          { name: "held_on", type: "varchar", length: "10" },
          { name: "outcome", type: "varchar", length: "30" },
          { name: "findings", type: "text", isNullable: true },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [
          { columnNames: ["self_assessment_id"], referencedTableName: "self_assessment", referencedColumnNames: ["id"] },
        ],
        checks: [
          { name: "self_assessment_challenge_date", expression: "held_on LIKE '____-__-__'" },
          {
            name: "self_assessment_challenge_outcome",
            expression: "outcome IN ('CONFIRMED', 'CONFIRMED_WITH_ADDITIONS', 'NOT_CONFIRMED')",
          },
          { name: "self_assessment_challenge_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "self_assessment_challenger",
        columns: [
          { name: "challenge_id", type: "integer", isPrimary: true },
          { name: "council_code", type: "varchar", length: "9", isPrimary: true },
        ],
        foreignKeys: [
          { columnNames: ["challenge_id"], referencedTableName: "self_assessment_challenge", referencedColumnNames: ["id"] },
          { columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] },
        ],
        indices: [{ name: "self_assessment_challenger_council", columnNames: ["council_code"] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("self_assessment_challenger");
    await queryRunner.dropTable("self_assessment_challenge");
    await queryRunner.dropTable("self_assessment");
  }
}
