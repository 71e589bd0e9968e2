import { BoundedBy, LocalDate } from "@sli/shared";
import { Field, ID, InputType } from "type-graphql";
import { AdultsLearning, AdultsPeerChallenge, AdultsSignOffEvidence } from "./sign-off.entity";
import { AdultsEvidenceKind, AdultsEvidenceOutcome } from "./sign-off.enums";

@InputType({ description: "A council rated adequate entering the TEASC sign-off programme." })
export class EnterAdultsSignOffInput {
  @Field(() => ID, { description: "ONS GSS code of the council." })
  council!: string;

  @Field(() => LocalDate, { description: "When it entered the programme (2000-01-01 to 2030-12-31)." })
  enteredOn!: string;
}

@InputType({ description: "The subsidised peer challenge of a council in the sign-off programme." })
export class RecordAdultsPeerChallengeInput {
  @Field(() => ID, { description: "ONS GSS code of the council." })
  council!: string;

  @Field(() => LocalDate, { description: "First day on site, not before the council entered the programme." })
  onSiteFrom!: string;

  @Field(() => LocalDate, { description: "Last day on site, not before the first." })
  onSiteTo!: string;

  @Field({ description: "The lead peer (name and role)." })
  @BoundedBy(AdultsPeerChallenge, "leadPeer")
  leadPeer!: string;

  @Field(() => String, { nullable: true, description: "What the council asked the peers to focus on." })
  @BoundedBy(AdultsPeerChallenge, "focus")
  focus?: string | null;
}

@InputType({ description: "One of the three core elements or two confirmations of a council's sign-off." })
export class RecordAdultsSignOffEvidenceInput {
  @Field(() => ID, { description: "ONS GSS code of the council." })
  council!: string;

  @Field(() => AdultsEvidenceKind, { description: "Which element or confirmation it is." })
  kind!: AdultsEvidenceKind;

  @Field(() => LocalDate, { description: "When it was given (2000-01-01 to 2030-12-31)." })
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

@InputType({ description: "The board's invitation to a council to present its progress." })
export class InviteAdultsSignOffToPresentInput {
  @Field(() => ID, { description: "ONS GSS code of the council." })
  council!: string;

  @Field(() => LocalDate, { description: "When the board invited it, not before the evidence." })
  invitedOn!: string;
}

@InputType({ description: "A council's presentation of its progress to the TEASC board." })
export class RecordAdultsSignOffPresentationInput {
  @Field(() => ID, { description: "ONS GSS code of the council." })
  council!: string;

  @Field(() => LocalDate, { description: "When it presented, not before the invitation." })
  presentedOn!: string;
}

@InputType({ description: "The TEASC board's recognition of a council's progress." })
export class RecogniseAdultsSignOffInput {
  @Field(() => ID, { description: "ONS GSS code of the council." })
  council!: string;

  @Field(() => LocalDate, { description: "When the board recognised its progress, not before the presentation." })
  recognisedOn!: string;

  @Field(() => [String], { description: "The learning identified to share (at least one point)." })
  @BoundedBy(AdultsLearning, "learning")
  learning!: string[];
}
