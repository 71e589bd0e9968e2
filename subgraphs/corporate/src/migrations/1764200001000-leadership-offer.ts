import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/**
 * The leadership offer: places on the main programmes, and member peer support
 * on a change of political control.
 *
 * One subsidised place per council per financial year is the unique index
 * `leadership_one_subsidised_place`: a subsidised place holds its financial
 * year in `subsidised_year`, an unsubsidised one NULL (NULLs never collide).
 * The subsidy runs for 2012/13 to 2014/15 (`leadership_subsidy_years`).
 * Five days at most per change of control is the CHECK `mps_at_most_five_days`.
 */
export class LeadershipOffer1764200001000 implements MigrationInterface {
  name = "LeadershipOffer1764200001000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "leadership_place",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "council_code", type: "varchar", length: "9" },
          { name: "financial_year", type: "varchar", length: "7" },
          { name: "programme", type: "varchar", length: "24" },
          { name: "participant_name", type: "varchar", length: "120" },
          { name: "participant_role", type: "varchar", length: "120", isNullable: true },
          { name: "subsidised", type: "boolean" },
          { name: "subsidised_year", type: "varchar", length: "7", isNullable: true },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [{ columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] }],
        indices: [
          { name: "leadership_place_council", columnNames: ["council_code"] },
          { name: "leadership_place_year", columnNames: ["financial_year"] },
          { name: "leadership_one_subsidised_place", columnNames: ["council_code", "subsidised_year"], isUnique: true },
        ],
        checks: [
          { name: "leadership_financial_year", expression: "financial_year LIKE '20__/__'" },
          { name: "leadership_programme_known", expression: "programme IN ('LEADERSHIP_ACADEMY', 'LEADING_EDGE', 'NEXT_GENERATION')" },
          {
            name: "leadership_subsidised_year",
            expression: "(subsidised = 1 AND subsidised_year IS NOT NULL AND subsidised_year = financial_year) OR (subsidised = 0 AND subsidised_year IS NULL)",
          },
          { name: "leadership_subsidy_years", expression: "subsidised_year IS NULL OR subsidised_year IN ('2012/13', '2013/14', '2014/15')" },
          { name: "leadership_place_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );

    await createTable(
      queryRunner,
      new Table({
        name: "member_peer_support",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "council_code", type: "varchar", length: "9" },
          { name: "change_of_control_on", type: "varchar", length: "10" },
          { name: "control_before", type: "varchar", length: "120", isNullable: true },
          { name: "control_after", type: "varchar", length: "120", isNullable: true },
          { name: "days_used", type: "integer", default: 0 },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [{ columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] }],
        indices: [
          { name: "mps_one_per_change_of_control", columnNames: ["council_code", "change_of_control_on"], isUnique: true },
        ],
        checks: [
          { name: "mps_at_most_five_days", expression: "days_used >= 0 AND days_used <= 5" },
          { name: "mps_change_date", expression: "change_of_control_on LIKE '____-__-__'" },
          { name: "mps_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );

    await createTable(
      queryRunner,
      new Table({
        name: "member_peer_support_visit",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "support_id", type: "integer" },
          { name: "visited_on", type: "varchar", length: "10" },
          { name: "days", type: "integer" },
          { name: "note", type: "varchar", length: "500", isNullable: true },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [{ columnNames: ["support_id"], referencedTableName: "member_peer_support", referencedColumnNames: ["id"] }],
        indices: [{ name: "mps_visit_support", columnNames: ["support_id"] }],
        checks: [
          { name: "mps_visit_days", expression: "days >= 1 AND days <= 5" },
          { name: "mps_visit_date", expression: "visited_on LIKE '____-__-__'" },
          { name: "mps_visit_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("member_peer_support_visit");
    await queryRunner.dropTable("member_peer_support");
    await queryRunner.dropTable("leadership_place");
  }
}
