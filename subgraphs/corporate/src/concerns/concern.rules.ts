import {
  badUserInput,
  conflict,
  defineLifecycle,
  forbidden,
  isoDate,
  moveRefused,
  notFound,
  type ReadRule,
  unauthenticated,
  type Viewer,
  viewerHolds,
} from "@sli/shared";
import type { Council } from "../council/council.entity";
import type { Concern, ConcernContact } from "./concern.entity";
import {
  ConcernRaiserKind,
  ConcernSeverity,
  ConcernStatus,
  ContactLevel,
  SupportEngagementStatus,
} from "./concern.enums";

/** A partner system's scopes for the underperformance intelligence. */
export const INTELLIGENCE_READ = "intelligence:read";
export const INTELLIGENCE_WRITE = "intelligence:write";

type CouncilPlace = Pick<Council, "code" | "regionCode">;

/** Rule: the LGA central team and partner systems with intelligence:read read concerns about every council (partners: once the council is aware). */
export const readsConcernsEverywhere = (viewer: Viewer): boolean =>
  viewer.authenticated && (viewer.roles.includes("LGA_OFFICER") || viewer.scopes.includes(INTELLIGENCE_READ));

/** Rule: the LGA central team reads every concern, before the council is aware of it too (a partner waits until it is). */
export const readsConcernsBeforeAwareness = (viewer: Viewer): boolean => viewer.authenticated && viewer.roles.includes("LGA_OFFICER");

/** Rule: a principal adviser reads the concerns about the councils of their own regions. */
export const regionsWhoseConcernsRead = (viewer: Viewer): string[] =>
  viewer.authenticated && viewer.roles.includes("PRINCIPAL_ADVISER") ? [...viewer.regions] : [];

/** Rule: a council's own officers read the concerns about it (COUNCIL_OFFICER holding its code). */
export const councilWhoseConcernsRead = (viewer: Viewer): string | null =>
  viewer.authenticated && viewer.roles.includes("COUNCIL_OFFICER") && viewer.council ? viewer.council : null;

/**
 * Contract (confidential fields): who may read a council's concerns — the
 * LGA central team (LGA_OFFICER), the principal adviser whose regions include
 * the council's region, officers of that council (COUNCIL_OFFICER holding its
 * code) and partner systems with the scope intelligence:read. Nobody else.
 */
export function mayReadConcerns(viewer: Viewer, council: CouncilPlace): boolean {
  return (
    readsConcernsEverywhere(viewer) ||
    regionsWhoseConcernsRead(viewer).includes(council.regionCode) ||
    councilWhoseConcernsRead(viewer) === council.code
  );
}

/** The class of Council.concerns and of everything hanging off a concern (RESTRICTED), as `mayReadConcerns` decides. */
export const CONCERN_READERS: ReadRule<CouncilPlace> = {
  name: "corporate.concerns",
  readers:
    "the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware)",
  reads: ["code", "regionCode"],
  allows: mayReadConcerns,
};

/** Whether the viewer reads a council's concerns as the LGA or the council itself, rather than as a partner. */
function readsAsLgaOrCouncil(viewer: Viewer, council: CouncilPlace): boolean {
  return (
    readsConcernsBeforeAwareness(viewer) ||
    regionsWhoseConcernsRead(viewer).includes(council.regionCode) ||
    councilWhoseConcernsRead(viewer) === council.code
  );
}

/**
 * Rule: the council is aware before any partner sees a concern. A partner
 * system reading with intelligence:read sees only the concerns whose council
 * has been made aware; the LGA and the council itself see them all.
 */
export function mayPartnerSee(viewer: Viewer, council: CouncilPlace, concern: Pick<Concern, "councilAwareOn">): boolean {
  return readsAsLgaOrCouncil(viewer, council) || concern.councilAwareOn !== null;
}

/** The guard on Council.concerns and everything hanging off a concern: UNAUTHENTICATED without a token, FORBIDDEN otherwise. */
export function assertMayReadConcerns(viewer: Viewer, council: CouncilPlace): void {
  if (!viewer.authenticated) throw unauthenticated("Concerns are confidential: send a token");
  // Names no council: a refusal must not say which councils have concerns.
  if (!mayReadConcerns(viewer, council)) throw forbidden(`Concerns are confidential: readable only by ${CONCERN_READERS.readers}`);
}

/** Rule: the LGA central team and partner systems with intelligence:write raise concerns about any council. */
export const raisesConcernsEverywhere = (viewer: Viewer): boolean =>
  viewer.authenticated && (viewer.roles.includes("LGA_OFFICER") || viewer.scopes.includes(INTELLIGENCE_WRITE));

/** Rule: a principal adviser raises concerns (and records contacts) about the councils of their own regions. */
export const regionsWhereConcernsRaised = (viewer: Viewer): string[] =>
  viewer.authenticated && viewer.roles.includes("PRINCIPAL_ADVISER") ? [...viewer.regions] : [];

/**
 * Rule: only the principal adviser whose regions include the council's region,
 * the LGA central team (LGA_OFFICER), or a partner system with the scope
 * intelligence:write may raise a concern about a council, or add to one.
 */
export function mayRaiseConcern(viewer: Viewer, council: CouncilPlace): boolean {
  return raisesConcernsEverywhere(viewer) || regionsWhereConcernsRaised(viewer).includes(council.regionCode);
}

export function assertMayRaiseConcern(viewer: Viewer, council: CouncilPlace): void {
  if (!viewer.authenticated) throw unauthenticated("Raising a concern needs a token");
  if (!mayRaiseConcern(viewer, council)) {
    throw forbidden(
      `Only the principal adviser for ${council.code}'s region, the LGA central team or a partner system with ${INTELLIGENCE_WRITE} may raise or change a concern about it`,
    );
  }
}

/**
 * Who raised it: a principal adviser or the central team, from the token; a
 * partner system says which and names them.
 */
export function raiserOf(
  viewer: Viewer,
  stated: { kind?: ConcernRaiserKind | null; name?: string | null },
): { kind: ConcernRaiserKind; name: string; subject: string | null } {
  const subject = viewer.subject ?? null;
  if (viewer.roles.includes("PRINCIPAL_ADVISER")) return { kind: ConcernRaiserKind.PRINCIPAL_ADVISER, name: viewer.name ?? subject ?? "Principal adviser", subject };
  if (viewer.roles.includes("LGA_OFFICER")) return { kind: ConcernRaiserKind.CENTRAL_TEAM, name: viewer.name ?? subject ?? "LGA central team", subject };
  if (!stated.kind || !stated.name?.trim()) {
    throw badUserInput("A partner system raising a concern says who raised it: raisedBy (principal adviser or central team) and raisedByName", {
      argument: "input.raisedBy",
    });
  }
  return { kind: stated.kind, name: stated.name.trim(), subject };
}

/** Rule: no evidence, no concern — at least one item, each saying what it is and where it comes from. */
export function assertEvidence(evidence: ReadonlyArray<{ description: string; source: string }>): void {
  if (evidence.length === 0) throw badUserInput("No evidence, no concern: give at least one item of evidence", { argument: "evidence" });
  for (const item of evidence) {
    if (!item.description.trim() || !item.source.trim()) {
      throw badUserInput("Each item of evidence says what it is and where it comes from", { argument: "evidence" });
    }
  }
}

/** Rule: a concern names at least one source of its intelligence, each once. */
export function assertSources(sources: readonly string[]): void {
  if (sources.length === 0) throw badUserInput("Name at least one source of the intelligence", { argument: "input.sources" });
  if (new Set(sources).size !== sources.length) throw badUserInput("Name each source once", { argument: "input.sources" });
}

/** A contact at leader or chief executive level. */
export const isLeadershipContact = (contact: Pick<ConcernContact, "level">) =>
  contact.level === ContactLevel.LEADER || contact.level === ContactLevel.CHIEF_EXECUTIVE;

/**
 * Surfaced, not hidden: a serious concern still waiting for the contact at
 * leader or chief executive level that the approach calls for "at the
 * earliest opportunity" (Concern.awaitingLeadershipContact).
 */
export function awaitingLeadershipContact(concern: Pick<Concern, "severity" | "status">, contacts: ReadonlyArray<Pick<ConcernContact, "level">>): boolean {
  return (
    concern.severity === ConcernSeverity.SERIOUS &&
    (concern.status === ConcernStatus.OPEN || concern.status === ConcernStatus.SHARED) &&
    !contacts.some(isLeadershipContact)
  );
}

export const CONCERN_LIFECYCLE = defineLifecycle(
  "concern",
  "open → shared → resolved, open → resolved, or withdrawn from open or shared; resolved and withdrawn are final",
  {
    [ConcernStatus.OPEN]: [ConcernStatus.SHARED, ConcernStatus.RESOLVED, ConcernStatus.WITHDRAWN],
    [ConcernStatus.SHARED]: [ConcernStatus.RESOLVED, ConcernStatus.WITHDRAWN],
    [ConcernStatus.RESOLVED]: [],
    [ConcernStatus.WITHDRAWN]: [],
  },
);

export const notAwareYet = "a concern is shared only once the council is aware: record the date it was made aware first";

/**
 * Rules for sharing: the council must have been made aware first (a CHECK
 * backs it), and a serious concern must have had a contact at leader or chief
 * executive level.
 */
export function assertShareable(
  concern: Pick<Concern, "id" | "status" | "councilAwareOn" | "severity">,
  contacts: ReadonlyArray<Pick<ConcernContact, "level">>,
): void {
  const refuse = (reason: string) =>
    moveRefused(CONCERN_LIFECYCLE, concern.status, ConcernStatus.SHARED, { subject: `concern ${concern.id}`, reason });
  if (!concern.councilAwareOn) throw refuse(notAwareYet);
  if (concern.severity === ConcernSeverity.SERIOUS && !contacts.some(isLeadershipContact)) {
    throw refuse("a serious concern is shared only after contact at leader or chief executive level: record that contact first");
  }
}

/** Rule: a concern that is resolved or withdrawn is closed to new evidence, contacts and engagements. */
export function assertConcernLive(concern: Pick<Concern, "status">): void {
  if (concern.status === ConcernStatus.RESOLVED || concern.status === ConcernStatus.WITHDRAWN) {
    throw conflict(`The concern is ${concern.status}: it takes no more changes`, { current: concern.status });
  }
}

/** Rule: a support engagement (an improvement board) is for a significant or serious concern that is still live. */
export function assertEngagementWarranted(concern: Pick<Concern, "severity" | "status">): void {
  assertConcernLive(concern);
  if (concern.severity === ConcernSeverity.EMERGING) {
    throw conflict("An improvement board is for a significant or serious concern, not an emerging one", { current: concern.severity });
  }
}

/** Rule: Terms of Engagement name at least one partner, a scope, and a review date after the start (a CHECK backs the dates). */
export function assertEngagementTerms(terms: { partners: readonly string[]; scope: string; startsOn: string; reviewOn: string }): void {
  if (terms.partners.length === 0 || terms.partners.some((partner) => !partner.trim() || partner.includes("\n"))) {
    throw badUserInput("The Terms of Engagement name at least one partner, each on one line", { argument: "input.partners" });
  }
  if (!terms.scope.trim()) throw badUserInput("The Terms of Engagement set out a scope", { argument: "input.scope" });
  for (const [value, argument] of [[terms.startsOn, "input.startsOn"], [terms.reviewOn, "input.reviewOn"]] as const) {
    isoDate(value, argument);
  }
  if (terms.reviewOn <= terms.startsOn) throw badUserInput("The review date comes after the start date", { argument: "input.reviewOn" });
}

export const ENGAGEMENT_LIFECYCLE = defineLifecycle(
  "support engagement",
  "proposed → agreed → concluded, or proposed → concluded; concluded is final",
  {
    [SupportEngagementStatus.PROPOSED]: [SupportEngagementStatus.AGREED, SupportEngagementStatus.CONCLUDED],
    [SupportEngagementStatus.AGREED]: [SupportEngagementStatus.CONCLUDED],
    [SupportEngagementStatus.CONCLUDED]: [],
  },
);

/** The class of Query.concernCounts (RESTRICTED): `@Authorized(...COUNT_READERS)` and `regionsCountable` apply it. */
export const CONCERN_COUNT_READERS: ReadRule<unknown> = {
  name: "corporate.concern-counts",
  readers: "board members, the LGA central team, principal advisers (their own regions) and partner systems with intelligence:read",
  reads: [],
  allows: (viewer) => mayReadConcernCounts(viewer),
};

/** Who may see concerns counted (never their content): boards' members, the central team, principal advisers, intelligence partners. */
export const COUNT_READERS = ["BOARD_MEMBER", "LGA_OFFICER", "PRINCIPAL_ADVISER", INTELLIGENCE_READ] as const;

/** Rule: concerns are counted for those in COUNT_READERS (never their content). */
export const mayReadConcernCounts = (viewer: Viewer): boolean => viewer.authenticated && viewerHolds(viewer, COUNT_READERS);

/** A principal adviser sees counts for their own regions only; the others listed in COUNT_READERS see every region. */
export function regionsCountable(viewer: Viewer, regionCode: string): boolean {
  if (viewer.roles.includes("BOARD_MEMBER") || viewer.roles.includes("LGA_OFFICER") || viewer.scopes.includes(INTELLIGENCE_READ)) return true;
  return viewer.roles.includes("PRINCIPAL_ADVISER") && viewer.regions.includes(regionCode);
}

/** Rule: a concern is specific — it says what the concern is in a summary. */
export function assertSummary(summary: string): void {
  if (!summary.trim()) throw badUserInput("A concern is specific: give a summary", { argument: "input.summary" });
}

/**
 * Rule: a concern the caller may not read is one that does not exist — the
 * same NOT_FOUND in the same words, so ids cannot be probed. Without a token
 * the refusal is UNAUTHENTICATED, before anything is said about the id.
 */
export function assertConcernVisible(viewer: Viewer, id: string, found: { concern: Concern; council: CouncilPlace } | null): void {
  if (!viewer.authenticated) assertMayReadConcerns(viewer, { code: "", regionCode: "" });
  if (!found || !mayReadConcerns(viewer, found.council) || !mayPartnerSee(viewer, found.council, found.concern)) {
    throw notFound(`No concern has the id ${id}`, { argument: "id" });
  }
}

/** Rule: the date the council was made aware is recorded once; a second one is refused, naming the first. */
export const awarenessAlreadyRecorded = (awareOn: string | null) =>
  conflict(`The council was already recorded as aware on ${awareOn}: the date is recorded once`);

/** Rule: there is one support engagement (improvement board) per concern. */
export const engagementAlreadyRecorded = (concernId: number) =>
  conflict(`Concern ${concernId} already has a support engagement: there is one per concern`);

/** Rule: a support engagement moves only once it is recorded (recordSupportEngagement). */
export const noEngagementYet = (concernId: number) =>
  notFound(`Concern ${concernId} has no support engagement: record one first (recordSupportEngagement)`, { argument: "input.concern" });

/** Rule: the awareness date is recorded once (`recorded`: whether this write set it). */
export function assertAwarenessRecordedOnce(recorded: boolean, current: Pick<Concern, "councilAwareOn">): void {
  if (!recorded) throw awarenessAlreadyRecorded(current.councilAwareOn);
}

/** Rule: one support engagement per concern. */
export function assertNoEngagementYet(concernId: number, existing: unknown): void {
  if (existing) throw engagementAlreadyRecorded(concernId);
}

/** Rule: a support engagement moves only once recorded. */
export function assertEngagementRecorded<T>(concernId: number, engagement: T | null): asserts engagement is T {
  if (!engagement) throw noEngagementYet(concernId);
}
