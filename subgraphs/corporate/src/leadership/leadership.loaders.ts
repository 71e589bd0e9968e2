import { groupedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { LeadershipPlace, MemberPeerSupport, MemberPeerSupportVisit } from "./leadership.entity";

export function createLeadershipLoaders(dataSource: DataSource) {
  const places = dataSource.getRepository(LeadershipPlace);
  const supports = dataSource.getRepository(MemberPeerSupport);
  const visits = dataSource.getRepository(MemberPeerSupportVisit);
  return {
    leadershipPlacesByCouncil: groupedLoader(
      (councilCodes: readonly string[]) =>
        places.find({ where: { councilCode: In([...councilCodes]) }, order: { financialYear: "ASC", id: "ASC" } }),
      (place) => place.councilCode,
    ),
    memberPeerSupportByCouncil: groupedLoader(
      (councilCodes: readonly string[]) =>
        supports.find({ where: { councilCode: In([...councilCodes]) }, order: { changeOfControlOn: "ASC" } }),
      (support) => support.councilCode,
    ),
    visitsByMemberPeerSupport: groupedLoader(
      (supportIds: readonly number[]) =>
        visits.find({ where: { supportId: In([...supportIds]) }, order: { visitedOn: "ASC", id: "ASC" } }),
      (visit) => visit.supportId,
    ),
  };
}
