import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** Managing the risk of significant underperformance: concerns, their evidence, sources, contacts and support engagements. */
export class Concerns1764300001000 implements MigrationInterface {
  name = "Concerns1764300001000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner,
      new Table({
        name: "concern",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "council_code", type: "varchar", length: "9" },
          { name: "raised_by_kind", type: "varchar", length: "20" },
          { name: "raised_by_name", type: "varchar", length: "120" },
          { name: "raised_by_subject", type: "varchar", length: "120", isNullable: true },
          { name: "raised_on", type: "varchar", length: "10" },
          { name: "summary", type: "varchar", length: "2000" },
          { name: "severity", type: "varchar", length: "12" },
          { name: "council_aware_on", type: "varchar", length: "10", isNullable: true },
          { name: "status", type: "varchar", length: "12" },
          { name: "evidence_items", type: "integer" },
          { name: "provenance", type: "varchar", length: "12" },
        ],
        foreignKeys: [{ columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] }],
        indices: [{ name: "concern_council", columnNames: ["council_code"] }],
        checks: [
          { name: "concern_raised_by_known", expression: "raised_by_kind IN ('PRINCIPAL_ADVISER', 'CENTRAL_TEAM')" },
          { name: "concern_severity_known", expression: "severity IN ('EMERGING', 'SIGNIFICANT', 'SERIOUS')" },
          { name: "concern_status_known", expression: "status IN ('OPEN', 'SHARED', 'RESOLVED', 'WITHDRAWN')" },
          // No evidence, no concern.
          { name: "concern_has_evidence", expression: "evidence_items >= 1" },
          // Shared only once the council is aware.
          { name: "concern_shared_when_aware", expression: "status <> 'SHARED' OR council_aware_on IS NOT NULL" },
          { name: "concern_provenance_known", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(queryRunner,
      new Table({
        name: "concern_source",
        columns: [
          { name: "concern_id", type: "integer", isPrimary: true },
          { name: "source", type: "varchar", length: "24", isPrimary: true },
        ],
        foreignKeys: [{ columnNames: ["concern_id"], referencedTableName: "concern", referencedColumnNames: ["id"] }],
        checks: [
          {
            name: "concern_source_known",
            expression:
              "source IN ('PEER_CHALLENGE', 'PERFORMANCE_DATA', 'QUALITATIVE', 'GOVERNMENT_DEPARTMENT', 'INSPECTORATE', 'OTHER')",
          },
        ],
      }),
    );
    await createTable(queryRunner,
      new Table({
        name: "concern_evidence",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "concern_id", type: "integer" },
          { name: "description", type: "varchar", length: "1000" },
          { name: "origin", type: "varchar", length: "300" },
          { name: "provenance", type: "varchar", length: "12" },
        ],
        foreignKeys: [{ columnNames: ["concern_id"], referencedTableName: "concern", referencedColumnNames: ["id"] }],
        indices: [{ name: "concern_evidence_concern", columnNames: ["concern_id"] }],
        checks: [
          { name: "concern_evidence_described", expression: "description <> '' AND origin <> ''" },
          { name: "concern_evidence_provenance_known", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(queryRunner,
      new Table({
        name: "concern_contact",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "concern_id", type: "integer" },
          { name: "level", type: "varchar", length: "16" },
          { name: "contacted_on", type: "varchar", length: "10" },
          { name: "made_by", type: "varchar", length: "120" },
          { name: "notes", type: "varchar", length: "1000", isNullable: true },
          { name: "provenance", type: "varchar", length: "12" },
        ],
        foreignKeys: [{ columnNames: ["concern_id"], referencedTableName: "concern", referencedColumnNames: ["id"] }],
        indices: [{ name: "concern_contact_concern", columnNames: ["concern_id"] }],
        checks: [
          { name: "concern_contact_level_known", expression: "level IN ('LEADER', 'CHIEF_EXECUTIVE', 'OTHER')" },
          { name: "concern_contact_provenance_known", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(queryRunner,
      new Table({
        name: "support_engagement",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          // One support engagement per concern.
          { name: "concern_id", type: "integer", isUnique: true },
          { name: "partners", type: "varchar", length: "1000" },
          { name: "scope", type: "varchar", length: "2000" },
          { name: "starts_on", type: "varchar", length: "10" },
          { name: "review_on", type: "varchar", length: "10" },
          { name: "status", type: "varchar", length: "12" },
          { name: "provenance", type: "varchar", length: "12" },
        ],
        foreignKeys: [{ columnNames: ["concern_id"], referencedTableName: "concern", referencedColumnNames: ["id"] }],
        checks: [
          { name: "support_engagement_status_known", expression: "status IN ('PROPOSED', 'AGREED', 'CONCLUDED')" },
          { name: "support_engagement_review_after_start", expression: "review_on > starts_on" },
          { name: "support_engagement_provenance_known", expression: PROVENANCE_CHECK },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["support_engagement", "concern_contact", "concern_evidence", "concern_source", "concern"]) {
      await queryRunner.dropTable(table);
    }
  }
}
