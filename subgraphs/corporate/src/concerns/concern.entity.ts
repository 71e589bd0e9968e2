import { LocalDate, Provenance, Restricted } from "@sli/shared";
import { CONCERN_READERS } from "./concern.rules";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import {
  ConcernRaiserKind,
  ConcernSeverity,
  ConcernSourceKind,
  ConcernStatus,
  ContactLevel,
  SupportEngagementStatus,
} from "./concern.enums";

@ObjectType({
  description:
    "Confidential, specific and evidence-based intelligence about a council's risk of significant underperformance " +
    "(no evidence, no concern). Readable only as the contract's confidential fields are.",
})
@Entity({ name: "concern" })
@Index("concern_council", ["councilCode"])
export class Concern {
  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => ID, { description: "The concern's identifier." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  @Column({ name: "raised_by_kind", type: "varchar", length: 20 })
  raisedByKind!: ConcernRaiserKind;

  @Column({ name: "raised_by_name", type: "varchar", length: 120 })
  raisedByName!: string;

  @Column({ name: "raised_by_subject", type: "varchar", length: 120, nullable: true })
  raisedBySubject!: string | null;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => LocalDate, { description: "The date it was raised." })
  @Column({ name: "raised_on", type: "varchar", length: 10 })
  raisedOn!: string;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => String, { description: "What the concern is, specifically." })
  @Column({ type: "varchar", length: 2000 })
  summary!: string;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => ConcernSeverity, { description: "Emerging, significant or serious." })
  @Column({ type: "varchar", length: 12 })
  severity!: ConcernSeverity;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => LocalDate, { nullable: true, description: "The date the council was made aware; required before the concern is shared." })
  @Column({ name: "council_aware_on", type: "varchar", length: 10, nullable: true })
  councilAwareOn!: string | null;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => ConcernStatus, { description: "Open, shared, resolved or withdrawn." })
  @Column({ type: "varchar", length: 12 })
  status!: ConcernStatus;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => Int, { description: "How many items of evidence it rests on (at least one)." })
  @Column({ name: "evidence_items", type: "integer" })
  evidenceItems!: number;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => Provenance, { description: "Demonstration or recorded through the graph." })
  @Column({ type: "varchar", length: 12 })
  provenance!: Provenance;
}

@ObjectType({ description: "Who raised a concern." })
export class ConcernRaiser {
  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => ConcernRaiserKind, { description: "A principal adviser or the central team." })
  kind!: ConcernRaiserKind;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => String, { description: "Their name." })
  name!: string;
}

@Entity({ name: "concern_source" })
export class ConcernSource {
  @PrimaryColumn({ name: "concern_id", type: "integer" })
  concernId!: number;

  @PrimaryColumn({ type: "varchar", length: 24 })
  source!: ConcernSourceKind;
}

@ObjectType({ description: "One item of evidence behind a concern: what it is and where it comes from." })
@Entity({ name: "concern_evidence" })
@Index("concern_evidence_concern", ["concernId"])
export class ConcernEvidence {
  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => ID, { description: "The evidence item's identifier." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "concern_id", type: "integer" })
  concernId!: number;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => String, { description: "What the evidence is." })
  @Column({ type: "varchar", length: 1000 })
  description!: string;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => String, { description: "Where it comes from (a report, a data set, a meeting, a department)." })
  @Column({ name: "origin", type: "varchar", length: 300 })
  source!: string;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => Provenance, { description: "Demonstration or recorded through the graph." })
  @Column({ type: "varchar", length: 12 })
  provenance!: Provenance;
}

@ObjectType({ description: "A contact made with the council about a concern." })
@Entity({ name: "concern_contact" })
@Index("concern_contact_concern", ["concernId"])
export class ConcernContact {
  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => ID, { description: "The contact's identifier." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "concern_id", type: "integer" })
  concernId!: number;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => ContactLevel, { description: "Leader, chief executive, or other." })
  @Column({ type: "varchar", length: 16 })
  level!: ContactLevel;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => LocalDate, { description: "When the contact was made." })
  @Column({ name: "contacted_on", type: "varchar", length: 10 })
  contactedOn!: string;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => String, { description: "Who made it." })
  @Column({ name: "made_by", type: "varchar", length: 120 })
  madeBy!: string;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => String, { nullable: true, description: "What was discussed or agreed." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  notes!: string | null;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => Provenance, { description: "Demonstration or recorded through the graph." })
  @Column({ type: "varchar", length: 12 })
  provenance!: Provenance;
}

const lines = { to: (value: string | null) => (value == null ? [] : value.split("\n")), from: (value: string[]) => value.join("\n") };

@ObjectType({ description: "The bespoke Terms of Engagement of a support engagement: the approach agreed for this case." })
export class TermsOfEngagement {
  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => [String], { description: "The partners on the improvement board." })
  partners!: string[];

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => String, { description: "What the support covers and how it will work." })
  scope!: string;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => LocalDate, { description: "When it starts." })
  startsOn!: string;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => LocalDate, { description: "When it is reviewed, after the start." })
  reviewOn!: string;
}

@ObjectType({ description: "Support warranting a formal improvement board, with its bespoke Terms of Engagement; one per concern." })
@Entity({ name: "support_engagement" })
export class SupportEngagement {
  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => ID, { description: "The support engagement's identifier." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "concern_id", type: "integer", unique: true })
  concernId!: number;

  @Column({ type: "varchar", length: 1000, transformer: { to: lines.from, from: lines.to } })
  partners!: string[];

  @Column({ type: "varchar", length: 2000 })
  scope!: string;

  @Column({ name: "starts_on", type: "varchar", length: 10 })
  startsOn!: string;

  @Column({ name: "review_on", type: "varchar", length: 10 })
  reviewOn!: string;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => SupportEngagementStatus, { description: "Proposed, agreed or concluded." })
  @Column({ type: "varchar", length: 12 })
  status!: SupportEngagementStatus;

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @Field(() => Provenance, { description: "Demonstration or recorded through the graph." })
  @Column({ type: "varchar", length: 12 })
  provenance!: Provenance;
}

/** The concerns area's TypeORM entities, listed in entities.ts. */
export const concernEntities = [Concern, ConcernSource, ConcernEvidence, ConcernContact, SupportEngagement];
