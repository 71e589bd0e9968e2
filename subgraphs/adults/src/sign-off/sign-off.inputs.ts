import { BoundedBy } from "@sli/shared";
import { Field, ID, InputType } from "type-graphql";
import { AdultsEvidenceKind, AdultsEvidenceOutcome, AdultsLearning, AdultsPeerChallenge, AdultsRecognition, AdultsSignOffEvidence } from "./sign-off.entity";

@InputType({ description: "The subsidised peer challenge of a council in the sign-off programme." })
export class AdultsPeerChallengeInput {
  @Field(() => ID, { description: "ONS GSS code of the council." })
  councilCode!: string;

  @Field({ description: "First day on site (YYYY-MM-DD), not before the council entered the programme." })
  @BoundedBy(AdultsPeerChallenge, "onSiteFrom")
  onSiteFrom!: string;

  @Field({ description: "Last day on site (YYYY-MM-DD)." })
  @BoundedBy(AdultsPeerChallenge, "onSiteTo")
  onSiteTo!: string;

  @Field({ description: "The lead peer (name and role)." })
  @BoundedBy(AdultsPeerChallenge, "leadPeer")
  leadPeer!: string;

  @Field(() => String, { nullable: true, description: "What the council asked the peers to focus on." })
  @BoundedBy(AdultsPeerChallenge, "focus")
  focus?: string | null;
}

@InputType({ description: "One of the three core elements or two confirmations of a council's sign-off." })
export class AdultsSignOffEvidenceInput {
  @Field(() => ID, { description: "ONS GSS code of the council." })
  councilCode!: string;

  @Field(() => AdultsEvidenceKind, { description: "Which element or confirmation it is." })
  kind!: AdultsEvidenceKind;

  @Field({ description: "When it was given (YYYY-MM-DD)." })
  @BoundedBy(AdultsSignOffEvidence, "givenOn")
  givenOn!: string;

  @Field({
    description:
      "Who gave it (name and role). The principal adviser's feedback must come from the LGA principal adviser for the council's region.",
  })
  @BoundedBy(AdultsSignOffEvidence, "author")
  author!: string;

  @Field(() => AdultsEvidenceOutcome, { description: "Whether it supports sign-off." })
  outcome!: AdultsEvidenceOutcome;

  @Field(() => String, { nullable: true, description: "What it says, in short." })
  @BoundedBy(AdultsSignOffEvidence, "summary")
  summary?: string | null;
}

@InputType({ description: "The TEASC board's recognition of a council's progress." })
export class AdultsRecognitionInput {
  @Field(() => ID, { description: "ONS GSS code of the council." })
  councilCode!: string;

  @Field({ description: "When the board recognised its progress (YYYY-MM-DD), not before the presentation." })
  @BoundedBy(AdultsRecognition, "recognisedOn")
  recognisedOn!: string;

  @Field(() => [String], { description: "The learning identified to share (at least one point)." })
  @BoundedBy(AdultsLearning, "learning")
  learning!: string[];
}
