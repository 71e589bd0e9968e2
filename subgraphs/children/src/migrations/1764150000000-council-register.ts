import { councilRegisterTable, createTable } from "@sli/shared";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** The board's council register, with each council's level of children's services support. */
export class CouncilRegister1764150000000 implements MigrationInterface {
  name = "CouncilRegister1764150000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 
      councilRegisterTable(
        [{ name: "support_level", type: "varchar", length: "20", isNullable: true }],
        [
          {
            name: "council_support_level_known",
            expression:
              "support_level IS NULL OR support_level IN ('UNIVERSAL', 'EARLY_SUPPORT', 'TARGETED_SUPPORT')",
          },
          // Shire districts have no children's services, so no support level.
          { name: "council_support_level_upper_tier", expression: "support_level IS NULL OR upper_tier = 1" },
        ],
      ),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("council");
  }
}
