import { BoundedBy, LocalDate } from "@sli/shared";
import { Field, ID, InputType } from "type-graphql";
import { ConcernRaiserKind, ConcernSeverity, ConcernSourceKind, ContactLevel } from "./concern.enums";
import { Concern, ConcernContact, ConcernEvidence, SupportEngagement } from "./concern.entity";

@InputType({ description: "One item of evidence: what it is and where it comes from." })
export class EvidenceInput {
  @Field(() => String, { description: "What the evidence is." })
  @BoundedBy(ConcernEvidence, "description")
  description!: string;

  @Field(() => String, { description: "Where it comes from." })
  @BoundedBy(ConcernEvidence, "source")
  source!: string;
}

@InputType({ description: "A new concern about a council." })
export class RaiseConcernInput {
  @Field(() => ID, { description: "The council's GSS code." })
  council!: string;

  @Field(() => String, { description: "What the concern is, specifically." })
  @BoundedBy(Concern, "summary")
  summary!: string;

  @Field(() => ConcernSeverity, { description: "Emerging, significant or serious." })
  severity!: ConcernSeverity;

  @Field(() => [ConcernSourceKind], { description: "Where the intelligence came from (at least one)." })
  sources!: ConcernSourceKind[];

  @Field(() => [EvidenceInput], { description: "The evidence (at least one item): no evidence, no concern." })
  evidence!: EvidenceInput[];

  @Field(() => LocalDate, { nullable: true, description: "The date the council was made aware, if it already is; not in the future." })
  @BoundedBy(Concern, "councilAwareOn")
  councilAwareOn?: string;

  @Field(() => ConcernRaiserKind, { nullable: true, description: "For partner systems only: who raised it (otherwise from the token)." })
  raisedBy?: ConcernRaiserKind;

  @Field(() => String, { nullable: true, description: "For partner systems only: the name of who raised it." })
  @BoundedBy(Concern, "raisedByName")
  raisedByName?: string;
}

@InputType({ description: "A contact made with the council about a live concern." })
export class RecordConcernContactInput {
  @Field(() => ID, { description: "The concern's id." })
  id!: string;

  @Field(() => ContactLevel, { description: "Leader, chief executive, or other." })
  level!: ContactLevel;

  @Field(() => LocalDate, { description: "When it was made, not in the future." })
  @BoundedBy(ConcernContact, "contactedOn")
  contactedOn!: string;

  @Field(() => String, { nullable: true, description: "Who made it; the caller's name when absent." })
  @BoundedBy(ConcernContact, "madeBy")
  madeBy?: string;

  @Field(() => String, { nullable: true, description: "What was discussed or agreed." })
  @BoundedBy(ConcernContact, "notes")
  notes?: string;
}

@InputType({ description: "The support engagement for a concern: the bespoke Terms of Engagement for support warranting an improvement board." })
export class RecordSupportEngagementInput {
  @Field(() => ID, { description: "The id of the concern the engagement answers." })
  concern!: string;

  @Field(() => [String], { description: "The partners on the improvement board (at least one)." })
  @BoundedBy(SupportEngagement, "partners", { joined: "lines" })
  partners!: string[];

  @Field(() => String, { description: "What the support covers and how it will work." })
  @BoundedBy(SupportEngagement, "scope")
  scope!: string;

  @Field(() => LocalDate, { description: "The date the support starts." })
  @BoundedBy(SupportEngagement, "startsOn")
  startsOn!: string;

  @Field(() => LocalDate, { description: "The date the support is reviewed, after the start." })
  @BoundedBy(SupportEngagement, "reviewOn")
  reviewOn!: string;
}

@InputType({ description: "More evidence for a live concern." })
export class AddConcernEvidenceInput {
  @Field(() => ID, { description: "The concern's id." })
  id!: string;

  @Field(() => [EvidenceInput], { description: "The evidence to add (at least one item)." })
  evidence!: EvidenceInput[];
}

@InputType({ description: "The date the council was made aware of a concern." })
export class RecordCouncilAwarenessInput {
  @Field(() => ID, { description: "The concern's id." })
  id!: string;

  @Field(() => LocalDate, { description: "The date the council was made aware, not in the future." })
  @BoundedBy(Concern, "councilAwareOn")
  awareOn!: string;
}

@InputType({ description: "A live concern's new severity." })
export class ChangeConcernSeverityInput {
  @Field(() => ID, { description: "The concern's id." })
  id!: string;

  @Field(() => ConcernSeverity, { description: "The new severity: escalated or de-escalated." })
  severity!: ConcernSeverity;
}

@InputType({ description: "The concern to share with partners (OPEN → SHARED)." })
export class ShareConcernInput {
  @Field(() => ID, { description: "The concern's id." })
  id!: string;
}

@InputType({ description: "The concern to record as resolved (OPEN or SHARED → RESOLVED)." })
export class ResolveConcernInput {
  @Field(() => ID, { description: "The concern's id." })
  id!: string;
}

@InputType({ description: "The concern to withdraw (OPEN or SHARED → WITHDRAWN)." })
export class WithdrawConcernInput {
  @Field(() => ID, { description: "The concern's id." })
  id!: string;
}

@InputType({ description: "The support engagement whose Terms of Engagement are agreed (PROPOSED → AGREED)." })
export class AgreeSupportEngagementInput {
  @Field(() => ID, { description: "The id of the concern whose engagement is agreed." })
  concern!: string;
}

@InputType({ description: "The support engagement that concludes (PROPOSED or AGREED → CONCLUDED)." })
export class ConcludeSupportEngagementInput {
  @Field(() => ID, { description: "The id of the concern whose engagement concludes." })
  concern!: string;
}
