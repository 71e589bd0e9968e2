import { addCheck, createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table, TableColumn } from "typeorm";

const ISO_DATE = (column: string) => `${column} IS NULL OR ${column} LIKE '____-__-__'`;

/**
 * Corporate peer challenge: the challenge, its local focus areas and its team
 * of peers; and a provenance on people, since peers can be added as people.
 *
 * The offer's rule (one no-cost challenge per council in the three years from
 * 1 June 2011) is the unique index `cpc_one_no_cost_per_council`: a no-cost
 * challenge that is not cancelled holds `no_cost_window = '2011/14'`, every
 * other challenge holds NULL, and NULLs never collide, so cancelling frees it.
 */
export class CorporatePeerChallenge1764200000000 implements MigrationInterface {
  name = "CorporatePeerChallenge1764200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      "person",
      new TableColumn({ name: "provenance", type: "varchar", length: "10", default: "'REFERENCE'" }),
    );
    await addCheck(queryRunner, "person", { name: "person_provenance", expression: PROVENANCE_CHECK });

    await createTable(
      queryRunner,
      new Table({
        name: "corporate_peer_challenge",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "council_code", type: "varchar", length: "9" },
          { name: "status", type: "varchar", length: "20" },
          { name: "no_cost", type: "boolean" },
          { name: "no_cost_window", type: "varchar", length: "7", isNullable: true },
          { name: "interest_expressed_on", type: "varchar", length: "10" },
          { name: "booked_on", type: "varchar", length: "10", isNullable: true },
          { name: "on_site_from", type: "varchar", length: "10", isNullable: true },
          { name: "on_site_to", type: "varchar", length: "10", isNullable: true },
          { name: "feedback_given_on", type: "varchar", length: "10", isNullable: true },
          { name: "report_published_on", type: "varchar", length: "10", isNullable: true },
          { name: "cancelled_on", type: "varchar", length: "10", isNullable: true },
          { name: "cancelled_from", type: "varchar", length: "20", isNullable: true },
          { name: "cancellation_reason", type: "varchar", length: "500", isNullable: true },
          { name: "leadership_findings", type: "text", isNullable: true },
          { name: "corporate_capacity_findings", type: "text", isNullable: true },
          { name: "financial_resilience_findings", type: "text", isNullable: true },
          { name: "satisfaction", type: "varchar", length: "20", isNullable: true },
          { name: "would_recommend", type: "boolean", isNullable: true },
          { name: "report_url", type: "varchar", length: "300", isNullable: true },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [{ columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] }],
        indices: [
          { name: "cpc_council", columnNames: ["council_code"] },
          { name: "cpc_status", columnNames: ["status"] },
          { name: "cpc_one_no_cost_per_council", columnNames: ["council_code", "no_cost_window"], isUnique: true },
        ],
        checks: [
          {
            name: "cpc_status_known",
            expression:
              "status IN ('INTEREST_EXPRESSED', 'BOOKED', 'ON_SITE', 'FEEDBACK_GIVEN', 'REPORT_PUBLISHED', 'CANCELLED')",
          },
          {
            name: "cpc_cancelled_from_known",
            expression: "cancelled_from IS NULL OR cancelled_from IN ('INTEREST_EXPRESSED', 'BOOKED', 'ON_SITE', 'FEEDBACK_GIVEN')",
          },
          {
            // The no-cost slot is held exactly by the no-cost challenges that are not cancelled (IS NOT NULL: a NULL must not pass as unknown).
            name: "cpc_no_cost_window",
            expression:
              "(no_cost_window IS NULL AND (no_cost = 0 OR status = 'CANCELLED')) OR " +
              "(no_cost_window IS NOT NULL AND no_cost_window = '2011/14' AND no_cost = 1 AND status <> 'CANCELLED')",
          },
          {
            // The no-cost offer runs for three years from 1 June 2011.
            name: "cpc_no_cost_in_window",
            expression:
              "no_cost = 0 OR (interest_expressed_on >= '2011-06-01' AND interest_expressed_on <= '2014-05-31' AND " +
              "(on_site_from IS NULL OR (on_site_from >= '2011-06-01' AND on_site_from <= '2014-05-31')))",
          },
          { name: "cpc_published_has_report", expression: "status <> 'REPORT_PUBLISHED' OR (report_url IS NOT NULL AND report_published_on IS NOT NULL)" },
          { name: "cpc_on_site_dates", expression: "on_site_to IS NULL OR (on_site_from IS NOT NULL AND on_site_to >= on_site_from)" },
          {
            name: "cpc_satisfaction_known",
            expression: "satisfaction IS NULL OR satisfaction IN ('VERY_SATISFIED', 'SATISFIED', 'NEITHER', 'DISSATISFIED', 'VERY_DISSATISFIED')",
          },
          { name: "cpc_interest_date", expression: "interest_expressed_on LIKE '____-__-__'" },
          { name: "cpc_booked_date", expression: ISO_DATE("booked_on") },
          { name: "cpc_on_site_from_date", expression: ISO_DATE("on_site_from") },
          { name: "cpc_on_site_to_date", expression: ISO_DATE("on_site_to") },
          { name: "cpc_feedback_date", expression: ISO_DATE("feedback_given_on") },
          { name: "cpc_published_date", expression: ISO_DATE("report_published_on") },
          { name: "cpc_cancelled_date", expression: ISO_DATE("cancelled_on") },
          { name: "cpc_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );

    await createTable(
      queryRunner,
      new Table({
        name: "corporate_peer_challenge_focus_area",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "challenge_id", type: "integer" },
          { name: "position", type: "integer" },
          { name: "title", type: "varchar", length: "200" },
          { name: "findings", type: "text", isNullable: true },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [
          { columnNames: ["challenge_id"], referencedTableName: "corporate_peer_challenge", referencedColumnNames: ["id"] },
        ],
        indices: [{ name: "cpc_focus_area_position", columnNames: ["challenge_id", "position"], isUnique: true }],
        checks: [
          { name: "cpc_focus_area_provenance", expression: PROVENANCE_CHECK },
          { name: "cpc_focus_area_position_positive", expression: "position >= 1" },
        ],
      }),
    );

    await createTable(
      queryRunner,
      new Table({
        name: "corporate_peer_challenge_peer",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "challenge_id", type: "integer" },
          { name: "person_id", type: "varchar", length: "64" },
          { name: "role", type: "varchar", length: "24" },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [
          { columnNames: ["challenge_id"], referencedTableName: "corporate_peer_challenge", referencedColumnNames: ["id"] },
          { columnNames: ["person_id"], referencedTableName: "person", referencedColumnNames: ["id"] },
        ],
        indices: [
          { name: "cpc_peer_once_per_team", columnNames: ["challenge_id", "person_id"], isUnique: true },
          { name: "cpc_peer_person", columnNames: ["person_id"] },
        ],
        checks: [
          { name: "cpc_peer_role_known", expression: "role IN ('LEAD_MEMBER_PEER', 'MEMBER_PEER', 'CHIEF_EXECUTIVE_PEER', 'OFFICER_PEER', 'CHALLENGE_MANAGER')" },
          { name: "cpc_peer_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("corporate_peer_challenge_peer");
    await queryRunner.dropTable("corporate_peer_challenge_focus_area");
    await queryRunner.dropTable("corporate_peer_challenge");
    await queryRunner.dropColumn("person", "provenance");
  }
}
