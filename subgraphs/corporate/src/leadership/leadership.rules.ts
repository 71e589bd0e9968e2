import { badUserInput, conflict, type ConstraintViolation, councilAndAdviserRule, individualRule, publishedFigure, publishedNumber } from "@sli/shared";
import type { LeadershipPlace, MemberPeerSupport } from "./leadership.entity";

/** The longest name or role of a participant, and of a political control, in characters. */
export const NAME_MAX = 120;
/** The longest note on a visit, in characters. */
export const NOTE_MAX = 500;

/**
 * The financial years of the LGA's 2012 offer of one subsidised place per
 * council per year ("for each of the next three years"). 2011/12 came before
 * it: the 198 councils that took places that year did so under the previous
 * year's offer, whose terms this graph does not hold, so 2011/12 places are
 * recorded with subsidised = false (not subsidised under this offer).
 */
export const SUBSIDY_YEARS = ["2012/13", "2013/14", "2014/15"] as const;

const takenUp = publishedFigure("leadership_offer_councils_last_financial_year");

/** Published: "This offer was taken up by 198 councils in the last financial year" (2011/12), from the toolkit's published figures. */
export const PUBLISHED_PLACES = { financialYear: takenUp.asAt, councils: publishedNumber(takenUp.key) } as const;

/** At most five no-cost days of member peer support per change of political control. */
export const MEMBER_PEER_SUPPORT_DAYS = 5;

/** The subsidy runs for 2012/13 to 2014/15 only (backed by the CHECK `leadership_subsidy_years`). */
export function assertSubsidyYear(financialYear: string): void {
  if (!(SUBSIDY_YEARS as readonly string[]).includes(financialYear)) {
    throw badUserInput(
      `A subsidised leadership place can only be for ${SUBSIDY_YEARS.join(", ")} (the three years of the LGA's offer); ` +
        `record a place in ${financialYear} as not subsidised`,
      { argument: "subsidised" },
    );
  }
}

const oneSubsidisedMessage = (councilCode: string, financialYear: string) =>
  `Council ${councilCode} already has its subsidised leadership place for ${financialYear}: ` +
  `the offer is one subsidised place per council per financial year`;

/** One subsidised place per council per financial year. */
export function assertOneSubsidisedPlace(councilCode: string, financialYear: string, existing: { id: number } | null): void {
  if (existing) throw conflict(oneSubsidisedMessage(councilCode, financialYear), { existing: String(existing.id) });
}

/** The unique index `leadership_one_subsidised_place` refused a concurrent second subsidised place. */
export const oneSubsidisedPlaceViolation = (councilCode: string, financialYear: string) => (violation: ConstraintViolation) =>
  violation.kind === "unique" ? conflict(oneSubsidisedMessage(councilCode, financialYear)) : undefined;

/** One member peer support case per change of political control. */
export const oneSupportPerChangeViolation = (councilCode: string, changeOfControlOn: string) => (violation: ConstraintViolation) =>
  violation.kind === "unique"
    ? conflict(`Council ${councilCode} already has member peer support for its change of political control on ${changeOfControlOn}`)
    : undefined;

const fiveDaysMessage = (support: Pick<MemberPeerSupport, "id" | "daysUsed">, days: number) =>
  `Member peer support ${support.id} has used ${support.daysUsed} of its ${MEMBER_PEER_SUPPORT_DAYS} no-cost days: ` +
  `${days} more would pass ${MEMBER_PEER_SUPPORT_DAYS} (up to five days per change of political control)`;

/** Days used can never pass five per change of control. */
export function assertWithinFiveDays(support: Pick<MemberPeerSupport, "id" | "daysUsed">, days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > MEMBER_PEER_SUPPORT_DAYS) {
    throw badUserInput(`days must be a whole number from 1 to ${MEMBER_PEER_SUPPORT_DAYS}`, { argument: "days" });
  }
  if (support.daysUsed + days > MEMBER_PEER_SUPPORT_DAYS) {
    throw conflict(fiveDaysMessage(support, days), { daysUsed: support.daysUsed, requested: days });
  }
}

/** The CHECK `mps_at_most_five_days` refused a concurrent recording that would pass five. */
export const fiveDaysViolation = (supportId: number, days: number) => (violation: ConstraintViolation) =>
  violation.kind === "check"
    ? conflict(
        `Member peer support ${supportId}: ${days} more day(s) would pass ${MEMBER_PEER_SUPPORT_DAYS} ` +
          `(up to five days per change of political control; another recording used them first)`,
      )
    : undefined;

/** Rule: an optional text is trimmed, blank is none, and it fits its column (`max` characters). */
export function optionalText(value: string | undefined | null, argument: string, max: number): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed.length > max) throw badUserInput(`${argument} must be at most ${max} characters`, { argument });
  return trimmed || null;
}

/** Rule: a leadership place names who takes it. */
export function participantNamed(value: string): string {
  const name = optionalText(value, "participantName", NAME_MAX);
  if (!name) throw badUserInput("A leadership place names who takes it: participantName must not be empty", { argument: "participantName" });
  return name;
}

/** Rule (PERSONAL): who takes a leadership place is for their council, the LGA and corporate writers. */
export const PARTICIPANT_READERS = individualRule<Pick<LeadershipPlace, "councilCode">>("corporate", (place) => place.councilCode);

/** Rule: what member peer support covered for a council after a change of control is in confidence, as the council's other work with the LGA. */
export const MEMBER_PEER_SUPPORT_READERS = councilAndAdviserRule<Pick<MemberPeerSupport, "councilCode">>("corporate", (support) => support.councilCode);
