import { groupedLoader, keyedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { ChildrensPeerChallenge, PeerChallengeModel, PeerChallengeTeamMembership } from "./childrens-peer-challenge.entity";

export function createChildrensPeerChallengeLoaders(dataSource: DataSource) {
  return {
    /** Challenges by id: the entity's references (good practice items' sources), one statement for any number. */
    peerChallengeById: keyedLoader(
      (ids: readonly number[]) => dataSource.getRepository(ChildrensPeerChallenge).findBy({ id: In([...ids]) }),
      (challenge) => challenge.id,
    ),
    peerChallengesByCouncil: groupedLoader(
      (codes: readonly string[]) =>
        dataSource.getRepository(ChildrensPeerChallenge).find({ where: { councilCode: In([...codes]) }, order: { id: "ASC" } }),
      (challenge) => challenge.councilCode,
    ),
    peerChallengeModelById: keyedLoader(
      (ids: readonly number[]) => dataSource.getRepository(PeerChallengeModel).findBy({ id: In([...ids]) }),
      (model) => model.id,
    ),
    peerChallengeModelsByRegion: groupedLoader(
      (codes: readonly string[]) =>
        dataSource.getRepository(PeerChallengeModel).find({ where: { regionCode: In([...codes]) }, order: { name: "ASC" } }),
      (model) => model.regionCode,
    ),
    peerChallengeTeamByChallenge: groupedLoader(
      (ids: readonly number[]) =>
        dataSource.getRepository(PeerChallengeTeamMembership).find({ where: { challengeId: In([...ids]) }, order: { personId: "ASC" } }),
      (member) => member.challengeId,
    ),
  };
}
