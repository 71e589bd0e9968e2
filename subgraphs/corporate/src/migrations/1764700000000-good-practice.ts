import { createTable, onMysql, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

const SOURCE_OF_BOARD =
  "(source_kind IS NULL AND source_id IS NULL)" +
  " OR (source_id IS NOT NULL AND board = 'CORPORATE' AND source_kind = 'CORPORATE_PEER_CHALLENGE')" +
  " OR (source_id IS NOT NULL AND board = 'CHILDREN' AND source_kind IN ('CHILDRENS_PEER_CHALLENGE', 'SAFEGUARDING_PEER_REVIEW'))" +
  " OR (source_id IS NOT NULL AND board = 'ADULTS' AND source_kind IN ('ADULTS_SIGN_OFF', 'LOCAL_ACCOUNT'))";

/**
 * The good practice library (issue 19): items the boards share from their
 * records, and the database's own full-text index over their words — an FTS5
 * table kept in step by triggers on SQLite, a FULLTEXT index on MariaDB/MySQL.
 * (A later migration that rebuilds good_practice on SQLite must recreate the triggers.)
 */
export class GoodPractice1764700000000 implements MigrationInterface {
  name = "GoodPractice1764700000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "good_practice",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "council_code", type: "varchar", length: "9", isNullable: true },
          { name: "board", type: "varchar", length: "9" },
          { name: "theme", type: "varchar", length: "32" },
          { name: "status", type: "varchar", length: "10" },
          { name: "title", type: "varchar", length: "200" },
          { name: "summary", type: "varchar", length: "2000" },
          { name: "source_kind", type: "varchar", length: "24", isNullable: true },
          { name: "source_id", type: "integer", isNullable: true },
          { name: "citation", type: "varchar", length: "600", isNullable: true },
          { name: "shared_on", type: "varchar", length: "10" },
          { name: "published_on", type: "varchar", length: "10", isNullable: true },
          { name: "provenance", type: "varchar", length: "12" },
          { name: "search_title", type: "varchar", length: "400" },
          { name: "search_summary", type: "varchar", length: "4000" },
        ],
        foreignKeys: [{ columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] }],
        indices: [{ name: "good_practice_council", columnNames: ["council_code"] }],
        checks: [
          { name: "good_practice_board_known", expression: "board IN ('CORPORATE', 'CHILDREN', 'ADULTS')" },
          {
            name: "good_practice_theme_known",
            expression:
              "theme IN ('LEADERSHIP', 'CORPORATE_CAPACITY', 'FINANCIAL_RESILIENCE', 'PARTNERSHIP_WORKING', 'COMMUNITY_ENGAGEMENT', " +
              "'EFFICIENCY_AND_SHARED_SERVICES', 'PEER_CHALLENGE', 'SAFEGUARDING', 'PERSONALISATION', 'INDEPENDENT_LIVING', 'CARERS', " +
              "'QUALITY_OF_CARE', 'INFORMATION_AND_ADVICE', 'HEALTH_INTEGRATION', 'IMPROVEMENT_RECOGNISED')",
          },
          { name: "good_practice_status_known", expression: "status IN ('DRAFT', 'PUBLISHED')" },
          // Published exactly when it has a publication date.
          { name: "good_practice_published_dated", expression: "(status = 'DRAFT' AND published_on IS NULL) OR (status = 'PUBLISHED' AND published_on IS NOT NULL)" },
          // Each board shares from its own kind of record.
          { name: "good_practice_source_of_board", expression: SOURCE_OF_BOARD },
          // From a council's record, or stated in a published source (cited).
          { name: "good_practice_sourced", expression: "(source_kind IS NOT NULL AND council_code IS NOT NULL) OR citation IS NOT NULL" },
          { name: "good_practice_described", expression: "title <> '' AND summary <> ''" },
          { name: "good_practice_provenance_known", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    if (onMysql(queryRunner)) {
      await queryRunner.query("ALTER TABLE `good_practice` ADD FULLTEXT INDEX `good_practice_search` (`search_title`, `search_summary`)");
      return;
    }
    await queryRunner.query(
      "CREATE VIRTUAL TABLE good_practice_search USING fts5(search_title, search_summary, content='good_practice', content_rowid='id')",
    );
    await queryRunner.query(
      "CREATE TRIGGER good_practice_search_insert AFTER INSERT ON good_practice BEGIN " +
        "INSERT INTO good_practice_search(rowid, search_title, search_summary) VALUES (new.id, new.search_title, new.search_summary); END",
    );
    await queryRunner.query(
      "CREATE TRIGGER good_practice_search_delete AFTER DELETE ON good_practice BEGIN " +
        "INSERT INTO good_practice_search(good_practice_search, rowid, search_title, search_summary) VALUES ('delete', old.id, old.search_title, old.search_summary); END",
    );
    await queryRunner.query(
      "CREATE TRIGGER good_practice_search_update AFTER UPDATE ON good_practice BEGIN " +
        "INSERT INTO good_practice_search(good_practice_search, rowid, search_title, search_summary) VALUES ('delete', old.id, old.search_title, old.search_summary); " +
        "INSERT INTO good_practice_search(rowid, search_title, search_summary) VALUES (new.id, new.search_title, new.search_summary); END",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!onMysql(queryRunner)) {
      for (const trigger of ["insert", "delete", "update"]) await queryRunner.query(`DROP TRIGGER IF EXISTS good_practice_search_${trigger}`);
      await queryRunner.query("DROP TABLE IF EXISTS good_practice_search");
    }
    await queryRunner.dropTable("good_practice");
  }
}
