import { councilEventsLoader } from "@sli/shared";
import { type DataSource, In, Not, IsNull } from "typeorm";
import { LocalAccount } from "../local-account/local-account.entity";
import { AdultsPeerChallenge, AdultsRecognition, AdultsSignOff, AdultsSignOffEvidence } from "../sign-off/sign-off.entity";
import type { AdultsEvidenceKind } from "../sign-off/sign-off.enums";
import {
  localAccountEvents,
  recognitionEvents,
  signOffEvents,
  signOffEvidenceEvents,
  signOffPeerChallengeEvents,
  type SignOffStep,
} from "./timeline.rules";

/**
 * Every council's TEASC timeline events in five statements, whatever the
 * number of councils (one per kind of record, each for the whole batch).
 */
export function createTimelineLoaders(dataSource: DataSource) {
  /** One dated step of a sign-off's records, with the sign-off's council, for a batch of councils. */
  const steps = <T>(entity: new () => T, alias: string, dateColumn: string, codes: readonly string[], options: { extra?: string[]; where?: string } = {}) => {
    const query = dataSource
      .getRepository(entity)
      .createQueryBuilder(alias)
      .innerJoin(AdultsSignOff, "signOff", `signOff.id = ${alias}.sign_off_id`)
      .select(`${alias}.id`, "id")
      .addSelect("signOff.council_code", "councilCode")
      .addSelect(`${alias}.${dateColumn}`, "on")
      .where("signOff.council_code IN (:...codes)", { codes: [...codes] });
    for (const column of options.extra ?? []) query.addSelect(`${alias}.${column}`, column.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase()));
    if (options.where) query.andWhere(options.where);
    return query.getRawMany<SignOffStep & { kind?: string; recognisedOn?: string }>().then((rows) => rows.map((row) => ({ ...row, id: Number(row.id) })));
  };
  return {
    adultsTimelineEventsByCouncil: councilEventsLoader(async (codes) => {
      const [accounts, signOffs, challenges, evidence, recognitions] = await Promise.all([
        dataSource.getRepository(LocalAccount).find({
          select: { id: true, councilCode: true, year: true, publishedOn: true, supersedesId: true },
          where: { councilCode: In([...codes]), publishedOn: Not(IsNull()) },
        }),
        dataSource.getRepository(AdultsSignOff).find({
          select: { id: true, councilCode: true, enteredOn: true, invitedOn: true, presentedOn: true },
          where: { councilCode: In([...codes]) },
        }),
        steps(AdultsPeerChallenge, "challenge", "on_site_from", codes),
        // Only the current evidence of each kind: a re-recorded item replaces the one before.
        steps(AdultsSignOffEvidence, "evidence", "given_on", codes, { extra: ["kind"], where: "evidence.current_sign_off_id IS NOT NULL" }),
        // Dated by the day it is known by (a month's last day where the source gives only the month).
        steps(AdultsRecognition, "recognition", "known_by", codes, { extra: ["recognised_on"] }),
      ]);
      return [
        ...accounts.map((account) => [account.councilCode, localAccountEvents(account)] as const),
        ...signOffs.map((signOff) => [signOff.councilCode, signOffEvents(signOff)] as const),
        ...challenges.map((row) => [row.councilCode, signOffPeerChallengeEvents(row)] as const),
        ...evidence.map((row) => [row.councilCode, signOffEvidenceEvents({ ...row, kind: row.kind as AdultsEvidenceKind })] as const),
        ...recognitions.map((row) => [row.councilCode, recognitionEvents({ ...row, recognisedOn: String(row.recognisedOn) })] as const),
      ];
    }),
  };
}
