import { badUserInput, type ColumnNeeds, findIn, groupedLoader, isRecordId, loaderPerSelection, notFound } from "@sli/shared";
import { type DataSource, type EntityManager, In } from "typeorm";
import { Person } from "../person/person.entity";
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

/** A corporate peer challenge's id as a number: BAD_USER_INPUT for one that is not an id. */
export function challengeId(id: string, argument = "id"): number {
  if (!isRecordId(id)) throw badUserInput(`"${id.slice(0, 20)}" is not a corporate peer challenge id`, { argument });
  return Number(id);
}

/** The challenge with this id, or NOT_FOUND. */
export async function findChallenge(manager: EntityManager, id: number, argument = "id"): Promise<CorporatePeerChallenge> {
  const challenge = await manager.findOneBy(CorporatePeerChallenge, { id });
  if (!challenge) throw notFound(`No corporate peer challenge has the id ${id}`, { argument });
  return challenge;
}

/** The person a peer names, or NOT_FOUND. */
export async function assertPersonExists(manager: EntityManager, id: string, argument: string): Promise<void> {
  if (!(await manager.findOneBy(Person, { id }))) throw notFound(`No person has the id ${id}`, { argument });
}
