import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** Requests for, and the course of, national safeguarding peer reviews. */
export class SafeguardingPeerReviews1764400000004 implements MigrationInterface {
  name = "SafeguardingPeerReviews1764400000004";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "safeguarding_peer_review",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "council_code", type: "varchar", length: "9" },
          // The council's code while the review is open (requested, scheduled, on site), else null.
          { name: "open_council_code", type: "varchar", length: "9", isNullable: true, isUnique: true },
          { name: "status", type: "varchar", length: "10" },
          { name: "requested_on", type: "varchar", length: "10" },
          { name: "on_site_from", type: "varchar", length: "10", isNullable: true },
          { name: "on_site_to", type: "varchar", length: "10", isNullable: true },
          { name: "reported_on", type: "varchar", length: "10", isNullable: true },
          { name: "withdrawn_on", type: "varchar", length: "10", isNullable: true },
          { name: "local_emphasis", type: "varchar", length: "500", isNullable: true },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [{ columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] }],
        indices: [
          { name: "safeguarding_peer_review_council", columnNames: ["council_code"] },
          { name: "safeguarding_peer_review_status", columnNames: ["status"] },
        ],
        checks: [
          {
            name: "safeguarding_peer_review_status",
            expression: "status IN ('REQUESTED', 'SCHEDULED', 'ON_SITE', 'REPORTED', 'WITHDRAWN')",
          },
          {
            name: "safeguarding_peer_review_open",
            expression:
              "(status IN ('REPORTED', 'WITHDRAWN') AND open_council_code IS NULL) OR (status IN ('REQUESTED', 'SCHEDULED', 'ON_SITE') AND open_council_code = council_code)",
          },
          { name: "safeguarding_peer_review_requested", expression: "requested_on LIKE '____-__-__'" },
          {
            name: "safeguarding_peer_review_visit",
            expression:
              "status IN ('REQUESTED', 'WITHDRAWN') OR (on_site_from LIKE '____-__-__' AND on_site_to LIKE '____-__-__' AND on_site_from >= requested_on AND on_site_to >= on_site_from)",
          },
          {
            name: "safeguarding_peer_review_reported",
            expression:
              "(status = 'REPORTED' AND reported_on LIKE '____-__-__' AND reported_on >= on_site_to) OR (status <> 'REPORTED' AND reported_on IS NULL)",
          },
          {
            name: "safeguarding_peer_review_withdrawn",
            expression:
              "(status = 'WITHDRAWN' AND withdrawn_on LIKE '____-__-__') OR (status <> 'WITHDRAWN' AND withdrawn_on IS NULL)",
          },
          { name: "safeguarding_peer_review_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("safeguarding_peer_review");
  }
}
