import { PartnerBoard, timelineEvent, type TimelineEvent, TimelineEventKind as Kind, type Viewer } from "@sli/shared";
import type { Concern, ConcernContact } from "../concerns/concern.entity";
import { ContactLevel } from "../concerns/concern.enums";
import { mayPartnerSee, mayReadConcerns } from "../concerns/concern.rules";
import type { Council } from "../council/council.entity";
import type { LeadershipPlace, MemberPeerSupportVisit } from "../leadership/leadership.entity";
import { LeadershipProgramme } from "../leadership/leadership.enums";
import type { CorporatePeerChallenge } from "../peer-challenge/corporate-peer-challenge.entity";
import { CorporatePeerChallengeStatus } from "../peer-challenge/corporate-peer-challenge.enums";
import type { SupportRecord } from "../support/support.entity";
import { SupportKind } from "../support/support.enums";
import { mayReadSupport } from "../support/support.rules";

/**
 * The LGA's events on a council's timeline, and the rule of which events a
 * caller sees: public records' steps for anyone; support moves for the readers
 * of support; concerns and their contacts only for the readers of the
 * council's concerns (and, before the council is aware, not for partners).
 */

/** Who may see an event of a confidential record; none for a public one. */
export type EventGuard = "support" | "concern" | "concern-before-awareness";
export type CorporateEvent = TimelineEvent & { guard?: EventGuard };

const event = (kind: Kind, record: { type: string; id: number }, on: string, summary: string, guard?: EventGuard): CorporateEvent =>
  Object.assign(timelineEvent(PartnerBoard.CORPORATE, kind, record, on, summary), guard ? { guard } : {});

export function peerChallengeEvents(challenge: CorporatePeerChallenge): CorporateEvent[] {
  const record = { type: "CorporatePeerChallenge", id: challenge.id };
  const steps: Array<[Kind, string | null, string]> = [
    [Kind.CORPORATE_PEER_CHALLENGE_INTEREST_EXPRESSED, challenge.interestExpressedOn, "The council expressed interest in a corporate peer challenge."],
    [Kind.CORPORATE_PEER_CHALLENGE_BOOKED, challenge.bookedOn, "The council booked a corporate peer challenge."],
    [Kind.CORPORATE_PEER_CHALLENGE_ON_SITE, challenge.onSiteFrom, "The corporate peer challenge team arrived on site."],
    [Kind.CORPORATE_PEER_CHALLENGE_FEEDBACK_GIVEN, challenge.feedbackGivenOn, "The peers gave the council their feedback."],
    [Kind.CORPORATE_PEER_CHALLENGE_REPORT_PUBLISHED, challenge.reportPublishedOn, "The council published its corporate peer challenge report."],
    [Kind.CORPORATE_PEER_CHALLENGE_CANCELLED, challenge.cancelledOn, "The corporate peer challenge was called off."],
  ];
  // A booked challenge's visit dates are planned until the team is on site.
  const onSiteYet = ![CorporatePeerChallengeStatus.INTEREST_EXPRESSED, CorporatePeerChallengeStatus.BOOKED].includes(challenge.status) &&
    !(challenge.status === CorporatePeerChallengeStatus.CANCELLED && challenge.cancelledFrom !== CorporatePeerChallengeStatus.ON_SITE);
  return steps
    .filter(([kind, on]) => on != null && (kind !== Kind.CORPORATE_PEER_CHALLENGE_ON_SITE || onSiteYet))
    .map(([kind, on, summary]) => event(kind, record, on!, summary));
}

const PROGRAMME_IN_WORDS: Record<LeadershipProgramme, string> = {
  [LeadershipProgramme.LEADERSHIP_ACADEMY]: "the Leadership Academy",
  [LeadershipProgramme.LEADING_EDGE]: "Leading Edge",
  [LeadershipProgramme.NEXT_GENERATION]: "Next Generation",
};

/** A place counts from the start of its financial year (1 April): the offer gives no other date. */
export const leadershipPlaceEvents = (place: Pick<LeadershipPlace, "id" | "financialYear" | "programme">): CorporateEvent[] => [
  event(Kind.LEADERSHIP_PLACE, { type: "LeadershipPlace", id: place.id }, `${place.financialYear.slice(0, 4)}-04-01`,
    `The council took a subsidised place on ${PROGRAMME_IN_WORDS[place.programme] ?? "a leadership programme"} for ${place.financialYear}.`),
];

export const memberPeerSupportEvents = (visit: Pick<MemberPeerSupportVisit, "id" | "visitedOn" | "days">): CorporateEvent[] => [
  event(Kind.MEMBER_PEER_SUPPORT_VISIT, { type: "MemberPeerSupportVisit", id: visit.id }, visit.visitedOn,
    `A member peer gave ${visit.days} day${visit.days === 1 ? "" : "s"} of support after the change of political control.`),
];

const BOARD_IN_WORDS: Record<PartnerBoard, string> = { [PartnerBoard.CORPORATE]: "the LGA", [PartnerBoard.CHILDREN]: "the CIB", [PartnerBoard.ADULTS]: "TEASC" };
const KIND_IN_WORDS: Record<SupportKind, string> = {
  [SupportKind.CORPORATE_PEER_CHALLENGE]: "a corporate peer challenge",
  [SupportKind.MEMBER_PEER_SUPPORT]: "member peer support",
  [SupportKind.MENTORING]: "mentoring",
  [SupportKind.SAFEGUARDING_REVIEW]: "a safeguarding peer review",
  [SupportKind.ADULTS_SIGN_OFF_SUPPORT]: "support through the adult social care sign-off",
  [SupportKind.IMPROVEMENT_BOARD]: "an improvement board",
  [SupportKind.OTHER]: "support",
};

/** Each dated step of a support record (its need, in the council's words, stays on the record). */
export function supportEvents(record: SupportRecord): CorporateEvent[] {
  const of = { type: "SupportRecord", id: record.id };
  const what = KIND_IN_WORDS[record.kind];
  const from = BOARD_IN_WORDS[record.board];
  const steps: Array<[Kind, string | null, string]> = [
    [Kind.SUPPORT_REQUESTED, record.requestedOn, `The council asked ${from} for ${what}.`],
    [Kind.SUPPORT_OFFERED, record.offeredOn, `${from.charAt(0).toUpperCase()}${from.slice(1)} offered the council ${what}.`],
    [Kind.SUPPORT_AGREED, record.agreedOn, `The council and ${from} agreed ${what}.`],
    [Kind.SUPPORT_STARTED, record.startedOn, `${what.charAt(0).toUpperCase()}${what.slice(1)} from ${from} began.`],
    [Kind.SUPPORT_COMPLETED, record.completedOn, `${what.charAt(0).toUpperCase()}${what.slice(1)} from ${from} was completed.`],
    [Kind.SUPPORT_DECLINED, record.declinedOn, `${what.charAt(0).toUpperCase()}${what.slice(1)} from ${from} was declined.`],
  ];
  return steps.filter(([, on]) => on != null).map(([kind, on, summary]) => event(kind, of, on!, summary, "support"));
}

/** The concern's own words, ended as a sentence. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

const SEVERITY_IN_WORDS: Record<string, string> = { EMERGING: "an emerging", SIGNIFICANT: "a significant", SERIOUS: "a serious" };

export function concernEvents(concern: Concern): CorporateEvent[] {
  const record = { type: "Concern", id: concern.id };
  const guard: EventGuard = concern.councilAwareOn ? "concern" : "concern-before-awareness";
  const events = [event(Kind.CONCERN_RAISED, record, concern.raisedOn, `The LGA recorded ${SEVERITY_IN_WORDS[concern.severity] ?? "a"} concern: ${sentence(concern.summary)}`, guard)];
  if (concern.councilAwareOn) events.push(event(Kind.CONCERN_COUNCIL_MADE_AWARE, record, concern.councilAwareOn, "The council was made aware of the concern.", guard));
  return events;
}

const LEVEL_IN_WORDS: Record<ContactLevel, string> = {
  [ContactLevel.LEADER]: "the leader",
  [ContactLevel.CHIEF_EXECUTIVE]: "the chief executive",
  [ContactLevel.OTHER]: "a member or officer",
};

export const contactEvents = (contact: ConcernContact, concern: Pick<Concern, "councilAwareOn">): CorporateEvent[] => [
  event(Kind.CONCERN_CONTACT, { type: "ConcernContact", id: contact.id }, contact.contactedOn, `The LGA contacted ${LEVEL_IN_WORDS[contact.level]} about a concern.`,
    concern.councilAwareOn ? "concern" : "concern-before-awareness"),
];

/** Rule: the events of confidential records go only to those who may read them; the others' timeline simply lacks them. */
export function visibleTo(viewer: Viewer, council: Pick<Council, "code" | "regionCode">) {
  const support = mayReadSupport(viewer, council.code);
  const concerns = mayReadConcerns(viewer, council);
  const beforeAwareness = concerns && mayPartnerSee(viewer, council, { councilAwareOn: null });
  return (event: CorporateEvent): boolean =>
    event.guard === undefined ||
    (event.guard === "support" && support) ||
    (event.guard === "concern" && concerns) ||
    (event.guard === "concern-before-awareness" && beforeAwareness);
}
