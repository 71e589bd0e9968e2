import { BoundedBy } from "@sli/shared";
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

  @Field(() => String, { nullable: true, description: "The date the council was made aware, if it already is (YYYY-MM-DD)." })
  @BoundedBy(Concern, "councilAwareOn")
  councilAwareOn?: string;

  @Field(() => ConcernRaiserKind, { nullable: true, description: "For partner systems only: who raised it (otherwise from the token)." })
  raisedBy?: ConcernRaiserKind;

  @Field(() => String, { nullable: true, description: "For partner systems only: the name of who raised it." })
  @BoundedBy(Concern, "raisedByName")
  raisedByName?: string;
}

@InputType({ description: "A contact made with the council about a concern." })
export class ConcernContactInput {
  @Field(() => ContactLevel, { description: "Leader, chief executive, or other." })
  level!: ContactLevel;

  @Field(() => String, { description: "When (YYYY-MM-DD), not in the future." })
  @BoundedBy(ConcernContact, "contactedOn")
  contactedOn!: string;

  @Field(() => String, { nullable: true, description: "Who made it; the caller's name when absent." })
  @BoundedBy(ConcernContact, "madeBy")
  madeBy?: string;

  @Field(() => String, { nullable: true, description: "What was discussed or agreed." })
  @BoundedBy(ConcernContact, "notes")
  notes?: string;
}

@InputType({ description: "The bespoke Terms of Engagement for support warranting an improvement board." })
export class SupportEngagementInput {
  @Field(() => [String], { description: "The partners on the improvement board (at least one)." })
  @BoundedBy(SupportEngagement, "partners", { joined: "lines" })
  partners!: string[];

  @Field(() => String, { description: "What the support covers and how it will work." })
  @BoundedBy(SupportEngagement, "scope")
  scope!: string;

  @Field(() => String, { description: "Start date (YYYY-MM-DD)." })
  @BoundedBy(SupportEngagement, "startsOn")
  startsOn!: string;

  @Field(() => String, { description: "Review date (YYYY-MM-DD), after the start." })
  @BoundedBy(SupportEngagement, "reviewOn")
  reviewOn!: string;
}
