import { LocalDate, PartnerBoard, Provenance, Public, Restricted } from "@sli/shared";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { SupportKind, SupportStatus } from "./support.enums";
import { SUPPORT_RECORD_READERS } from "./support.rules";

/** Every field is read only where a support record is reached: Council.support, SupportInPlace.records, or a write's answer. */
const detail = () => Restricted(SUPPORT_RECORD_READERS, { checkedBy: "parent" });

@ObjectType({
  description:
    "Support in place for a council, from any of the three boards, not tied to a concern: asked for by the council or offered by a board, " +
    "then agreed, started and completed (or declined, with a reason). Its detail is for the council, its principal adviser, the boards' " +
    "officers and the LGA; counts of it are public (Council.supportInPlace, Region.supportInPlace).",
})
@Entity({ name: "support_record" })
@Index("support_record_council", ["councilCode"])
export class SupportRecord {
  @detail()
  @Field(() => ID, { description: "The support record's identifier." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  @detail()
  @Field(() => PartnerBoard, { description: "The board that provides the support." })
  @Column({ type: "varchar", length: 10 })
  board!: PartnerBoard;

  @detail()
  @Field(() => SupportKind, { description: "What kind of support." })
  @Column({ type: "varchar", length: 24 })
  kind!: SupportKind;

  @detail()
  @Field(() => String, { description: "What the council needs, in its own words (for an offer, as the board put it)." })
  @Column({ type: "varchar", length: 2000 })
  need!: string;

  @detail()
  @Field(() => SupportStatus, { description: "Where it stands: requested or offered, agreed, in progress, completed, or declined." })
  @Column({ type: "varchar", length: 12 })
  status!: SupportStatus;

  @detail()
  @Field(() => LocalDate, { nullable: true, description: "When the council asked for it (null for an offer)." })
  @Column({ name: "requested_on", type: "varchar", length: 10, nullable: true })
  requestedOn!: string | null;

  @detail()
  @Field(() => String, { nullable: true, description: "Who asked for it for the council (null for an offer)." })
  @Column({ name: "requested_by", type: "varchar", length: 120, nullable: true })
  requestedBy!: string | null;

  @detail()
  @Field(() => LocalDate, { nullable: true, description: "When a board offered it (null for a request)." })
  @Column({ name: "offered_on", type: "varchar", length: 10, nullable: true })
  offeredOn!: string | null;

  @detail()
  @Field(() => String, { nullable: true, description: "Who offered it for the board (null for a request)." })
  @Column({ name: "offered_by", type: "varchar", length: 120, nullable: true })
  offeredBy!: string | null;

  @detail()
  @Field(() => LocalDate, { nullable: true, description: "When the council and the board agreed it." })
  @Column({ name: "agreed_on", type: "varchar", length: 10, nullable: true })
  agreedOn!: string | null;

  @detail()
  @Field(() => LocalDate, { nullable: true, description: "When it began." })
  @Column({ name: "started_on", type: "varchar", length: 10, nullable: true })
  startedOn!: string | null;

  @detail()
  @Field(() => LocalDate, { nullable: true, description: "When it was completed." })
  @Column({ name: "completed_on", type: "varchar", length: 10, nullable: true })
  completedOn!: string | null;

  @detail()
  @Field(() => LocalDate, { nullable: true, description: "When it was declined." })
  @Column({ name: "declined_on", type: "varchar", length: 10, nullable: true })
  declinedOn!: string | null;

  @detail()
  @Field(() => String, { nullable: true, description: "Why it was declined (required when it is)." })
  @Column({ name: "decline_reason", type: "varchar", length: 1000, nullable: true })
  declineReason!: string | null;

  @detail()
  @Field(() => Provenance, { description: "Demonstration or recorded through the graph." })
  @Column({ type: "varchar", length: 12 })
  provenance!: Provenance;
}

@ObjectType({ description: "How many support records are in one status." })
export class SupportStatusCount {
  @Public()
  @Field(() => SupportStatus, { description: "The status." })
  status!: SupportStatus;

  @Public()
  @Field(() => Int, { description: "How many records are in it." })
  count!: number;
}

@ObjectType({ description: "How many support records one board provides." })
export class SupportBoardCount {
  @Public()
  @Field(() => PartnerBoard, { description: "The board." })
  board!: PartnerBoard;

  @Public()
  @Field(() => Int, { description: "How many records, in any status." })
  count!: number;

  @Public()
  @Field(() => Int, { description: "How many are in place (agreed or in progress)." })
  inPlace!: number;
}

/** Counts of support for a council or a region (public); the records themselves are the readers'. */
@ObjectType({ description: "The support of a council or a region, counted (public), with the records for those who may read them." })
export class SupportInPlace {
  /** The councils counted: one, or a region's. */
  councilCodes!: string[];
  /** The region, when the records are a region's (its adviser reads them). */
  regionCode!: string | null;
  records!: SupportRecord[];

  @Public()
  @Field(() => Int, { description: "Every support record, in any status." })
  total!: number;

  @Public()
  @Field(() => Int, { description: "Support in place: agreed or in progress." })
  inPlace!: number;

  @Public()
  @Field(() => Int, { description: "Asked for or offered, not yet agreed or declined." })
  awaiting!: number;

  @Public()
  @Field(() => Int, { description: "How many councils have support in place (agreed or in progress)." })
  councilsSupported!: number;

  @Public()
  @Field(() => [SupportStatusCount], { description: "Every status with its count, zeros included, in lifecycle order." })
  byStatus!: SupportStatusCount[];

  @Public()
  @Field(() => [SupportBoardCount], { description: "Every board with its counts, zeros included." })
  byBoard!: SupportBoardCount[];
}

export const supportEntities = [SupportRecord];
