import { councilAndAdviserRule, type Publication } from "@sli/shared";
import type { CorporatePeerChallenge } from "./corporate-peer-challenge.entity";

/**
 * Rule (the seed: a council's work with the boards is "treated in
 * confidence"): a challenge's findings, the council's satisfaction and
 * whether it would recommend it are for the council, its principal adviser
 * and the LGA until the report is published; why one was cancelled, always.
 */
export const CHALLENGE_READERS = councilAndAdviserRule<Pick<CorporatePeerChallenge, "councilCode">>("corporate", (challenge) => challenge.councilCode);

/** A corporate peer challenge is published when its feedback report is. */
export const REPORT_PUBLISHED: Publication<Pick<CorporatePeerChallenge, "status">> = {
  when: "once the challenge's report is published (REPORT_PUBLISHED)",
  reads: ["status"],
  // The enum's value, not the enum: the entity file imports this one.
  isPublished: (challenge) => challenge.status === "REPORT_PUBLISHED",
};
