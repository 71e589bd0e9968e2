import { createTable, PROVENANCE_CHECK } from "@sli/shared";
import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

const id = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" as const };
const provenance = { name: "provenance", type: "varchar", length: "10" };
const signOffFk = (table: string, column = "sign_off_id") => ({
  name: `${table}_sign_off_fk`,
  columnNames: [column],
  referencedTableName: "adults_sign_off",
  referencedColumnNames: ["id"],
});
const isoDate = (column: string) => `${column} LIKE '____-__-__'`;
/** Reference records know only what the source says (recognised by April 2012), not the steps before. */
const unlessReference = (condition: string) => `(${condition}) OR provenance = 'REFERENCE'`;

/**
 * The TEASC sign-off of councils rated adequate: one row per council in the
 * programme (its status, and the dates of each move), its subsidised peer
 * challenge, the five pieces of evidence (three core elements, two
 * confirmations; a re-recorded one keeps the earlier as history), the board's
 * recognition and the learning identified to share.
 */
export class AdultsSignOff1764500000002 implements MigrationInterface {
  name = "AdultsSignOff1764500000002";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "adults_sign_off",
        columns: [
          id,
          { name: "council_code", type: "varchar", length: "9" },
          { name: "cqc_rating_2010", type: "varchar", length: "20" },
          { name: "status", type: "varchar", length: "20" },
          { name: "entered_on", type: "varchar", length: "10", isNullable: true },
          { name: "invited_on", type: "varchar", length: "10", isNullable: true },
          { name: "presented_on", type: "varchar", length: "10", isNullable: true },
          { name: "illustrative", type: "boolean", default: false },
          { name: "note", type: "varchar", length: "500", isNullable: true },
          { name: "version", type: "integer", default: 1 },
          provenance,
        ],
        indices: [{ name: "adults_sign_off_one_per_council", columnNames: ["council_code"], isUnique: true }],
        foreignKeys: [
          // Only a council rated adequate enters, and its rating cannot change while it is in the programme.
          {
            name: "adults_sign_off_rated_adequate_fk",
            columnNames: ["council_code", "cqc_rating_2010"],
            referencedTableName: "council",
            referencedColumnNames: ["code", "cqc_rating_2010"],
          },
        ],
        checks: [
          { name: "adults_sign_off_adequate", expression: "cqc_rating_2010 = 'ADEQUATE'" },
          {
            name: "adults_sign_off_status",
            expression: "status IN ('GATHERING_EVIDENCE', 'INVITED_TO_PRESENT', 'PRESENTED', 'RECOGNISED')",
          },
          { name: "adults_sign_off_entered", expression: unlessReference(`entered_on IS NOT NULL AND ${isoDate("entered_on")}`) },
          {
            name: "adults_sign_off_invited",
            expression:
              "(status = 'GATHERING_EVIDENCE' AND invited_on IS NULL) OR (status <> 'GATHERING_EVIDENCE' AND (provenance = 'REFERENCE' OR (invited_on IS NOT NULL AND invited_on >= entered_on)))",
          },
          {
            name: "adults_sign_off_presented",
            expression:
              "(status IN ('GATHERING_EVIDENCE', 'INVITED_TO_PRESENT') AND presented_on IS NULL) OR (status IN ('PRESENTED', 'RECOGNISED') AND (provenance = 'REFERENCE' OR (presented_on IS NOT NULL AND presented_on >= invited_on)))",
          },
          {
            name: "adults_sign_off_illustrative_is_demo",
            expression: "(illustrative = 0) OR (provenance = 'DEMO' AND note IS NOT NULL)",
          },
          { name: "adults_sign_off_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "adults_peer_challenge",
        columns: [
          id,
          { name: "sign_off_id", type: "integer" },
          { name: "on_site_from", type: "varchar", length: "10" },
          { name: "on_site_to", type: "varchar", length: "10" },
          { name: "lead_peer", type: "varchar", length: "200" },
          { name: "focus", type: "varchar", length: "1000", isNullable: true },
          provenance,
        ],
        indices: [{ name: "adults_peer_challenge_one_per_sign_off", columnNames: ["sign_off_id"], isUnique: true }],
        foreignKeys: [signOffFk("adults_peer_challenge")],
        checks: [
          { name: "adults_peer_challenge_dates", expression: `${isoDate("on_site_from")} AND ${isoDate("on_site_to")} AND on_site_to >= on_site_from` },
          { name: "adults_peer_challenge_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "adults_sign_off_evidence",
        columns: [
          id,
          { name: "sign_off_id", type: "integer" },
          { name: "kind", type: "varchar", length: "40" },
          // The sign-off's id while this is the current evidence of its kind; NULL once re-recorded.
          { name: "current_sign_off_id", type: "integer", isNullable: true },
          { name: "given_on", type: "varchar", length: "10" },
          { name: "author", type: "varchar", length: "200" },
          { name: "outcome", type: "varchar", length: "30" },
          { name: "summary", type: "varchar", length: "2000", isNullable: true },
          provenance,
        ],
        indices: [
          { name: "adults_evidence_one_current_per_kind", columnNames: ["current_sign_off_id", "kind"], isUnique: true },
          { name: "adults_evidence_sign_off", columnNames: ["sign_off_id"] },
        ],
        foreignKeys: [signOffFk("adults_sign_off_evidence")],
        checks: [
          {
            name: "adults_evidence_kind",
            expression:
              "kind IN ('PROGRESS_REPORT', 'PEER_CHALLENGE_RESULTS', 'PEER_DIRECTOR_ENDORSEMENT', 'DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK', 'PRINCIPAL_ADVISER_FEEDBACK')",
          },
          { name: "adults_evidence_current", expression: "current_sign_off_id IS NULL OR current_sign_off_id = sign_off_id" },
          { name: "adults_evidence_outcome", expression: "outcome IN ('SUPPORTS_SIGN_OFF', 'DOES_NOT_SUPPORT_SIGN_OFF')" },
          { name: "adults_evidence_date", expression: isoDate("given_on") },
          { name: "adults_evidence_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "adults_recognition",
        columns: [
          id,
          { name: "sign_off_id", type: "integer" },
          // As the source gives it: a day, or only a month for the reference records ("by April 2012").
          { name: "recognised_on", type: "varchar", length: "10" },
          // The last day by which the recognition is known to have happened: what "recognised by" compares.
          { name: "known_by", type: "varchar", length: "10" },
          provenance,
        ],
        indices: [
          { name: "adults_recognition_once", columnNames: ["sign_off_id"], isUnique: true },
          { name: "adults_recognition_known_by", columnNames: ["known_by"] },
        ],
        foreignKeys: [signOffFk("adults_recognition")],
        checks: [
          {
            name: "adults_recognition_date",
            expression: `(${isoDate("recognised_on")} AND known_by = recognised_on) OR (provenance = 'REFERENCE' AND recognised_on LIKE '____-__' AND ${isoDate("known_by")})`,
          },
          { name: "adults_recognition_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: "adults_learning",
        columns: [
          id,
          { name: "recognition_id", type: "integer" },
          { name: "position", type: "integer" },
          { name: "learning", type: "varchar", length: "1000" },
          provenance,
        ],
        indices: [{ name: "adults_learning_position", columnNames: ["recognition_id", "position"], isUnique: true }],
        foreignKeys: [
          { name: "adults_learning_recognition_fk", columnNames: ["recognition_id"], referencedTableName: "adults_recognition", referencedColumnNames: ["id"] },
        ],
        checks: [
          { name: "adults_learning_position_positive", expression: "position >= 1" },
          { name: "adults_learning_provenance", expression: PROVENANCE_CHECK },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["adults_learning", "adults_recognition", "adults_sign_off_evidence", "adults_peer_challenge", "adults_sign_off"]) {
      await queryRunner.dropTable(table);
    }
  }
}
