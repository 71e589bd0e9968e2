import { EarlyWarningSignalKind as Kind, type EarlyWarningSignal, evidenceOf, PartnerBoard } from "@sli/shared";
import { ChildrensSupportLevel } from "../council/council.enums";
import type { ChildrensPeerChallenge } from "../peer-challenge/childrens-peer-challenge.entity";
import { ALL_ENGAGED_BY } from "../peer-challenge/childrens-peer-challenge.entity";
import { ChildrensPeerChallengeStatus } from "../peer-challenge/childrens-peer-challenge.enums";
import type { SafeguardingPeerReview } from "../safeguarding/safeguarding-peer-review.entity";
import { SafeguardingPeerReviewStatus } from "../safeguarding/safeguarding-peer-review.enums";
import type { ChildrensSelfAssessment } from "../self-assessment/self-assessment.entity";
import { ChildrensSelfAssessmentStatus } from "../self-assessment/self-assessment.enums";
import type { SupportLevelDecision } from "../support-level/support-level-decision.entity";

/** The children's board's records of one council that its early-warning signals are computed from. */
export interface ChildrensWarningRecords {
  council: { code: string; upperTier: boolean; supportLevel: ChildrensSupportLevel | null };
  /** Latest first. */
  decisions: readonly Pick<SupportLevelDecision, "id" | "level" | "decidedOn">[];
  challenges: readonly Pick<ChildrensPeerChallenge, "id" | "status">[];
  reviews: readonly Pick<SafeguardingPeerReview, "id" | "status" | "requestedOn">[];
  /** Latest period first. */
  assessments: readonly Pick<ChildrensSelfAssessment, "id" | "period" | "status">[];
}

/** A date as a board member reads it: 31 December 2012. */
const inWords = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A safeguarding peer review that has been asked for and has not yet been held (on site or reported) or withdrawn. */
const AWAITING_REVIEW = new Set([SafeguardingPeerReviewStatus.REQUESTED, SafeguardingPeerReviewStatus.SCHEDULED]);

/**
 * Rule: the CIB's early-warning signals about a council, from its own records —
 * an agreed package of targeted or early support; no children's services peer
 * challenge, when every council was to be engaged by 31 December 2012; a
 * safeguarding peer review requested and not yet held; a latest self-assessment
 * not yet challenged by peers. None for a shire district (no children's services).
 */
export function childrensWarningSignals(records: ChildrensWarningRecords): EarlyWarningSignal[] {
  const { council } = records;
  if (!council.upperTier) return [];
  const signals: EarlyWarningSignal[] = [];
  const signal = (fields: Omit<EarlyWarningSignal, "council" | "board">) => signals.push({ council: council.code, board: PartnerBoard.CHILDREN, ...fields });

  if (council.supportLevel === ChildrensSupportLevel.TARGETED_SUPPORT || council.supportLevel === ChildrensSupportLevel.EARLY_SUPPORT) {
    const targeted = council.supportLevel === ChildrensSupportLevel.TARGETED_SUPPORT;
    const decision = records.decisions.find((d) => d.level === council.supportLevel) ?? null;
    signal({
      kind: targeted ? Kind.CHILDRENS_TARGETED_SUPPORT : Kind.CHILDRENS_EARLY_SUPPORT,
      summary: targeted
        ? "The Children's Improvement Board has agreed a package of targeted support for this council's children's services."
        : "The Children's Improvement Board has agreed a package of early support for this council's children's services.",
      evidence: evidenceOf({ "support level": council.supportLevel, "decided on": decision?.decidedOn }),
      since: decision?.decidedOn ?? null,
      recordType: decision ? "SupportLevelDecision" : "Council",
      recordId: decision ? String(decision.id) : council.code,
    });
  }

  const engaged = records.challenges.filter((c) => c.status !== ChildrensPeerChallengeStatus.CANCELLED);
  if (engaged.length === 0) {
    const cancelled = records.challenges.length;
    signal({
      kind: Kind.CHILDRENS_PEER_CHALLENGE_NOT_ENGAGED,
      summary: `The council is not engaged in children's services peer challenge, which every council was to be by ${inWords(ALL_ENGAGED_BY)}${cancelled ? " (its peer challenge was cancelled)" : ""}.`,
      evidence: evidenceOf({ "peer challenges planned or held": 0, "peer challenges cancelled": cancelled, "engaged by": ALL_ENGAGED_BY }),
      since: null,
      recordType: "ChildrensPeerChallenge",
      recordId: cancelled ? String(records.challenges.at(-1)!.id) : null,
    });
  }

  for (const review of records.reviews.filter((r) => AWAITING_REVIEW.has(r.status))) {
    signal({
      kind: Kind.SAFEGUARDING_REVIEW_NOT_HELD,
      summary: `A safeguarding peer review was requested on ${inWords(review.requestedOn)} and has not yet been held.`,
      evidence: evidenceOf({ status: review.status, "requested on": review.requestedOn }),
      since: review.requestedOn,
      recordType: "SafeguardingPeerReview",
      recordId: String(review.id),
    });
  }

  const latest = records.assessments[0];
  if (latest && latest.status !== ChildrensSelfAssessmentStatus.CHALLENGED) {
    signal({
      kind: Kind.SELF_ASSESSMENT_NOT_CHALLENGED,
      summary: `The council's ${latest.period} self-assessment of its children's services has not been challenged by peers from other councils.`,
      evidence: evidenceOf({ period: latest.period, status: latest.status }),
      since: null,
      recordType: "ChildrensSelfAssessment",
      recordId: String(latest.id),
    });
  }
  return signals;
}
