import { councilEventsLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { Concern, ConcernContact } from "../concerns/concern.entity";
import { LeadershipPlace, MemberPeerSupport, MemberPeerSupportVisit } from "../leadership/leadership.entity";
import { CorporatePeerChallenge } from "../peer-challenge/corporate-peer-challenge.entity";
import { SupportRecord } from "../support/support.entity";
import {
  concernEvents,
  contactEvents,
  type CorporateEvent,
  leadershipPlaceEvents,
  memberPeerSupportEvents,
  peerChallengeEvents,
  supportEvents,
} from "./timeline.rules";

/**
 * Every council's LGA timeline events in six statements, whatever the number
 * of councils (one per kind of record, each for the whole batch). The events
 * of confidential records carry their guard; the resolver leaves out what the
 * caller may not see.
 */
export function createTimelineLoaders(dataSource: DataSource) {
  return {
    corporateTimelineEventsByCouncil: councilEventsLoader<CorporateEvent>(async (codes) => {
      const councils = In([...codes]);
      const [challenges, places, visits, support, concerns, contacts] = await Promise.all([
        dataSource.getRepository(CorporatePeerChallenge).find({
          select: {
            id: true, councilCode: true, status: true, cancelledFrom: true, interestExpressedOn: true, bookedOn: true,
            onSiteFrom: true, feedbackGivenOn: true, reportPublishedOn: true, cancelledOn: true,
          },
          where: { councilCode: councils },
        }),
        dataSource.getRepository(LeadershipPlace).find({ select: { id: true, councilCode: true, financialYear: true, programme: true }, where: { councilCode: councils } }),
        dataSource
          .getRepository(MemberPeerSupportVisit)
          .createQueryBuilder("visit")
          .innerJoin(MemberPeerSupport, "support", "support.id = visit.support_id")
          .select("visit.id", "id")
          .addSelect("visit.visited_on", "visitedOn")
          .addSelect("visit.days", "days")
          .addSelect("support.council_code", "councilCode")
          .where("support.council_code IN (:...codes)", { codes: [...codes] })
          .getRawMany<{ id: number; visitedOn: string; days: number; councilCode: string }>(),
        dataSource.getRepository(SupportRecord).findBy({ councilCode: councils }),
        dataSource.getRepository(Concern).findBy({ councilCode: councils }),
        dataSource
          .getRepository(ConcernContact)
          .createQueryBuilder("contact")
          .innerJoin(Concern, "concern", "concern.id = contact.concern_id")
          .select("contact.id", "id")
          .addSelect("contact.level", "level")
          .addSelect("contact.contacted_on", "contactedOn")
          .addSelect("concern.council_code", "councilCode")
          .addSelect("concern.council_aware_on", "councilAwareOn")
          .where("concern.council_code IN (:...codes)", { codes: [...codes] })
          .getRawMany<ConcernContact & { councilCode: string; councilAwareOn: string | null }>(),
      ]);
      return [
        ...challenges.map((challenge) => [challenge.councilCode, peerChallengeEvents(challenge)] as const),
        ...places.map((place) => [place.councilCode, leadershipPlaceEvents(place)] as const),
        ...visits.map((visit) => [visit.councilCode, memberPeerSupportEvents({ ...visit, id: Number(visit.id), days: Number(visit.days) })] as const),
        ...support.map((record) => [record.councilCode, supportEvents(record)] as const),
        ...concerns.map((concern) => [concern.councilCode, concernEvents(concern)] as const),
        ...contacts.map((contact) => [contact.councilCode, contactEvents({ ...contact, id: Number(contact.id) }, contact)] as const),
      ];
    }),
  };
}
