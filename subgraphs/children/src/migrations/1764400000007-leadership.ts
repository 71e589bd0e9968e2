import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** Lead member induction events and leadership academy events, and the places lead members take on them. */
export class Leadership1764400000007 implements MigrationInterface {
  name = "Leadership1764400000007";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "leadership_event",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "kind", type: "varchar", length: "24" },
          { name: "title", type: "varchar", length: "200" },
          { name: "starts_on", type: "varchar", length: "10" },
          { name: "ends_on", type: "varchar", length: "10" },
          { name: "venue", type: "varchar", length: "160", isNullable: true },
          { name: "places", type: "integer" },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        indices: [{ name: "leadership_event_kind", columnNames: ["kind"] }],
        checks: [
          { name: "leadership_event_kind", expression: "kind IN ('LEAD_MEMBER_INDUCTION', 'LEADERSHIP_ACADEMY')" },
          {
            name: "leadership_event_dates",
            expression: "starts_on LIKE '____-__-__' AND ends_on LIKE '____-__-__' AND ends_on >= starts_on",
          },
          { name: "leadership_event_places", expression: "places > 0" },
          { name: "leadership_event_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "leadership_place",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "event_id", type: "integer" },
          { name: "council_code", type: "varchar", length: "9" },
          { name: "lead_member_name", type: "varchar", length: "120" },
          // Places are numbered 1..places: two bookings can never take the same one.
          { name: "seat", type: "integer" },
          { name: "provenance", type: "varchar", length: "10" },
        ],
        foreignKeys: [
          { columnNames: ["event_id"], referencedTableName: "leadership_event", referencedColumnNames: ["id"] },
          { columnNames: ["council_code"], referencedTableName: "council", referencedColumnNames: ["code"] },
        ],
        uniques: [
          { name: "leadership_place_event_council", columnNames: ["event_id", "council_code"] },
          { name: "leadership_place_event_seat", columnNames: ["event_id", "seat"] },
        ],
        indices: [{ name: "leadership_place_council", columnNames: ["council_code"] }],
        checks: [
          { name: "leadership_place_seat", expression: "seat >= 1" },
          { name: "leadership_place_named", expression: "LENGTH(lead_member_name) > 0" },
          { name: "leadership_place_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("leadership_place");
    await queryRunner.dropTable("leadership_event");
  }
}
