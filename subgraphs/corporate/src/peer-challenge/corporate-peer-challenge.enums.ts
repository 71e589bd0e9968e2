import { registerEnumType } from "type-graphql";

export enum CorporatePeerChallengeStatus {
  INTEREST_EXPRESSED = "INTEREST_EXPRESSED",
  BOOKED = "BOOKED",
  ON_SITE = "ON_SITE",
  FEEDBACK_GIVEN = "FEEDBACK_GIVEN",
  REPORT_PUBLISHED = "REPORT_PUBLISHED",
  CANCELLED = "CANCELLED",
}

registerEnumType(CorporatePeerChallengeStatus, {
  name: "CorporatePeerChallengeStatus",
  description: "interest expressed → booked → on site → feedback given → report published; cancelled from any state before published.",
  valuesConfig: {
    INTEREST_EXPRESSED: { description: "The council has expressed interest; nothing is booked yet." },
    BOOKED: { description: "Dates for the on-site work are booked and the team is being put together." },
    ON_SITE: { description: "The peer team is on site." },
    FEEDBACK_GIVEN: { description: "The team has given its feedback at the end of the visit; the challenge counts as delivered." },
    REPORT_PUBLISHED: { description: "The feedback report is published (final)." },
    CANCELLED: { description: "Called off before the report was published (final); a no-cost challenge's slot is freed." },
  },
});

export enum CorporatePeerChallengeSatisfaction {
  VERY_SATISFIED = "VERY_SATISFIED",
  SATISFIED = "SATISFIED",
  NEITHER = "NEITHER",
  DISSATISFIED = "DISSATISFIED",
  VERY_DISSATISFIED = "VERY_DISSATISFIED",
}

registerEnumType(CorporatePeerChallengeSatisfaction, {
  name: "CorporatePeerChallengeSatisfaction",
  description: "The council's overall satisfaction with its peer challenge, as its leader or chief executive reported it.",
  valuesConfig: {
    VERY_SATISFIED: { description: "Very satisfied." },
    SATISFIED: { description: "Satisfied." },
    NEITHER: { description: "Neither satisfied nor dissatisfied." },
    DISSATISFIED: { description: "Dissatisfied." },
    VERY_DISSATISFIED: { description: "Very dissatisfied." },
  },
});

export enum CorporatePeerChallengeComponent {
  LEADERSHIP = "LEADERSHIP",
  CORPORATE_CAPACITY = "CORPORATE_CAPACITY",
  FINANCIAL_RESILIENCE = "FINANCIAL_RESILIENCE",
}

registerEnumType(CorporatePeerChallengeComponent, {
  name: "CorporatePeerChallengeComponent",
  description: "The core components every corporate peer challenge covers: their absence is known to be linked to organisational failure.",
  valuesConfig: {
    LEADERSHIP: { description: "Political and managerial leadership: a shared vision and clear priorities." },
    CORPORATE_CAPACITY: { description: "Corporate capacity: the organisation's ability to deliver its priorities." },
    FINANCIAL_RESILIENCE: { description: "Financial resilience: a sound financial plan and the means to carry it out." },
  },
});

export enum PeerRole {
  LEAD_MEMBER_PEER = "LEAD_MEMBER_PEER",
  MEMBER_PEER = "MEMBER_PEER",
  CHIEF_EXECUTIVE_PEER = "CHIEF_EXECUTIVE_PEER",
  OFFICER_PEER = "OFFICER_PEER",
  CHALLENGE_MANAGER = "CHALLENGE_MANAGER",
}

registerEnumType(PeerRole, {
  name: "PeerRole",
  description: "A peer's place on a peer challenge team.",
  valuesConfig: {
    LEAD_MEMBER_PEER: { description: "The councillor who leads the team." },
    MEMBER_PEER: { description: "A councillor from another council." },
    CHIEF_EXECUTIVE_PEER: { description: "A chief executive from another council." },
    OFFICER_PEER: { description: "A senior officer from another council." },
    CHALLENGE_MANAGER: { description: "The LGA officer who manages the challenge." },
  },
});
