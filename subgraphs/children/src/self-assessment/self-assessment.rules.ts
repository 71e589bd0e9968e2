import { badUserInput, conflict, defineLifecycle } from "@sli/shared";
import { ChildrensSelfAssessmentStatus as Status } from "./self-assessment.enums";

export const SELF_ASSESSMENT_LIFECYCLE = defineLifecycle("self-assessment", "draft → submitted → challenged; nothing moves back", {
  [Status.DRAFT]: [Status.SUBMITTED],
  [Status.SUBMITTED]: [Status.CHALLENGED],
  [Status.CHALLENGED]: [],
});

/**
 * Rule: an external challenge is by peers from other councils: at least one
 * council, none named twice, and never the council that assessed itself.
 * (That they are upper-tier councils is checked against the register.)
 */
export function requireExternalChallengers(assessedCouncil: string, challengers: readonly string[]): string[] {
  if (challengers.length === 0) throw badUserInput("An external challenge needs the peers of at least one other council", { argument: "challengers" });
  const distinct = [...new Set(challengers)];
  if (distinct.length !== challengers.length) throw badUserInput("A council is named twice among the challengers", { argument: "challengers" });
  if (distinct.includes(assessedCouncil)) {
    throw badUserInput(`Council ${assessedCouncil} cannot challenge its own self-assessment: the challenge is external, by peers from other councils`, {
      argument: "challengers",
    });
  }
  return distinct;
}

/** Rule: one self-assessment per council per period. */
export function onePerPeriod(council: string, period: string) {
  return conflict(`Council ${council} already has a self-assessment for ${period}: one per council per period`);
}

/** Rule: a self-assessment is challenged externally once. */
export function oneChallengeEach() {
  return conflict("This self-assessment has already been challenged: one external challenge each");
}
