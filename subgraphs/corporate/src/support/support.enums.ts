import { registerEnumType } from "type-graphql";

export enum SupportStatus {
  REQUESTED = "REQUESTED",
  OFFERED = "OFFERED",
  AGREED = "AGREED",
  IN_PROGRESS = "IN_PROGRESS",
  COMPLETED = "COMPLETED",
  DECLINED = "DECLINED",
}
registerEnumType(SupportStatus, {
  name: "SupportStatus",
  description: "requested (by the council) or offered (by a board) → agreed → in progress → completed; or declined, with a reason.",
  valuesConfig: {
    REQUESTED: { description: "The council asked for it (requestSupport): a board has yet to agree or decline." },
    OFFERED: { description: "A board offered it (offerSupport): the council has yet to agree or decline." },
    AGREED: { description: "Agreed between the council and the board (agreeSupport)." },
    IN_PROGRESS: { description: "Under way (startSupport): support in place." },
    COMPLETED: { description: "Done (completeSupport); final." },
    DECLINED: { description: "Declined before it was agreed, with the reason (declineSupport); final." },
  },
});

export enum SupportKind {
  CORPORATE_PEER_CHALLENGE = "CORPORATE_PEER_CHALLENGE",
  MEMBER_PEER_SUPPORT = "MEMBER_PEER_SUPPORT",
  MENTORING = "MENTORING",
  SAFEGUARDING_REVIEW = "SAFEGUARDING_REVIEW",
  ADULTS_SIGN_OFF_SUPPORT = "ADULTS_SIGN_OFF_SUPPORT",
  IMPROVEMENT_BOARD = "IMPROVEMENT_BOARD",
  OTHER = "OTHER",
}
registerEnumType(SupportKind, {
  name: "SupportKind",
  description: "What kind of support the sector offers a council.",
  valuesConfig: {
    CORPORATE_PEER_CHALLENGE: { description: "A corporate peer challenge (the LGA)." },
    MEMBER_PEER_SUPPORT: { description: "Member peer support, e.g. after a change of political control (the LGA)." },
    MENTORING: { description: "Mentoring of a leader, lead member, chief executive or director." },
    SAFEGUARDING_REVIEW: { description: "A safeguarding peer review of children's services (the CIB)." },
    ADULTS_SIGN_OFF_SUPPORT: { description: "Support through the TEASC sign-off of a council rated adequate (TEASC)." },
    IMPROVEMENT_BOARD: { description: "A formal improvement board with bespoke Terms of Engagement." },
    OTHER: { description: "Anything else (the need says what)." },
  },
});
