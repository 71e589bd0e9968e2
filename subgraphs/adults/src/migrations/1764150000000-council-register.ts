import { councilRegisterTable, createTable } from "@sli/shared";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** The board's council register, with each council's 2009-10 CQC rating and where it was recorded from. */
export class CouncilRegister1764150000000 implements MigrationInterface {
  name = "CouncilRegister1764150000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 
      councilRegisterTable(
        [
          { name: "cqc_rating_2010", type: "varchar", length: "20", isNullable: true },
          { name: "cqc_rating_2010_source", type: "varchar", length: "300", isNullable: true },
        ],
        [
          {
            name: "council_cqc_rating_known",
            expression:
              "cqc_rating_2010 IS NULL OR cqc_rating_2010 IN ('EXCELLENT', 'PERFORMING_WELL', 'ADEQUATE', 'POOR')",
          },
          // The CQC rated councils with adult social care: never a shire district.
          { name: "council_cqc_rating_upper_tier", expression: "cqc_rating_2010 IS NULL OR upper_tier = 1" },
          { name: "council_cqc_rating_has_source", expression: "cqc_rating_2010 IS NULL OR cqc_rating_2010_source IS NOT NULL" },
        ],
      ),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("council");
  }
}
