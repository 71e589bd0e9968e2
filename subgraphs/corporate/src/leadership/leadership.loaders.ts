import { badUserInput, groupedLoader, isRecordId, notFound } from "@sli/shared";
import { type DataSource, type EntityManager, In } from "typeorm";
export { assertCouncilExists } from "../council/council.loaders";
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

/** A member peer support case's id as a number: BAD_USER_INPUT for one that is not an id. */
export function memberPeerSupportId(id: string, argument = "input.id"): number {
  if (!isRecordId(id)) throw badUserInput(`"${id.slice(0, 20)}" is not a member peer support id`, { argument });
  return Number(id);
}

/** The member peer support case with this id, or NOT_FOUND. */
export async function memberPeerSupportOrNotFound(manager: EntityManager, id: number, argument = "input.id"): Promise<MemberPeerSupport> {
  const support = await manager.findOneBy(MemberPeerSupport, { id });
  if (!support) throw notFound(`No member peer support has the id ${id}`, { argument });
  return support;
}
