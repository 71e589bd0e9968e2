import { registerEnumType } from "type-graphql";

export enum AdultsSignOffStatus {
  GATHERING_EVIDENCE = "GATHERING_EVIDENCE",
  INVITED_TO_PRESENT = "INVITED_TO_PRESENT",
  PRESENTED = "PRESENTED",
  RECOGNISED = "RECOGNISED",
}

registerEnumType(AdultsSignOffStatus, {
  name: "AdultsSignOffStatus",
  description:
    "Gathering the three core elements and two confirmations → invited to present to the board → presented → recognised.",
  valuesConfig: {
    GATHERING_EVIDENCE: { description: "In the programme: peer challenge, three core elements and two confirmations being gathered." },
    INVITED_TO_PRESENT: { description: "All five in and supporting sign-off: invited to present to the TEASC board." },
    PRESENTED: { description: "Has presented its progress to the board." },
    RECOGNISED: { description: "The board has recognised its progress (signed off), with the learning identified to share." },
  },
});

export enum AdultsEvidenceKind {
  PROGRESS_REPORT = "PROGRESS_REPORT",
  PEER_CHALLENGE_RESULTS = "PEER_CHALLENGE_RESULTS",
  PEER_DIRECTOR_ENDORSEMENT = "PEER_DIRECTOR_ENDORSEMENT",
  DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK = "DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK",
  PRINCIPAL_ADVISER_FEEDBACK = "PRINCIPAL_ADVISER_FEEDBACK",
}

registerEnumType(AdultsEvidenceKind, {
  name: "AdultsEvidenceKind",
  description: "The three core elements of sign-off and the two confirmations of them.",
  valuesConfig: {
    PROGRESS_REPORT: { description: "Core element: the council's progress report against its improvement plan." },
    PEER_CHALLENGE_RESULTS: { description: "Core element: the results of its subsidised peer challenge." },
    PEER_DIRECTOR_ENDORSEMENT: { description: "Core element: the endorsement of an independent peer director." },
    DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK: { description: "Confirmation: feedback from the DH deputy regional director." },
    PRINCIPAL_ADVISER_FEEDBACK: { description: "Confirmation: feedback from the LGA principal adviser for the council's region." },
  },
});

export enum AdultsEvidenceOutcome {
  SUPPORTS_SIGN_OFF = "SUPPORTS_SIGN_OFF",
  DOES_NOT_SUPPORT_SIGN_OFF = "DOES_NOT_SUPPORT_SIGN_OFF",
}

registerEnumType(AdultsEvidenceOutcome, {
  name: "AdultsEvidenceOutcome",
  description: "Whether a piece of evidence supports signing off the council's improvement.",
  valuesConfig: {
    SUPPORTS_SIGN_OFF: { description: "It supports sign-off." },
    DOES_NOT_SUPPORT_SIGN_OFF: { description: "It does not support sign-off yet: the council cannot be invited while it stands." },
  },
});

export enum AdultsDatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
}

registerEnumType(AdultsDatePrecision, {
  name: "AdultsDatePrecision",
  description: "How precisely a source dates an event: to the day, or only to the month.",
  valuesConfig: {
    DAY: { description: "The date is the day it happened." },
    MONTH: { description: "The source gives only the month: the date is that month's last day, by which it had happened." },
  },
});

/** What can be missing on the way to recognition. */
export enum AdultsSignOffRequirement {
  ENTRY = "ENTRY",
  PEER_CHALLENGE = "PEER_CHALLENGE",
  PROGRESS_REPORT = "PROGRESS_REPORT",
  PEER_CHALLENGE_RESULTS = "PEER_CHALLENGE_RESULTS",
  PEER_DIRECTOR_ENDORSEMENT = "PEER_DIRECTOR_ENDORSEMENT",
  DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK = "DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK",
  PRINCIPAL_ADVISER_FEEDBACK = "PRINCIPAL_ADVISER_FEEDBACK",
  INVITATION = "INVITATION",
  PRESENTATION = "PRESENTATION",
  RECOGNITION = "RECOGNITION",
}

registerEnumType(AdultsSignOffRequirement, {
  name: "AdultsSignOffRequirement",
  description: "A step or piece of evidence still missing on the way to the board's recognition.",
  valuesConfig: {
    ENTRY: { description: "Entry into the programme (enterAdultsSignOff)." },
    PEER_CHALLENGE: { description: "The subsidised peer challenge (recordAdultsPeerChallenge)." },
    PROGRESS_REPORT: { description: "Core element: the progress report against the improvement plan, supporting sign-off." },
    PEER_CHALLENGE_RESULTS: { description: "Core element: the peer challenge's results, supporting sign-off." },
    PEER_DIRECTOR_ENDORSEMENT: { description: "Core element: an independent peer director's endorsement, supporting sign-off." },
    DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK: { description: "Confirmation: the DH deputy regional director's feedback, supporting sign-off." },
    PRINCIPAL_ADVISER_FEEDBACK: { description: "Confirmation: the region's LGA principal adviser's feedback, supporting sign-off." },
    INVITATION: { description: "The invitation to present to the TEASC board (inviteAdultsSignOffToPresent)." },
    PRESENTATION: { description: "The council's presentation to the board (recordAdultsSignOffPresentation)." },
    RECOGNITION: { description: "The board's recognition of its progress (recogniseAdultsSignOff)." },
  },
});
