import { BoundedBy, LocalDate } from "@sli/shared";
import { Field, ID, InputType } from "type-graphql";
import { ChildrensSelfAssessment, SelfAssessmentChallenge } from "./self-assessment.entity";
import { SelfAssessmentChallengeOutcome } from "./self-assessment.enums";

@InputType({ description: "A council's self-assessment of its children's services (recorded as a draft)." })
export class RecordChildrensSelfAssessmentInput {
  @Field(() => ID, { description: "The council's GSS code (an upper-tier council)." })
  council!: string;

  @Field({ description: "The financial year it assesses, e.g. 2011/12." })
  @BoundedBy(ChildrensSelfAssessment, "period")
  period!: string;

  @Field({ description: "The council's summary." })
  @BoundedBy(ChildrensSelfAssessment, "summary")
  summary!: string;

  @Field(() => [String], { description: "What the council judges it does well." })
  @BoundedBy(ChildrensSelfAssessment, "strengths", { joined: "json" })
  strengths!: string[];

  @Field(() => [String], { description: "Where the council judges it must improve." })
  @BoundedBy(ChildrensSelfAssessment, "areasForImprovement", { joined: "json" })
  areasForImprovement!: string[];
}

@InputType({ description: "The external challenge of a submitted self-assessment by peers from other councils." })
export class RecordSelfAssessmentChallengeInput {
  @Field(() => ID, { description: "The self-assessment challenged." })
  selfAssessment!: string;

  @Field(() => [ID], { description: "GSS codes of the councils whose peers challenged it (other upper-tier councils)." })
  challengers!: string[];

  @Field(() => LocalDate, { description: "When the challenge was held." })
  @BoundedBy(SelfAssessmentChallenge, "heldOn")
  heldOn!: string;

  @Field(() => SelfAssessmentChallengeOutcome, { description: "What the peers concluded." })
  outcome!: SelfAssessmentChallengeOutcome;

  @Field(() => String, { nullable: true, description: "The peers' findings in brief." })
  @BoundedBy(SelfAssessmentChallenge, "findings")
  findings?: string | null;
}

@InputType({ description: "A draft self-assessment the council submits for external challenge." })
export class SubmitChildrensSelfAssessmentInput {
  @Field(() => ID, { description: "The self-assessment (a draft)." })
  id!: string;
}
