import { addDays, EarlyWarningSignalKind as Kind, type EarlyWarningSignal, evidenceOf, PartnerBoard } from "@sli/shared";
import { CqcRating } from "../council/council.enums";
import type { LocalAccount } from "../local-account/local-account.entity";
import { LocalAccountStatus } from "../local-account/local-account.enums";
import type { AdultsSignOff } from "../sign-off/sign-off.entity";
import { AdultsSignOffStatus } from "../sign-off/sign-off.enums";

/**
 * A sign-off step the board expects to move within half a year: the offer
 * asks the seven to reach recognition within the programme's year, in
 * three steps after entering.
 */
export const SIGN_OFF_STALLED_AFTER_DAYS = 180;

/** The CQC ratings that call for the TEASC sign-off: adequate or below. */
const RATINGS_NEEDING_SIGN_OFF = new Set<string>([CqcRating.ADEQUATE, CqcRating.POOR]);

/** A local account counts as published once it has been, whether or not a correction later superseded it. */
const PUBLISHED = new Set<string>([LocalAccountStatus.PUBLISHED, LocalAccountStatus.SUPERSEDED]);

/** TEASC's records of one council that its early-warning signals are computed from. */
export interface AdultsWarningRecords {
  council: { code: string; upperTier: boolean; cqcRating2010: CqcRating | null };
  signOff: Pick<AdultsSignOff, "id" | "status" | "enteredOn" | "invitedOn" | "presentedOn"> | null;
  accounts: readonly Pick<LocalAccount, "id" | "year" | "status">[];
  /** The current round: the latest year any council has published a local account for (null before any). */
  currentYear: number | null;
  /** The date the signals are assessed on (ISO). */
  today: string;
}

/** The sign-off's latest step and its date. */
function lastStep(signOff: NonNullable<AdultsWarningRecords["signOff"]>): { step: string; on: string | null } {
  if (signOff.presentedOn) return { step: "presented to the board", on: signOff.presentedOn };
  if (signOff.invitedOn) return { step: "invited to present", on: signOff.invitedOn };
  return { step: "gathering the evidence", on: signOff.enteredOn };
}

/**
 * Rule: TEASC's early-warning signals about a council, from its own records —
 * rated adequate or below by the CQC (2009-10) and not in the sign-off; no
 * published local account for the current year; a sign-off that has not
 * moved on from its step for more than SIGN_OFF_STALLED_AFTER_DAYS. None for a
 * shire district (no adult social care).
 */
export function adultsWarningSignals(records: AdultsWarningRecords): EarlyWarningSignal[] {
  const { council, signOff, today } = records;
  if (!council.upperTier) return [];
  const signals: EarlyWarningSignal[] = [];
  const signal = (fields: Omit<EarlyWarningSignal, "council" | "board">) => signals.push({ council: council.code, board: PartnerBoard.ADULTS, ...fields });

  if (council.cqcRating2010 && RATINGS_NEEDING_SIGN_OFF.has(council.cqcRating2010) && !signOff) {
    signal({
      kind: Kind.CQC_RATING_OUTSIDE_SIGN_OFF,
      summary: `The CQC rated the council's adult social care ${council.cqcRating2010.toLowerCase()} in 2009-10, and it is not in the TEASC sign-off that councils so rated go through.`,
      evidence: evidenceOf({ "CQC rating 2009-10": council.cqcRating2010, "in the sign-off": false }),
      since: null,
      recordType: "Council",
      recordId: council.code,
    });
  }

  if (records.currentYear !== null) {
    const ofYear = records.accounts.filter((account) => account.year === records.currentYear);
    if (!ofYear.some((account) => PUBLISHED.has(account.status))) {
      const draft = ofYear.find((account) => account.status === LocalAccountStatus.DRAFT) ?? null;
      signal({
        kind: Kind.NO_PUBLISHED_LOCAL_ACCOUNT,
        summary: `The council has not published a local account of its adult social care for ${records.currentYear}${draft ? " (one is in draft)" : ""}, the latest year councils have published for.`,
        evidence: evidenceOf({ year: records.currentYear, "draft for the year": Boolean(draft), "local accounts published": records.accounts.filter((a) => PUBLISHED.has(a.status)).length }),
        since: null,
        recordType: "LocalAccount",
        recordId: draft ? String(draft.id) : null,
      });
    }
  }

  if (signOff && signOff.status !== AdultsSignOffStatus.RECOGNISED) {
    const { step, on } = lastStep(signOff);
    if (on && addDays(on, SIGN_OFF_STALLED_AFTER_DAYS) < today) {
      signal({
        kind: Kind.SIGN_OFF_STALLED,
        summary: `The council's TEASC sign-off has stood at "${step}" since ${on}, more than ${SIGN_OFF_STALLED_AFTER_DAYS} days without moving on.`,
        evidence: evidenceOf({ status: signOff.status, "step reached on": on, "days allowed per step": SIGN_OFF_STALLED_AFTER_DAYS }),
        since: on,
        recordType: "AdultsSignOff",
        recordId: String(signOff.id),
      });
    }
  }
  return signals;
}
