import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** The CIB's own records of people: regional leads and peers (not the corporate Person). */
export class ChildrensPeople1764400000001 implements MigrationInterface {
  name = "ChildrensPeople1764400000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "childrens_person",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "name", type: "varchar", length: "120" },
          { name: "title", type: "varchar", length: "160", isNullable: true },
          { name: "organisation", type: "varchar", length: "160", isNullable: true },
          { name: "email", type: "varchar", length: "160", isNullable: true },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        checks: [
          { name: "childrens_person_named", expression: "LENGTH(name) > 0" },
          { name: "childrens_person_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("childrens_person");
  }
}
