import { councilEventsLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { ChildrensLeadershipEvent, ChildrensLeadershipPlace } from "../leadership/leadership.entity";
import { ChildrensPeerChallenge } from "../peer-challenge/childrens-peer-challenge.entity";
import { SafeguardingPeerReview } from "../safeguarding/safeguarding-peer-review.entity";
import { ChildrensSelfAssessment, SelfAssessmentChallenge } from "../self-assessment/self-assessment.entity";
import { SupportLevelDecision } from "../support-level/support-level-decision.entity";
import {
  type ChallengedSelfAssessment,
  type LeadershipPlaceTaken,
  leadershipEvents,
  peerChallengeEvents,
  safeguardingEvents,
  selfAssessmentEvents,
  supportLevelEvents,
} from "./timeline.rules";

/**
 * Every council's CIB timeline events in five statements, whatever the
 * number of councils (one per kind of record, each for the whole batch).
 */
export function createTimelineLoaders(dataSource: DataSource) {
  return {
    childrensTimelineEventsByCouncil: councilEventsLoader(async (codes) => {
      const councils = In([...codes]);
      const [decisions, challenged, challenges, reviews, places] = await Promise.all([
        dataSource.getRepository(SupportLevelDecision).findBy({ councilCode: councils }),
        dataSource
          .getRepository(SelfAssessmentChallenge)
          .createQueryBuilder("challenge")
          .innerJoin(ChildrensSelfAssessment, "assessment", "assessment.id = challenge.self_assessment_id")
          .select("assessment.id", "selfAssessmentId")
          .addSelect("assessment.council_code", "councilCode")
          .addSelect("assessment.period", "period")
          .addSelect("challenge.held_on", "heldOn")
          .where("assessment.council_code IN (:...codes)", { codes: [...codes] })
          .getRawMany<ChallengedSelfAssessment>(),
        dataSource.getRepository(ChildrensPeerChallenge).findBy({ councilCode: councils }),
        dataSource.getRepository(SafeguardingPeerReview).findBy({ councilCode: councils }),
        dataSource
          .getRepository(ChildrensLeadershipPlace)
          .createQueryBuilder("place")
          .innerJoin(ChildrensLeadershipEvent, "event", "event.id = place.event_id")
          .select("place.id", "placeId")
          .addSelect("place.council_code", "councilCode")
          .addSelect("event.title", "title")
          .addSelect("event.starts_on", "startsOn")
          .where("place.council_code IN (:...codes)", { codes: [...codes] })
          .getRawMany<LeadershipPlaceTaken>(),
      ]);
      return [
        ...decisions.map((decision) => [decision.councilCode, supportLevelEvents(decision)] as const),
        ...challenged.map((row) => [row.councilCode, selfAssessmentEvents({ ...row, selfAssessmentId: Number(row.selfAssessmentId) })] as const),
        ...challenges.map((challenge) => [challenge.councilCode, peerChallengeEvents(challenge)] as const),
        ...reviews.map((review) => [review.councilCode, safeguardingEvents(review)] as const),
        ...places.map((row) => [row.councilCode, leadershipEvents({ ...row, placeId: Number(row.placeId) })] as const),
      ];
    }),
  };
}
