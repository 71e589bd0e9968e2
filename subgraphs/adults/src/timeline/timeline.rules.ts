import { PartnerBoard, timelineEvent, type TimelineEvent, TimelineEventKind as Kind } from "@sli/shared";
import type { LocalAccount } from "../local-account/local-account.entity";
import type { AdultsSignOff } from "../sign-off/sign-off.entity";
import { AdultsEvidenceKind } from "../sign-off/sign-off.enums";

/**
 * TEASC's dated events on a council's timeline, from its own records: local
 * accounts published and the steps of the sign-off. Only public states and
 * dates go into a summary (no draft account, no unpublished evidence text).
 */
const event = (kind: Kind, record: { type: string; id: number }, on: string, summary: string): TimelineEvent =>
  timelineEvent(PartnerBoard.ADULTS, kind, record, on, summary);

/** A published account (drafts have no date and are not public); a correction says so. */
export function localAccountEvents(account: Pick<LocalAccount, "id" | "year" | "publishedOn" | "supersedesId">): TimelineEvent[] {
  if (!account.publishedOn) return [];
  const what = account.supersedesId ? `a corrected local account for ${account.year}` : `its local account for ${account.year}`;
  return [event(Kind.LOCAL_ACCOUNT_PUBLISHED, { type: "LocalAccount", id: account.id }, account.publishedOn, `The council published ${what}.`)];
}

export function signOffEvents(signOff: Pick<AdultsSignOff, "id" | "enteredOn" | "invitedOn" | "presentedOn">): TimelineEvent[] {
  const record = { type: "AdultsSignOff", id: signOff.id };
  const events: TimelineEvent[] = [];
  if (signOff.enteredOn) events.push(event(Kind.ADULTS_SIGN_OFF_ENTERED, record, signOff.enteredOn, "The council entered the TEASC sign-off of councils rated adequate."));
  if (signOff.invitedOn) events.push(event(Kind.ADULTS_SIGN_OFF_INVITED_TO_PRESENT, record, signOff.invitedOn, "The council was invited to present its progress to the TEASC board."));
  if (signOff.presentedOn) events.push(event(Kind.ADULTS_SIGN_OFF_PRESENTED, record, signOff.presentedOn, "The council presented its progress to the TEASC board."));
  return events;
}

export interface SignOffStep {
  id: number;
  councilCode: string;
  on: string;
}

export const signOffPeerChallengeEvents = (row: SignOffStep): TimelineEvent[] => [
  event(Kind.ADULTS_SIGN_OFF_PEER_CHALLENGE, { type: "AdultsPeerChallenge", id: row.id }, row.on, "The sign-off's subsidised peer challenge of adult social care began on site."),
];

const EVIDENCE_IN_WORDS: Record<AdultsEvidenceKind, string> = {
  [AdultsEvidenceKind.PROGRESS_REPORT]: "The council's progress report against its improvement plan was given",
  [AdultsEvidenceKind.PEER_CHALLENGE_RESULTS]: "The results of the peer challenge were given",
  [AdultsEvidenceKind.PEER_DIRECTOR_ENDORSEMENT]: "An independent peer director gave an endorsement",
  [AdultsEvidenceKind.DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK]: "The DH deputy regional director gave feedback",
  [AdultsEvidenceKind.PRINCIPAL_ADVISER_FEEDBACK]: "The LGA principal adviser gave feedback",
};

export const signOffEvidenceEvents = (row: SignOffStep & { kind: AdultsEvidenceKind }): TimelineEvent[] => [
  event(Kind.ADULTS_SIGN_OFF_EVIDENCE_GIVEN, { type: "AdultsSignOffEvidence", id: row.id }, row.on, `${EVIDENCE_IN_WORDS[row.kind] ?? "Evidence was given"} for the sign-off.`),
];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Dated by the day it is known by; where the source gives only the month, the summary says so. */
export function recognitionEvents(row: SignOffStep & { recognisedOn: string }): TimelineEvent[] {
  const month = /^(\d{4})-(\d{2})$/.exec(row.recognisedOn);
  const when = month ? ` in ${MONTHS[Number(month[2]) - 1]} ${month[1]} (the source gives only the month)` : "";
  return [event(Kind.ADULTS_SIGN_OFF_RECOGNISED, { type: "AdultsRecognition", id: row.id }, row.on, `The TEASC board recognised the council's progress in adult social care${when}.`)];
}
