import { LocalDate, Provenance, Public, Restricted } from "@sli/shared";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { ChildrensSupportLevel } from "../council/council.enums";
import { COUNCIL_WORK_READERS } from "../confidentiality";

@ObjectType({ description: "A decision setting a council's level of children's services support; the latest is the council's level." })
@Entity({ name: "support_level_decision" })
export class SupportLevelDecision {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  @Public()
  @Field(() => ChildrensSupportLevel, { description: "The level decided." })
  @Column({ type: "varchar", length: 20 })
  level!: ChildrensSupportLevel;

  @Public()
  @Field(() => LocalDate, { description: "When it was decided." })
  @Column({ name: "decided_on", type: "varchar", length: 10 })
  decidedOn!: string;

  @Restricted(COUNCIL_WORK_READERS)
  @Field(() => String, { nullable: true, description: "Why, in a sentence (e.g. the agreed package of support)." })
  @Column({ type: "varchar", length: 500, nullable: true })
  reason!: string | null;

  @Public()
  @Field(() => Provenance, { description: "Where this record comes from; DEMO records are not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}
