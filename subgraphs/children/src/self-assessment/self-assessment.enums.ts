import { registerEnumType } from "type-graphql";

export enum ChildrensSelfAssessmentStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  CHALLENGED = "CHALLENGED",
}

registerEnumType(ChildrensSelfAssessmentStatus, {
  name: "ChildrensSelfAssessmentStatus",
  description: "draft → submitted (opened to external challenge) → challenged (the peers' challenge is recorded).",
  valuesConfig: {
    DRAFT: { description: "Being written by the council." },
    SUBMITTED: { description: "Complete and opened to external challenge by peers." },
    CHALLENGED: { description: "Challenged by peers from other councils; the outcome is recorded." },
  },
});

export enum SelfAssessmentChallengeOutcome {
  CONFIRMED = "CONFIRMED",
  CONFIRMED_WITH_ADDITIONS = "CONFIRMED_WITH_ADDITIONS",
  NOT_CONFIRMED = "NOT_CONFIRMED",
}

registerEnumType(SelfAssessmentChallengeOutcome, {
  name: "SelfAssessmentChallengeOutcome",
  description: "What the peers concluded about the self-assessment.",
  valuesConfig: {
    CONFIRMED: { description: "The peers confirmed the council's own assessment." },
    CONFIRMED_WITH_ADDITIONS: { description: "Confirmed, with areas for improvement the council had not named." },
    NOT_CONFIRMED: { description: "The peers did not confirm the assessment; it needs revisiting." },
  },
});
