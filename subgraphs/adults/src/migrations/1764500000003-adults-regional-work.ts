import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

const id = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" as const };
const provenance = { name: "provenance", type: "varchar", length: "10" };
const branchFk = (table: string) => ({
  name: `${table}_branch_fk`,
  columnNames: ["region_code"],
  referencedTableName: "adass_regional_branch",
  referencedColumnNames: ["region_code"],
});

/** TEASC's regional work: the ADASS branch of each region, its workshops, and its priorities and funding. */
export class AdultsRegionalWork1764500000003 implements MigrationInterface {
  name = "AdultsRegionalWork1764500000003";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "adass_regional_branch",
        columns: [{ name: "region_code", type: "varchar", length: "9", isPrimary: true }, { name: "name", type: "varchar", length: "200" }, provenance],
        checks: [
          { name: "adass_branch_region_is_ons", expression: "region_code LIKE 'E1200000_'" },
          { name: "adass_branch_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "adults_regional_workshop",
        columns: [
          id,
          { name: "region_code", type: "varchar", length: "9" },
          { name: "held_on", type: "varchar", length: "10", isNullable: true },
          { name: "topic", type: "varchar", length: "500" },
          provenance,
        ],
        indices: [{ name: "adults_workshop_region", columnNames: ["region_code", "held_on"] }],
        foreignKeys: [branchFk("adults_regional_workshop")],
        checks: [
          // The source says workshops took place in every region, not when: only those reference records lack a date.
          { name: "adults_workshop_date", expression: "(held_on IS NOT NULL AND held_on LIKE '____-__-__') OR provenance = 'REFERENCE'" },
          { name: "adults_workshop_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "adults_regional_priority",
        columns: [
          id,
          { name: "region_code", type: "varchar", length: "9" },
          { name: "financial_year", type: "varchar", length: "7" },
          { name: "deliverable", type: "varchar", length: "40" },
          { name: "description", type: "varchar", length: "1000" },
          { name: "funding_pounds", type: "integer", isNullable: true },
          provenance,
        ],
        indices: [
          {
            name: "adults_priority_one_per_deliverable",
            columnNames: ["region_code", "financial_year", "deliverable"],
            isUnique: true,
          },
        ],
        foreignKeys: [branchFk("adults_regional_priority")],
        checks: [
          { name: "adults_priority_year", expression: "financial_year LIKE '20__/__'" },
          {
            name: "adults_priority_deliverable",
            expression:
              "deliverable IN ('REGIONAL_PEER_CHALLENGE', 'LOCAL_ACCOUNTS_REVIEW', 'IMPROVEMENT_SUPPORT', 'LEADER_ENGAGEMENT', 'OTHER')",
          },
          { name: "adults_priority_funding", expression: "funding_pounds IS NULL OR funding_pounds >= 0" },
          { name: "adults_priority_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["adults_regional_priority", "adults_regional_workshop", "adass_regional_branch"]) {
      await queryRunner.dropTable(table);
    }
  }
}
