import { addCheck, dropCheck, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, TableCheck, TableColumn, TableIndex } from "typeorm";

const RATING_PROVENANCE_CHECK = new TableCheck({
  name: "council_cqc_rating_provenance",
  // A rating always says where it comes from; no rating, no provenance. Demo ratings are illustrative, never fact.
  expression: `(cqc_rating_2010 IS NULL AND cqc_rating_2010_provenance IS NULL) OR (cqc_rating_2010 IS NOT NULL AND cqc_rating_2010_provenance IS NOT NULL AND ${PROVENANCE_CHECK.replace("provenance", "cqc_rating_2010_provenance")})`,
});

/**
 * The provenance of each council's 2009-10 CQC rating (REFERENCE, DEMO or
 * RECORDED), so that an illustrative demo rating is never read as a sourced
 * fact; and the index the sign-off's "rated adequate" foreign key points at.
 */
export class CqcRatingProvenance1764500000000 implements MigrationInterface {
  name = "CqcRatingProvenance1764500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      "council",
      new TableColumn({ name: "cqc_rating_2010_provenance", type: "varchar", length: "10", isNullable: true }),
    );
    // Ratings seeded before this column existed came from the reference data.
    await queryRunner.query(
      "UPDATE council SET cqc_rating_2010_provenance = 'REFERENCE' WHERE cqc_rating_2010 IS NOT NULL",
    );
    await addCheck(queryRunner, "council", RATING_PROVENANCE_CHECK);
    await queryRunner.createIndex(
      "council",
      new TableIndex({ name: "council_code_cqc_rating", columnNames: ["code", "cqc_rating_2010"], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex("council", "council_code_cqc_rating");
    await dropCheck(queryRunner, "council", RATING_PROVENANCE_CHECK);
    await queryRunner.dropColumn("council", "cqc_rating_2010_provenance");
  }
}
