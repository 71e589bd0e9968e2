import { LocalDate, Personal, Provenance, Public } from "@sli/shared";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { LEAD_MEMBER_READERS } from "../confidentiality";
import { ChildrensLeadershipEventKind } from "./leadership.enums";

@ObjectType({ description: "A lead member induction event or a Leadership Academy event for children's services lead members." })
@Entity({ name: "leadership_event" })
export class ChildrensLeadershipEvent {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Public()
  @Field(() => ChildrensLeadershipEventKind, { description: "Induction or Leadership Academy." })
  @Column({ type: "varchar", length: 24 })
  kind!: ChildrensLeadershipEventKind;

  @Public()
  @Field({ description: "The event's title." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Public()
  @Field(() => LocalDate, { description: "First day." })
  @Column({ name: "starts_on", type: "varchar", length: 10 })
  startsOn!: string;

  @Public()
  @Field(() => LocalDate, { description: "Last day." })
  @Column({ name: "ends_on", type: "varchar", length: 10 })
  endsOn!: string;

  @Public()
  @Field(() => String, { nullable: true, description: "Where it is held." })
  @Column({ type: "varchar", length: 160, nullable: true })
  venue!: string | null;

  @Public()
  @Field(() => Int, { description: "How many places it has." })
  @Column({ type: "integer" })
  places!: number;

  @Public()
  @Field(() => Provenance, { description: "Where this record comes from; DEMO records are not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "A place on a leadership event taken by a council's lead member for children (free of charge)." })
@Entity({ name: "leadership_place" })
export class ChildrensLeadershipPlace {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "event_id", type: "integer" })
  eventId!: number;

  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  @Personal(LEAD_MEMBER_READERS)
  @Field({ nullable: true, description: "The lead member's name." })
  @Column({ name: "lead_member_name", type: "varchar", length: 120 })
  leadMemberName!: string;

  @Public()
  @Field(() => Int, { description: "The place's number on the event, 1 to its places." })
  @Column({ type: "integer" })
  seat!: number;

  @Public()
  @Field(() => Provenance, { description: "Where this record comes from; DEMO records are not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}
