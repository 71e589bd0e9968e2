import { badUserInput, conflict, type ConstraintViolation, defineLifecycle, mayMove, moveRefused, readPeople, readRegions } from "@sli/shared";
import type { Council } from "../council/council.entity";
import { CqcRating } from "../council/council.enums";
import { type AdultsPeerChallenge, type AdultsSignOff, type AdultsSignOffEvidence } from "./sign-off.entity";
import { AdultsEvidenceKind, AdultsEvidenceOutcome, AdultsSignOffRequirement, AdultsSignOffStatus } from "./sign-off.enums";

/**
 * The sign-off's state machine. Each status has one move forward, and each
 * move has its conditions; nothing moves back and nothing skips a step.
 *
 *   (not in the programme) --enterAdultsSignOff [rated ADEQUATE]--> GATHERING_EVIDENCE
 *   GATHERING_EVIDENCE --inviteAdultsSignOffToPresent [peer challenge held; the three core
 *       elements and two confirmations recorded, each supporting sign-off]--> INVITED_TO_PRESENT
 *   INVITED_TO_PRESENT --recordAdultsSignOffPresentation--> PRESENTED
 *   PRESENTED --recogniseAdultsSignOff [date, learning to share]--> RECOGNISED
 *
 * The peer challenge and the five pieces of evidence are recorded only while
 * GATHERING_EVIDENCE (re-recording one keeps the earlier as history).
 */
export const SIGN_OFF_ORDER = [
  AdultsSignOffStatus.GATHERING_EVIDENCE,
  AdultsSignOffStatus.INVITED_TO_PRESENT,
  AdultsSignOffStatus.PRESENTED,
  AdultsSignOffStatus.RECOGNISED,
] as const;

export const SIGN_OFF_LIFECYCLE = defineLifecycle(
  "TEASC sign-off",
  "gathering evidence → invited to present → presented → recognised, one step at a time; nothing moves back",
  {
    [AdultsSignOffStatus.GATHERING_EVIDENCE]: [AdultsSignOffStatus.INVITED_TO_PRESENT],
    [AdultsSignOffStatus.INVITED_TO_PRESENT]: [AdultsSignOffStatus.PRESENTED],
    [AdultsSignOffStatus.PRESENTED]: [AdultsSignOffStatus.RECOGNISED],
    [AdultsSignOffStatus.RECOGNISED]: [],
  },
);

/** The five pieces of evidence, in the order the programme lists them. */
export const EVIDENCE_KINDS = [
  AdultsEvidenceKind.PROGRESS_REPORT,
  AdultsEvidenceKind.PEER_CHALLENGE_RESULTS,
  AdultsEvidenceKind.PEER_DIRECTOR_ENDORSEMENT,
  AdultsEvidenceKind.DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK,
  AdultsEvidenceKind.PRINCIPAL_ADVISER_FEEDBACK,
] as const;

const EVIDENCE_LABEL: Record<AdultsEvidenceKind, string> = {
  PROGRESS_REPORT: "the council's progress report against its improvement plan",
  PEER_CHALLENGE_RESULTS: "the results of the peer challenge",
  PEER_DIRECTOR_ENDORSEMENT: "the endorsement of an independent peer director",
  DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK: "feedback from the DH deputy regional director",
  PRINCIPAL_ADVISER_FEEDBACK: "feedback from the LGA principal adviser for the council's region",
};

export interface MissingItem {
  requirement: AdultsSignOffRequirement;
  /** The status this item is needed to reach. */
  neededFor: AdultsSignOffStatus;
  description: string;
}

/** What the rules need to know about one sign-off. */
export interface SignOffSnapshot {
  signOff: AdultsSignOff | null;
  peerChallenge: AdultsPeerChallenge | null;
  /** The current evidence of each kind. */
  evidence: AdultsSignOffEvidence[];
}

const stepIndex = (status: AdultsSignOffStatus) => SIGN_OFF_ORDER.indexOf(status);

/** The status a sign-off moves to next; null once recognised. */
export function nextStatus(status: AdultsSignOffStatus): AdultsSignOffStatus | null {
  return SIGN_OFF_ORDER[stepIndex(status) + 1] ?? null;
}

/** Everything still missing on the way to recognition, each tagged with the status it is needed for. */
export function stillMissing(snapshot: SignOffSnapshot): MissingItem[] {
  const { signOff, peerChallenge, evidence } = snapshot;
  const at = signOff ? stepIndex(signOff.status) : -1;
  const items: MissingItem[] = [];
  const add = (requirement: AdultsSignOffRequirement, neededFor: AdultsSignOffStatus, description: string) =>
    items.push({ requirement, neededFor, description });
  if (!signOff) add(AdultsSignOffRequirement.ENTRY, AdultsSignOffStatus.GATHERING_EVIDENCE, "entry into the sign-off programme");
  if (at < stepIndex(AdultsSignOffStatus.INVITED_TO_PRESENT)) {
    const invited = AdultsSignOffStatus.INVITED_TO_PRESENT;
    if (!peerChallenge) add(AdultsSignOffRequirement.PEER_CHALLENGE, invited, "the subsidised peer challenge");
    for (const kind of EVIDENCE_KINDS) {
      const current = evidence.find((item) => item.kind === kind);
      if (!current) add(AdultsSignOffRequirement[kind], invited, EVIDENCE_LABEL[kind]);
      else if (current.outcome !== AdultsEvidenceOutcome.SUPPORTS_SIGN_OFF) {
        add(
          AdultsSignOffRequirement[kind],
          invited,
          `${EVIDENCE_LABEL[kind]} supporting sign-off (the one given on ${current.givenOn} by ${current.author} does not)`,
        );
      }
    }
  }
  if (at < stepIndex(AdultsSignOffStatus.INVITED_TO_PRESENT)) {
    add(AdultsSignOffRequirement.INVITATION, AdultsSignOffStatus.PRESENTED, "the invitation to present to the TEASC board");
  }
  if (at < stepIndex(AdultsSignOffStatus.PRESENTED)) {
    add(AdultsSignOffRequirement.PRESENTATION, AdultsSignOffStatus.RECOGNISED, "the council's presentation to the board");
  }
  if (at < stepIndex(AdultsSignOffStatus.RECOGNISED)) {
    add(AdultsSignOffRequirement.RECOGNITION, AdultsSignOffStatus.RECOGNISED, "the board's recognition of its progress");
  }
  return items;
}

/**
 * Rule: the sign-off moves one step forward at a time (SIGN_OFF_LIFECYCLE),
 * and only when the step's conditions hold. Anything else is the lifecycle's
 * CONFLICT, listing in `extensions.missing` exactly what is missing on the
 * way to the requested status, the requested step itself aside.
 */
export function assertSignOffMove(councilCode: string, snapshot: SignOffSnapshot, requested: AdultsSignOffStatus): void {
  const current = snapshot.signOff!.status;
  const missing = stillMissing(snapshot).filter(
    (item) => stepIndex(item.neededFor) <= stepIndex(requested) && item.requirement !== AdultsSignOffRequirement.RECOGNITION,
  );
  const details = { missing: missing.map((item) => item.requirement) };
  const subject = `the sign-off of ${councilCode}`;
  if (!mayMove(SIGN_OFF_LIFECYCLE, current, requested)) throw moveRefused(SIGN_OFF_LIFECYCLE, current, requested, { subject, details });
  if (missing.length) {
    throw moveRefused(SIGN_OFF_LIFECYCLE, current, requested, {
      subject,
      reason: `missing ${missing.map((item) => item.description).join("; ")}`,
      details,
    });
  }
}

/** Rule: the peer challenge and the evidence are recorded while the council is gathering evidence, not after. */
export function assertGatheringEvidence(councilCode: string, signOff: AdultsSignOff, what: string): void {
  if (signOff.status !== AdultsSignOffStatus.GATHERING_EVIDENCE) {
    throw conflict(
      `The sign-off of ${councilCode} is ${signOff.status}: ${what} is recorded only while ${AdultsSignOffStatus.GATHERING_EVIDENCE}`,
      { current: signOff.status },
    );
  }
}

/** Rule: only a council rated adequate in 2009-10 enters the sign-off programme. */
export function assertRatedAdequate(council: Council): void {
  if (council.cqcRating2010 !== CqcRating.ADEQUATE) {
    throw conflict(
      `Only councils rated ADEQUATE by the CQC in 2009-10 enter the TEASC sign-off: ${council.code} is ${
        council.cqcRating2010 ? `rated ${council.cqcRating2010}` : "not recorded with a rating (record it first)"
      }`,
      { currentRating: council.cqcRating2010 },
    );
  }
}

/** Rule: the peer challenge, evidence and moves are recorded only for a council in the programme. */
export function assertInProgramme(code: string, inProgramme: boolean): void {
  if (!inProgramme) throw notInProgramme(code);
}

export function notInProgramme(code: string) {
  return conflict(`${code} is not in the TEASC sign-off programme: enter it first (enterAdultsSignOff)`, {
    missing: [AdultsSignOffRequirement.ENTRY],
  });
}

/** The database's refusals of a sign-off write, in the rules' words. */
export function signOffViolation(councilCode: string) {
  return (violation: ConstraintViolation) => {
    const { kind, detail } = violation;
    if (kind === "unique" && /one_per_council|adults_sign_off\.council_code/.test(detail)) {
      return conflict(`${councilCode} is already in the TEASC sign-off programme`);
    }
    if (kind === "unique" && /recognition/.test(detail)) {
      return conflict(`The board has already recognised the progress of ${councilCode}: it is recognised once`);
    }
    if (kind === "unique" && /peer_challenge/.test(detail)) {
      return conflict(`The subsidised peer challenge of ${councilCode} is already recorded: one per council`);
    }
    if (kind === "unique") return conflict(`Another change to the sign-off of ${councilCode} was made at the same time: try again`);
    if (kind === "foreign key") {
      return conflict(`Only councils rated ADEQUATE by the CQC in 2009-10 enter the TEASC sign-off: ${councilCode} is not`);
    }
    return undefined;
  };
}

/** Rule: a date in the sign-off does not precede the step it follows. */
export function assertNotBefore(date: string, earliest: string | null | undefined, argument: string, what: string): void {
  if (earliest && date < earliest) {
    throw badUserInput(`${argument} (${date}) cannot be before ${what} (${earliest})`, { argument });
  }
}

/** Rule: the peer challenge's results follow the peer challenge. */
export function assertPeerChallengeHeld(councilCode: string, peerChallenge: AdultsPeerChallenge | null, givenOn: string): void {
  if (!peerChallenge) {
    throw conflict(`The results of the peer challenge of ${councilCode} need the peer challenge: record it first`, {
      missing: [AdultsSignOffRequirement.PEER_CHALLENGE],
    });
  }
  assertNotBefore(givenOn, peerChallenge.onSiteTo, "givenOn", "the peer challenge's last day on site");
}

/**
 * Rule: the principal adviser's confirmation comes from the LGA principal
 * adviser for the council's region (the reference contacts).
 */
export function assertRegionsPrincipalAdviser(council: Council, author: string): void {
  const region = readRegions().find((item) => item.code === council.regionCode);
  const adviser = readPeople().find((person) => person.id === region?.principalAdviserId);
  if (!adviser || !author.toLowerCase().includes(adviser.name.toLowerCase())) {
    throw badUserInput(
      `The principal adviser's feedback on ${council.code} must come from the LGA principal adviser for ${region?.name ?? council.regionCode}${
        adviser ? ` (${adviser.name})` : ""
      }, not "${author}"`,
      { argument: "author" },
    );
  }
}

/** Rule: the board records at least one point of learning to share when it recognises a council. */
export function assertLearning(learning: string[]): string[] {
  const points = learning.map((item) => item.trim()).filter(Boolean);
  if (!points.length) {
    throw badUserInput("Recognition records the learning identified to share: give at least one point", { argument: "learning" });
  }
  const tooLong = points.findIndex((item) => item.length > 1000);
  if (tooLong >= 0) throw badUserInput(`learning[${tooLong}] must be at most 1000 characters`, { argument: "learning" });
  return points;
}

/** Rule: a council enters the sign-off programme once. */
export function assertNotYetInProgramme(councilCode: string, alreadyIn: boolean): void {
  if (alreadyIn) throw conflict(`${councilCode} is already in the TEASC sign-off programme`);
}

/**
 * Rule: one subsidised peer challenge per council, recorded while gathering
 * evidence, on site no earlier than the council entered the programme and
 * for days that run forwards.
 */
export function assertPeerChallengeRecordable(
  councilCode: string,
  snapshot: SignOffSnapshot,
  dates: { onSiteFrom: string; onSiteTo: string },
): void {
  const signOff = snapshot.signOff!;
  assertGatheringEvidence(councilCode, signOff, "the peer challenge");
  if (snapshot.peerChallenge) throw conflict(`The subsidised peer challenge of ${councilCode} is already recorded: one per council`);
  assertNotBefore(dates.onSiteFrom, signOff.enteredOn, "onSiteFrom", "the council's entry into the programme");
}

/**
 * Rule: evidence is recorded while gathering evidence; the peer challenge's
 * results follow the peer challenge, and the principal adviser's feedback
 * comes from the region's principal adviser.
 */
export function assertEvidenceRecordable(
  council: Council,
  snapshot: SignOffSnapshot,
  evidence: { kind: AdultsEvidenceKind; givenOn: string; author: string },
): void {
  assertGatheringEvidence(council.code, snapshot.signOff!, "evidence");
  if (evidence.kind === AdultsEvidenceKind.PEER_CHALLENGE_RESULTS) assertPeerChallengeHeld(council.code, snapshot.peerChallenge, evidence.givenOn);
  if (evidence.kind === AdultsEvidenceKind.PRINCIPAL_ADVISER_FEEDBACK) assertRegionsPrincipalAdviser(council, evidence.author);
}

/** Rule: the board invites a council no earlier than its latest evidence (or, without any, its entry into the programme). */
export function assertInvitedAfterEvidence(invitedOn: string, snapshot: SignOffSnapshot): void {
  const latest = [snapshot.signOff?.enteredOn ?? "", ...snapshot.evidence.map((item) => item.givenOn)].sort().pop();
  assertNotBefore(invitedOn, latest, "invitedOn", "the latest evidence or the entry into the programme");
}
