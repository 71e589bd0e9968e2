import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** Each region's three regional leads and the CIB's funding of each region. */
export class RegionalLeadsAndFunding1764400000005 implements MigrationInterface {
  name = "RegionalLeadsAndFunding1764400000005";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "regional_lead",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "region_code", type: "varchar", length: "9" },
          { name: "role", type: "varchar", length: "40" },
          { name: "person_id", type: "integer" },
          { name: "appointed_on", type: "varchar", length: "10" },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [{ columnNames: ["person_id"], referencedTableName: "childrens_person", referencedColumnNames: ["id"] }],
        // One person in each role in each region: never two.
        uniques: [{ name: "regional_lead_region_role", columnNames: ["region_code", "role"] }],
        indices: [{ name: "regional_lead_person", columnNames: ["person_id"] }],
        checks: [
          { name: "regional_lead_region", expression: "region_code LIKE 'E1200000_'" },
          {
            name: "regional_lead_role",
            expression: "role IN ('LEAD_MEMBER_FOR_CHILDREN', 'CHIEF_EXECUTIVE', 'DIRECTOR_OF_CHILDRENS_SERVICES')",
          },
          { name: "regional_lead_date", expression: "appointed_on LIKE '____-__-__'" },
          { name: "regional_lead_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "regional_funding",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "region_code", type: "varchar", length: "9" },
          { name: "financial_year", type: "varchar", length: "7" },
          { name: "amount_pounds", type: "integer" },
          { name: "priorities", type: "text" },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        // One grant per region per financial year.
        uniques: [{ name: "regional_funding_region_year", columnNames: ["region_code", "financial_year"] }],
        checks: [
          { name: "regional_funding_region", expression: "region_code LIKE 'E1200000_'" },
          { name: "regional_funding_year", expression: "financial_year LIKE '____/__'" },
          { name: "regional_funding_amount", expression: "amount_pounds > 0" },
          { name: "regional_funding_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("regional_funding");
    await queryRunner.dropTable("regional_lead");
  }
}
