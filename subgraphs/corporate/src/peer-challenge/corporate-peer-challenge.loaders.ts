import { type ColumnNeeds, findIn, groupedLoader, loaderPerSelection } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import {
  CorporatePeerChallenge,
  CorporatePeerChallengeFocusArea,
  CorporatePeerChallengePeer,
} from "./corporate-peer-challenge.entity";

/** The columns each field resolver of CorporatePeerChallenge reads (corporate-peer-challenge.resolver.ts). */
const CHALLENGE_FIELD_NEEDS: ColumnNeeds<CorporatePeerChallenge> = {
  byField: {
    council: ["councilCode"],
    // The findings' rule reads the challenge's state (REPORT_PUBLISHED); its council is always read.
    coreComponents: ["leadershipFindings", "corporateCapacityFindings", "financialResilienceFindings", "status"],
    localFocusAreas: ["status"],
    deliveredInFinancialYear: ["status", "feedbackGivenOn"],
  },
};

export function createCorporatePeerChallengeLoaders(dataSource: DataSource) {
  const challenges = dataSource.getRepository(CorporatePeerChallenge);
  const focusAreas = dataSource.getRepository(CorporatePeerChallengeFocusArea);
  const peers = dataSource.getRepository(CorporatePeerChallengePeer);
  return {
    /** Each council's challenges, reading only the columns the answer asks for (`.asked(info)`). */
    corporatePeerChallengesByCouncil: loaderPerSelection(challenges, CHALLENGE_FIELD_NEEDS, (columns) =>
      groupedLoader(
        (councilCodes: readonly string[]) => findIn(challenges, "councilCode", councilCodes, { columns, order: [["id", "ASC"]] }),
        (challenge) => challenge.councilCode,
      ),
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
