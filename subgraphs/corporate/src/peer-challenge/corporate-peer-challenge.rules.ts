import { badUserInput, conflict, type ConstraintViolation, councilAndAdviserRule, defineLifecycle, isoDate, type Publication, publishedFigure, publishedNumber } from "@sli/shared";
import type { CorporatePeerChallenge } from "./corporate-peer-challenge.entity";
import { CorporatePeerChallengeStatus as Status } from "./corporate-peer-challenge.enums";

/** The no-cost offer: three years from 1 June 2011 (the LGA's offer, "over the three years from Summer 2011"). */
export const NO_COST_WINDOW_FROM = "2011-06-01";
export const NO_COST_WINDOW_TO = "2014-05-31";

const delivered = publishedFigure("corporate_peer_challenges_delivered_2011_12");
const bookedOrDiscussed = publishedFigure("corporate_peer_challenges_booked_or_discussed");

/** The figures the LGA published in 2012, from the toolkit's published figures (seed-data/headline_figures.csv). */
export const PUBLISHED_FIGURES = {
  // The delivered figure's key and passage name its year.
  deliveredFinancialYear: "2011/12",
  delivered: publishedNumber(delivered.key),
  bookedOrDiscussed: publishedNumber(bookedOrDiscussed.key),
  asAt: bookedOrDiscussed.asAt,
  source: `${delivered.source}: “${delivered.passage} and ${bookedOrDiscussed.passage}”`,
} as const;

export const CORPORATE_PEER_CHALLENGE_LIFECYCLE = defineLifecycle(
  "corporate peer challenge",
  "interest expressed → booked → on site → feedback given → report published; cancelled from any state before published; published and cancelled are final",
  {
    [Status.INTEREST_EXPRESSED]: [Status.BOOKED, Status.CANCELLED],
    [Status.BOOKED]: [Status.ON_SITE, Status.CANCELLED],
    [Status.ON_SITE]: [Status.FEEDBACK_GIVEN, Status.CANCELLED],
    [Status.FEEDBACK_GIVEN]: [Status.REPORT_PUBLISHED, Status.CANCELLED],
    [Status.REPORT_PUBLISHED]: [],
    [Status.CANCELLED]: [],
  },
);

/** Delivered: the team has given its feedback (and perhaps published its report). */
export const DELIVERED: readonly Status[] = [Status.FEEDBACK_GIVEN, Status.REPORT_PUBLISHED];
/** "Booked in or being discussed": not yet delivered and not cancelled. */
export const BOOKED_OR_DISCUSSED: readonly Status[] = [Status.INTEREST_EXPRESSED, Status.BOOKED, Status.ON_SITE];

/** The offer's window rule: a no-cost challenge's dates fall within the three years from 1 June 2011. */
export function assertInNoCostWindow(date: string, argument: string): void {
  isoDate(date, argument);
  if (date < NO_COST_WINDOW_FROM || date > NO_COST_WINDOW_TO) {
    throw badUserInput(
      `${date} is outside the no-cost corporate peer challenge offer, which runs from ${NO_COST_WINDOW_FROM} to ${NO_COST_WINDOW_TO}`,
      { argument },
    );
  }
}

const oneNoCostMessage = (councilCode: string) =>
  `Council ${councilCode} already has its no-cost corporate peer challenge: the offer is one no-cost corporate peer ` +
  `challenge per council in the three years from 1 June 2011 (cancel that one first, or record this one as not no-cost)`;

/** The offer's main rule: one no-cost corporate peer challenge per council in the window (cancelled ones don't count). */
export function assertOneNoCostChallenge(councilCode: string, live: Pick<CorporatePeerChallenge, "id" | "status"> | null): void {
  if (live) throw conflict(oneNoCostMessage(councilCode), { existing: String(live.id), existingStatus: live.status });
}

/** The unique index `cpc_one_no_cost_per_council` refused a concurrent second no-cost challenge. */
export const oneNoCostViolation = (councilCode: string) => (violation: ConstraintViolation) =>
  violation.kind === "unique" ? conflict(oneNoCostMessage(councilCode)) : undefined;

/** Peers join a team until the team gives its feedback. */
export function assertTeamOpen(challenge: Pick<CorporatePeerChallenge, "id" | "status">): void {
  if (!BOOKED_OR_DISCUSSED.includes(challenge.status)) {
    throw conflict(
      `Corporate peer challenge ${challenge.id} is ${challenge.status}: peers join the team only before feedback is given`,
      { current: challenge.status },
    );
  }
}

/** A person sits on a challenge's team once. */
export function assertNotOnTeam(challengeId: number, personId: string, team: ReadonlySet<string>): void {
  if (team.has(personId)) {
    throw conflict(`${personId} is already on corporate peer challenge ${challengeId}'s team: a peer sits on a team once`);
  }
}

/** The unique index `cpc_peer_once_per_team` refused a concurrent second place for one person. */
export const onTeamOnceViolation = (violation: ConstraintViolation) =>
  violation.kind === "unique" ? conflict("That person is already on the team: a peer sits on a team once") : undefined;

/** The council's satisfaction is recorded once it has had its feedback. */
export function assertCanRecordEvaluation(challenge: Pick<CorporatePeerChallenge, "id" | "status">): void {
  if (!DELIVERED.includes(challenge.status)) {
    throw conflict(
      `Corporate peer challenge ${challenge.id} is ${challenge.status}: the council's satisfaction is recorded once feedback is given`,
      { current: challenge.status },
    );
  }
}

/** Dates follow one another: a later step is never dated before an earlier one. */
export function assertNotBefore(later: string, earlier: string | null, argument: string, what: string): void {
  isoDate(later, argument);
  if (earlier && later < earlier) {
    throw badUserInput(`${argument} (${later}) is before ${what} (${earlier})`, { argument });
  }
}

/** A report link is a web address. */
export function assertReportUrl(url: string): void {
  if (!/^https?:\/\/\S+$/.test(url) || url.length > 300) {
    throw badUserInput("reportUrl must be an http(s) address of at most 300 characters", { argument: "reportUrl" });
  }
}

/** The longest findings, in characters. */
export const FINDINGS_MAX = 20000;

/** Rule: a required text (a name, a focus area, findings, a reason) is given, trimmed, and fits `max` characters. */
export function requiredText(value: string, argument: string, max: number): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max) throw badUserInput(`${argument} must be 1 to ${max} characters`, { argument });
  return trimmed;
}

/** Rule: a peer on the team is either a person already in the graph (personId) or a new one (newPerson), never both or neither. */
export function assertOnePeer(peer: { personId?: string | null; newPerson?: unknown }, argument: string): void {
  if (!!peer.personId === !!peer.newPerson) {
    throw badUserInput(`${argument}: give either personId or newPerson, not both or neither`, { argument });
  }
}

/** Rule: findings are given only for the local focus areas the council chose. */
export function assertFocusAreaChosen(areas: ReadonlyArray<{ position: number }>, position: number, argument: string): void {
  if (!areas.some((area) => area.position === position)) {
    throw badUserInput(`${argument}: the challenge has no local focus area at position ${position}`, { argument });
  }
}

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
  isPublished: (challenge) => challenge.status === Status.REPORT_PUBLISHED,
};
