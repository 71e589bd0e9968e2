import { groupedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import {
  CorporatePeerChallenge,
  CorporatePeerChallengeFocusArea,
  CorporatePeerChallengePeer,
} from "./corporate-peer-challenge.entity";

export function createCorporatePeerChallengeLoaders(dataSource: DataSource) {
  const challenges = dataSource.getRepository(CorporatePeerChallenge);
  const focusAreas = dataSource.getRepository(CorporatePeerChallengeFocusArea);
  const peers = dataSource.getRepository(CorporatePeerChallengePeer);
  return {
    corporatePeerChallengesByCouncil: groupedLoader(
      (councilCodes: readonly string[]) =>
        challenges.find({ where: { councilCode: In([...councilCodes]) }, order: { id: "ASC" } }),
      (challenge) => challenge.councilCode,
    ),
    focusAreasByCorporatePeerChallenge: groupedLoader(
      (challengeIds: readonly number[]) =>
        focusAreas.find({ where: { challengeId: In([...challengeIds]) }, order: { challengeId: "ASC", position: "ASC" } }),
      (area) => area.challengeId,
    ),
    peersByCorporatePeerChallenge: groupedLoader(
      (challengeIds: readonly number[]) =>
        peers.find({ where: { challengeId: In([...challengeIds]) }, order: { challengeId: "ASC", id: "ASC" } }),
      (peer) => peer.challengeId,
    ),
  };
}
