import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

const ISO_DATE = (column: string) => `${column} LIKE '____-__-__'`;

/**
 * Local accounts and their priorities. Versioning: a correction is a new row
 * that `supersedes` the published one, which stays as it was with status
 * SUPERSEDED. `current_council_code` is the council's code on the current
 * account (draft or published) and NULL on a superseded one, so the unique
 * index on (current_council_code, year) keeps one current account per council
 * per year on both databases (NULLs never collide), without partial indexes.
 */
export class LocalAccounts1764500000001 implements MigrationInterface {
  name = "LocalAccounts1764500000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "local_account",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "council_code", type: "varchar", length: "9" },
          { name: "year", type: "integer" },
          { name: "status", type: "varchar", length: "12" },
          { name: "current_council_code", type: "varchar", length: "9", isNullable: true },
          { name: "published_on", type: "varchar", length: "10", isNullable: true },
          { name: "link", type: "varchar", length: "500", isNullable: true },
          { name: "engagement", type: "varchar", length: "2000", isNullable: true },
          { name: "supersedes_id", type: "integer", isNullable: true },
          { name: "correction_reason", type: "varchar", length: "1000", isNullable: true },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        indices: [
          { name: "local_account_one_per_council_year", columnNames: ["current_council_code", "year"], isUnique: true },
          { name: "local_account_one_correction", columnNames: ["supersedes_id"], isUnique: true },
          { name: "local_account_council", columnNames: ["council_code", "year"] },
        ],
        foreignKeys: [
          { name: "local_account_council_fk", columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] },
          { name: "local_account_supersedes_fk", columnNames: ["supersedes_id"], referencedTableName: "local_account", referencedColumnNames: ["id"] },
        ],
        checks: [
          { name: "local_account_year", expression: "year BETWEEN 2010 AND 2030" },
          { name: "local_account_status", expression: "status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')" },
          {
            name: "local_account_current",
            expression:
              "(status = 'SUPERSEDED' AND current_council_code IS NULL) OR (status <> 'SUPERSEDED' AND current_council_code = council_code)",
          },
          {
            name: "local_account_published_has_date_and_link",
            expression: `status = 'DRAFT' OR (published_on IS NOT NULL AND link IS NOT NULL AND ${ISO_DATE("published_on")})`,
          },
          {
            name: "local_account_correction_has_reason",
            expression:
              "(supersedes_id IS NULL AND correction_reason IS NULL) OR (supersedes_id IS NOT NULL AND correction_reason IS NOT NULL AND status <> 'DRAFT')",
          },
          { name: "local_account_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "local_account_priority",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "local_account_id", type: "integer" },
          { name: "position", type: "integer" },
          { name: "priority", type: "varchar", length: "500" },
          { name: "progress", type: "varchar", length: "2000" },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        indices: [{ name: "local_account_priority_position", columnNames: ["local_account_id", "position"], isUnique: true }],
        foreignKeys: [
          {
            name: "local_account_priority_account_fk",
            columnNames: ["local_account_id"],
            referencedTableName: "local_account",
            referencedColumnNames: ["id"],
          },
        ],
        checks: [
          { name: "local_account_priority_position_positive", expression: "position >= 1" },
          { name: "local_account_priority_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("local_account_priority");
    await queryRunner.dropTable("local_account");
  }
}
