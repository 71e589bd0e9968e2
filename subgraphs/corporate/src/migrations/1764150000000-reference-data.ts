import { createTable } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** People, regions and councils: the reference data every board's records point at. */
export class ReferenceData1764150000000 implements MigrationInterface {
  name = "ReferenceData1764150000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 
      new Table({
        name: "person",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "name", type: "varchar", length: "120" },
          { name: "title", type: "varchar", length: "160", isNullable: true },
          { name: "organisation", type: "varchar", length: "120", isNullable: true },
          { name: "email", type: "varchar", length: "160", isNullable: true },
        ],
      }),
    );
    await createTable(queryRunner, 
      new Table({
        name: "region",
        columns: [
          { name: "code", type: "varchar", length: "9", isPrimary: true },
          { name: "name", type: "varchar", length: "60", isUnique: true },
          { name: "principal_adviser_id", type: "varchar", length: "64", isNullable: true },
        ],
        foreignKeys: [{ columnNames: ["principal_adviser_id"], referencedTableName: "person", referencedColumnNames: ["id"] }],
        indices: [{ name: "region_principal_adviser", columnNames: ["principal_adviser_id"] }],
        checks: [{ name: "region_code_is_ons", expression: "code LIKE 'E1200000_'" }],
      }),
    );
    await createTable(queryRunner, 
      new Table({
        name: "council",
        columns: [
          { name: "code", type: "varchar", length: "9", isPrimary: true },
          { name: "name", type: "varchar", length: "120" },
          { name: "council_type", type: "varchar", length: "24" },
          { name: "upper_tier", type: "boolean" },
          { name: "region_code", type: "varchar", length: "9" },
        ],
        foreignKeys: [{ columnNames: ["region_code"], referencedTableName: "region", referencedColumnNames: ["code"] }],
        indices: [
          { name: "council_region", columnNames: ["region_code"] },
          { name: "council_name", columnNames: ["name"] },
        ],
        checks: [
          {
            name: "council_type_known",
            expression:
              "council_type IN ('COUNTY', 'DISTRICT', 'UNITARY', 'METROPOLITAN_BOROUGH', 'LONDON_BOROUGH', 'OTHER')",
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("council");
    await queryRunner.dropTable("region");
    await queryRunner.dropTable("person");
  }
}
