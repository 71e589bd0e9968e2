import { PartnerBoard, timelineEvent, type TimelineEvent, TimelineEventKind as Kind } from "@sli/shared";
import { ChildrensSupportLevel } from "../council/council.enums";
import type { ChildrensPeerChallenge } from "../peer-challenge/childrens-peer-challenge.entity";
import { ChildrensPeerChallengeStatus } from "../peer-challenge/childrens-peer-challenge.enums";
import type { SafeguardingPeerReview } from "../safeguarding/safeguarding-peer-review.entity";
import { SafeguardingPeerReviewStatus } from "../safeguarding/safeguarding-peer-review.enums";
import type { SupportLevelDecision } from "../support-level/support-level-decision.entity";

/**
 * The CIB's dated events on a council's timeline, from its own records. Each
 * says what happened in words a board member understands; nothing here is
 * confidential (states and dates of the programmes are public), so no
 * restricted field (a decision's reason, a review's local emphasis, a lead
 * member's name) is put into a summary.
 */
const event = (kind: Kind, record: { type: string; id: number }, on: string, summary: string): TimelineEvent =>
  timelineEvent(PartnerBoard.CHILDREN, kind, record, on, summary);

const LEVEL_IN_WORDS: Record<ChildrensSupportLevel, string> = {
  [ChildrensSupportLevel.UNIVERSAL]: "universal",
  [ChildrensSupportLevel.EARLY_SUPPORT]: "early",
  [ChildrensSupportLevel.TARGETED_SUPPORT]: "targeted",
};

export const supportLevelEvents = (decision: SupportLevelDecision): TimelineEvent[] => [
  event(Kind.CHILDRENS_SUPPORT_LEVEL_DECIDED, { type: "SupportLevelDecision", id: decision.id }, decision.decidedOn,
    `The CIB set the council's children's services support at ${LEVEL_IN_WORDS[decision.level]}.`),
];

export interface ChallengedSelfAssessment {
  selfAssessmentId: number;
  councilCode: string;
  period: string;
  heldOn: string;
}

export const selfAssessmentEvents = (row: ChallengedSelfAssessment): TimelineEvent[] => [
  event(Kind.CHILDRENS_SELF_ASSESSMENT_CHALLENGED, { type: "ChildrensSelfAssessment", id: row.selfAssessmentId }, row.heldOn,
    `Peers from other councils challenged the council's ${row.period} self-assessment of its children's services.`),
];

export function peerChallengeEvents(challenge: ChildrensPeerChallenge): TimelineEvent[] {
  const record = { type: "ChildrensPeerChallenge", id: challenge.id };
  const begun = challenge.status === ChildrensPeerChallengeStatus.ON_SITE || challenge.status === ChildrensPeerChallengeStatus.COMPLETED;
  const events: TimelineEvent[] = [];
  if (begun && challenge.startsOn) events.push(event(Kind.CHILDRENS_PEER_CHALLENGE_STARTED, record, challenge.startsOn, "A children's services peer challenge began."));
  if (challenge.status === ChildrensPeerChallengeStatus.COMPLETED && challenge.endsOn) {
    events.push(event(Kind.CHILDRENS_PEER_CHALLENGE_ENDED, record, challenge.endsOn, "The children's services peer challenge was completed."));
  }
  return events;
}

export function safeguardingEvents(review: SafeguardingPeerReview): TimelineEvent[] {
  const record = { type: "SafeguardingPeerReview", id: review.id };
  const events = [event(Kind.SAFEGUARDING_REVIEW_REQUESTED, record, review.requestedOn, "A safeguarding peer review was requested.")];
  const visited = review.status === SafeguardingPeerReviewStatus.ON_SITE || review.status === SafeguardingPeerReviewStatus.REPORTED;
  if (visited && review.onSiteFrom) events.push(event(Kind.SAFEGUARDING_REVIEW_ON_SITE, record, review.onSiteFrom, "The safeguarding peer review team arrived on site."));
  if (review.reportedOn) events.push(event(Kind.SAFEGUARDING_REVIEW_REPORTED, record, review.reportedOn, "The safeguarding peer review reported its findings."));
  if (review.withdrawnOn) events.push(event(Kind.SAFEGUARDING_REVIEW_WITHDRAWN, record, review.withdrawnOn, "The request for a safeguarding peer review was withdrawn."));
  return events;
}

export interface LeadershipPlaceTaken {
  placeId: number;
  councilCode: string;
  title: string;
  startsOn: string;
}

export const leadershipEvents = (row: LeadershipPlaceTaken): TimelineEvent[] => [
  event(Kind.CHILDRENS_LEADERSHIP_PLACE, { type: "ChildrensLeadershipPlace", id: row.placeId }, row.startsOn,
    `The council's lead member for children took a place at "${row.title}".`),
];
