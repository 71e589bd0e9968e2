import { Provenance, Public, Published, LocalDate } from "@sli/shared";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { LocalAccountStatus } from "./local-account.enums";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { LOCAL_ACCOUNT_PUBLISHED, LOCAL_ACCOUNT_READERS } from "../confidentiality";

@ObjectType({ description: "A priority for quality and outcomes that a local account sets, with the progress made." })
@Entity({ name: "local_account_priority" })
export class LocalAccountPriority {
  @Public()
  @Field(() => ID, { description: "The priority's id." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "local_account_id", type: "integer" })
  localAccountId!: number;

  @Public()
  @Field(() => Int, { description: "Its place in the local account (1 first)." })
  @Column({ type: "integer" })
  position!: number;

  @Public()
  @Field({ description: "The priority for quality and outcomes in adult social care." })
  @Column({ type: "varchar", length: 500 })
  priority!: string;

  @Public()
  @Field({ description: "The progress made against it." })
  @Column({ type: "varchar", length: 2000 })
  progress!: string;

  @Public()
  @Field(() => Provenance, { description: "Where the record comes from." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({
  description:
    "A council's annual self-assessment of its adult social care (its \"local account\"): progress against its priorities for quality and outcomes, published for its citizens. One current account per council per year.",
})
@Entity({ name: "local_account" })
// An entity, so that the good practice library (corporate) refers to it as the source of an item.
@Directive('@key(fields: "id")')
export class LocalAccount {
  @Public()
  @Field(() => ID, { description: "The local account's id." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Public()
  @Field(() => ID, { description: "ONS GSS code of the council whose account it is." })
  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  @Public()
  @Field(() => Int, { description: "The year the local account reports on." })
  @Column({ type: "integer" })
  year!: number;

  @Public()
  @Field(() => LocalAccountStatus, { description: "Draft, published, or superseded by a correction." })
  @Column({ type: "varchar", length: 12 })
  status!: LocalAccountStatus;

  /** The council's code while this is its current account for the year; null once superseded (see the migration). */
  @Column({ name: "current_council_code", type: "varchar", length: 9, nullable: true })
  currentCouncilCode!: string | null;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "When it was published; null for a draft." })
  @Column({ name: "published_on", type: "varchar", length: 10, nullable: true })
  publishedOn!: string | null;

  @Published(LOCAL_ACCOUNT_PUBLISHED, LOCAL_ACCOUNT_READERS, { checkedBy: "resolver" })
  @Field(() => String, { nullable: true, description: "Where it is published; required to publish." })
  @Column({ type: "varchar", length: 500, nullable: true })
  link!: string | null;

  @Published(LOCAL_ACCOUNT_PUBLISHED, LOCAL_ACCOUNT_READERS, { checkedBy: "resolver" })
  @Field(() => String, {
    nullable: true,
    description: "How people who use services (and carers) were engaged in writing it; required to publish.",
  })
  @Column({ name: "engagement", type: "varchar", length: 2000, nullable: true })
  engagement!: string | null;

  @Column({ name: "supersedes_id", type: "integer", nullable: true })
  supersedesId!: number | null;

  @Published(LOCAL_ACCOUNT_PUBLISHED, LOCAL_ACCOUNT_READERS, { checkedBy: "resolver" })
  @Field(() => String, { nullable: true, description: "For a correction: why the published account was corrected." })
  @Column({ name: "correction_reason", type: "varchar", length: 1000, nullable: true })
  correctionReason!: string | null;

  @Public()
  @Field(() => Provenance, { description: "Where the record comes from; DEMO accounts are demonstration data, not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}
