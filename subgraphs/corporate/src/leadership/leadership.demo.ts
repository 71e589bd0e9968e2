import { addDays, demoRandom, Provenance } from "@sli/shared";
import type { DataSource } from "typeorm";
import { Council } from "../council/council.entity";
import { LeadershipPlace, MemberPeerSupport, MemberPeerSupportVisit } from "./leadership.entity";
import { LeadershipProgramme } from "./leadership.enums";
import { PUBLISHED_PLACES } from "./leadership.rules";

const PARTICIPANT_ROLES = ["Leader of the council", "Deputy leader", "Cabinet member", "Opposition group leader"] as const;

/** Demo member peer support: days used on each case (one case is at the five-day limit, one has not started). */
export const DEMO_SUPPORT_DAYS: readonly number[][] = [[2, 3], [1, 2], [2], []];

/**
 * Demonstration leadership offer records: one place for each of 198 councils in
 * 2011/12 (the published take-up), recorded as not subsidised under the
 * 2012/13–2014/15 offer; and four member peer support cases after the May 2012
 * elections. Deterministic; adds nothing if demo records exist.
 */
export async function seedLeadershipDemo(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const random = demoRandom(198);
    const councils = (await manager.find(Council, { select: { code: true }, order: { code: "ASC" } })).map((c) => c.code);

    if (!(await manager.countBy(LeadershipPlace, { provenance: Provenance.DEMO }))) {
      const programmes = [
        LeadershipProgramme.LEADERSHIP_ACADEMY,
        LeadershipProgramme.LEADERSHIP_ACADEMY,
        LeadershipProgramme.LEADING_EDGE,
        LeadershipProgramme.NEXT_GENERATION,
      ];
      const places = random.shuffle(councils)
        .slice(0, PUBLISHED_PLACES.councils)
        .sort()
        .map((councilCode, i) => {
          const participantRole = random.pick(PARTICIPANT_ROLES);
          return {
            councilCode,
            financialYear: PUBLISHED_PLACES.financialYear,
            programme: random.pick(programmes),
            participantName: `Demo participant ${String(i + 1).padStart(3, "0")}`,
            participantRole,
            subsidised: false,
            subsidisedYear: null,
            provenance: Provenance.DEMO,
          };
        });
      await manager.insert(LeadershipPlace, places);
    }

    if (!(await manager.countBy(MemberPeerSupport, { provenance: Provenance.DEMO }))) {
      const supported = random.shuffle(councils).slice(0, DEMO_SUPPORT_DAYS.length);
      for (const [i, councilCode] of supported.entries()) {
        const visits = DEMO_SUPPORT_DAYS[i];
        const { identifiers } = await manager.insert(MemberPeerSupport, {
          councilCode,
          changeOfControlOn: "2012-05-03",
          controlBefore: null,
          controlAfter: null,
          daysUsed: visits.reduce((sum, days) => sum + days, 0),
          provenance: Provenance.DEMO,
        });
        const supportId = Number(identifiers[0].id);
        let on = "2012-05-21";
        for (const days of visits) {
          await manager.insert(MemberPeerSupportVisit, {
            supportId,
            visitedOn: on,
            days,
            note: "Demonstration record.",
            provenance: Provenance.DEMO,
          });
          on = addDays(on, random.int(14, 35));
        }
      }
    }
  });
}
