import { LocalDate, ownerOf, Personal, Provenance, Public, Restricted } from "@sli/shared";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { MEMBER_PEER_SUPPORT_READERS, PARTICIPANT_READERS } from "./leadership.rules";
import { LeadershipProgramme } from "./leadership.enums";

@ObjectType({ description: "A place on one of the LGA's main leadership programmes in a financial year." })
@Entity({ name: "leadership_place" })
@Index("leadership_place_council", ["councilCode"])
@Index("leadership_place_year", ["financialYear"])
@Index("leadership_one_subsidised_place", ["councilCode", "subsidisedYear"], { unique: true })
export class LeadershipPlace {
  @Public()
  @Field(() => ID, { description: "The place's id in the corporate subgraph." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  @Public()
  @Field(() => String, { description: "The financial year of the place, e.g. 2012/13." })
  @Column({ name: "financial_year", type: "varchar", length: 7 })
  financialYear!: string;

  @Public()
  @Field(() => LeadershipProgramme, { description: "The programme the place is on." })
  @Column({ type: "varchar", length: 24 })
  programme!: LeadershipProgramme;

  @Personal(PARTICIPANT_READERS)
  @Field(() => String, { nullable: true, description: "Who takes the place (a councillor, as the council named them)." })
  @Column({ name: "participant_name", type: "varchar", length: 120 })
  participantName!: string;

  @Personal(PARTICIPANT_READERS)
  @Field(() => String, { nullable: true, description: "Their role, e.g. Leader of the council." })
  @Column({ name: "participant_role", type: "varchar", length: 120, nullable: true })
  participantRole!: string | null;

  @Public()
  @Field(() => Boolean, {
    description:
      "True for the council's one subsidised place of the year under the LGA's 2012 offer, which covers 2012/13 to 2014/15 only; " +
      "places of other years (2011/12's take-up included) are false here.",
  })
  @Column({ type: "boolean" })
  subsidised!: boolean;

  /** The financial year while subsidised, NULL otherwise: the key of the one-subsidised-place index. */
  @Column({ name: "subsidised_year", type: "varchar", length: 7, nullable: true })
  subsidisedYear!: string | null;

  @Public()
  @Field(() => Provenance, { description: "DEMO for demonstration records, RECORDED for those written through the graph." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "No-cost member peer support for a council undergoing a change of political control (up to five days)." })
@Entity({ name: "member_peer_support" })
@Index("mps_one_per_change_of_control", ["councilCode", "changeOfControlOn"], { unique: true })
export class MemberPeerSupport {
  @Public()
  @Field(() => ID, { description: "The support case's id in the corporate subgraph." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  @Public()
  @Field(() => LocalDate, { description: "When political control changed (e.g. the election's date)." })
  @Column({ name: "change_of_control_on", type: "varchar", length: 10 })
  changeOfControlOn!: string;

  @Public()
  @Field(() => String, { nullable: true, description: "Who held control before, as recorded." })
  @Column({ name: "control_before", type: "varchar", length: 120, nullable: true })
  controlBefore!: string | null;

  @Public()
  @Field(() => String, { nullable: true, description: "Who holds control after, as recorded." })
  @Column({ name: "control_after", type: "varchar", length: 120, nullable: true })
  controlAfter!: string | null;

  @Public()
  @Field(() => Int, { description: "No-cost days used so far (never more than five)." })
  @Column({ name: "days_used", type: "integer", default: 0 })
  daysUsed!: number;

  @Public()
  @Field(() => Provenance, { description: "DEMO for demonstration records, RECORDED for those written through the graph." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "Days of member peer support given on one occasion." })
@Entity({ name: "member_peer_support_visit" })
@Index("mps_visit_support", ["supportId"])
export class MemberPeerSupportVisit {
  @Public()
  @Field(() => ID, { description: "The occasion's id in the corporate subgraph." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "support_id", type: "integer" })
  supportId!: number;

  @Public()
  @Field(() => LocalDate, { description: "When the support was given (the first day where several)." })
  @Column({ name: "visited_on", type: "varchar", length: 10 })
  visitedOn!: string;

  @Public()
  @Field(() => Int, { description: "Days used on this occasion." })
  @Column({ type: "integer" })
  days!: number;

  @Restricted(MEMBER_PEER_SUPPORT_READERS, { owner: ownerOf })
  @Field(() => String, { nullable: true, description: "What the support covered, as recorded." })
  @Column({ type: "varchar", length: 500, nullable: true })
  note!: string | null;

  @Public()
  @Field(() => Provenance, { description: "DEMO for demonstration records, RECORDED for those written through the graph." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

export const leadershipEntities = [LeadershipPlace, MemberPeerSupport, MemberPeerSupportVisit];
