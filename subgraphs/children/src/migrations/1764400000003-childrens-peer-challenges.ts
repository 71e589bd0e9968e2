import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** Regional models of children's services peer challenge and the challenges run under them. */
export class ChildrensPeerChallenges1764400000003 implements MigrationInterface {
  name = "ChildrensPeerChallenges1764400000003";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "peer_challenge_model",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "region_code", type: "varchar", length: "9" },
          { name: "name", type: "varchar", length: "160" },
          { name: "description", type: "text", isNullable: true },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        uniques: [{ name: "peer_challenge_model_region_name", columnNames: ["region_code", "name"] }],
        checks: [
          { name: "peer_challenge_model_region", expression: "region_code LIKE 'E1200000_'" },
          { name: "peer_challenge_model_named", expression: "LENGTH(name) > 0" },
          { name: "peer_challenge_model_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "childrens_peer_challenge",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "council_code", type: "varchar", length: "9" },
          // The council's code while the challenge is not cancelled, else null: one live challenge per council.
          { name: "live_council_code", type: "varchar", length: "9", isNullable: true, isUnique: true },
          { name: "model_id", type: "integer" },
          { name: "lead_peer_id", type: "integer", isNullable: true },
          { name: "status", type: "varchar", length: "10" },
          { name: "starts_on", type: "varchar", length: "10", isNullable: true },
          { name: "ends_on", type: "varchar", length: "10", isNullable: true },
          { name: "dcs_days_given", type: "integer", isNullable: true },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [
          { columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] },
          { columnNames: ["model_id"], referencedTableName: "peer_challenge_model", referencedColumnNames: ["id"] },
          { columnNames: ["lead_peer_id"], referencedTableName: "childrens_person", referencedColumnNames: ["id"] },
        ],
        indices: [
          { name: "childrens_peer_challenge_council", columnNames: ["council_code"] },
          { name: "childrens_peer_challenge_model", columnNames: ["model_id"] },
        ],
        checks: [
          {
            name: "childrens_peer_challenge_status",
            expression: "status IN ('PLANNED', 'SCHEDULED', 'ON_SITE', 'COMPLETED', 'CANCELLED')",
          },
          {
            name: "childrens_peer_challenge_live",
            expression:
              "(status = 'CANCELLED' AND live_council_code IS NULL) OR (status <> 'CANCELLED' AND live_council_code = council_code)",
          },
          {
            name: "childrens_peer_challenge_dates",
            expression:
              "(starts_on IS NULL OR starts_on LIKE '____-__-__') AND (ends_on IS NULL OR (ends_on LIKE '____-__-__' AND starts_on IS NOT NULL AND ends_on >= starts_on))",
          },
          // Scheduled or later needs dates; completed needs the DCS days actually given.
          {
            name: "childrens_peer_challenge_scheduled_dated",
            expression: "status IN ('PLANNED', 'CANCELLED') OR (starts_on IS NOT NULL AND ends_on IS NOT NULL)",
          },
          {
            name: "childrens_peer_challenge_days",
            expression:
              "(dcs_days_given IS NULL AND status <> 'COMPLETED') OR (dcs_days_given BETWEEN 0 AND 20 AND status = 'COMPLETED')",
          },
          { name: "childrens_peer_challenge_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "childrens_peer_challenge_team",
        columns: [
          { name: "challenge_id", type: "integer", isPrimary: true },
          { name: "person_id", type: "integer", isPrimary: true },
          { name: "role", type: "varchar", length: "120", isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ["challenge_id"], referencedTableName: "childrens_peer_challenge", referencedColumnNames: ["id"] },
          { columnNames: ["person_id"], referencedTableName: "childrens_person", referencedColumnNames: ["id"] },
        ],
        indices: [{ name: "childrens_peer_challenge_team_person", columnNames: ["person_id"] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("childrens_peer_challenge_team");
    await queryRunner.dropTable("childrens_peer_challenge");
    await queryRunner.dropTable("peer_challenge_model");
  }
}
