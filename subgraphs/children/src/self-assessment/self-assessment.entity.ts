import { LocalDate, Provenance, Public, Published } from "@sli/shared";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { CHALLENGED_BY_PEERS, COUNCIL_WORK_READERS } from "../confidentiality";
import { ChildrensSelfAssessmentStatus, SelfAssessmentChallengeOutcome } from "./self-assessment.enums";

@ObjectType({ description: "A council's self-assessment of its children's services, opened to external challenge by peers." })
@Entity({ name: "self_assessment" })
export class ChildrensSelfAssessment {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  @Public()
  @Field({ description: "The financial year it assesses, e.g. 2011/12." })
  @Column({ type: "varchar", length: 7 })
  period!: string;

  @Published(CHALLENGED_BY_PEERS, COUNCIL_WORK_READERS)
  @Field({ nullable: true, description: "The council's summary of its children's services." })
  @Column({ type: "text" })
  summary!: string;

  @Published(CHALLENGED_BY_PEERS, COUNCIL_WORK_READERS)
  @Field(() => [String], { nullable: true, description: "What the council judges it does well." })
  @Column({ type: "simple-json" })
  strengths!: string[];

  @Published(CHALLENGED_BY_PEERS, COUNCIL_WORK_READERS)
  @Field(() => [String], { nullable: true, description: "Where the council judges it must improve." })
  @Column({ name: "areas_for_improvement", type: "simple-json" })
  areasForImprovement!: string[];

  @Public()
  @Field(() => ChildrensSelfAssessmentStatus, { description: "Where the self-assessment stands." })
  @Column({ type: "varchar", length: 12 })
  status!: ChildrensSelfAssessmentStatus;

  @Public()
  @Field(() => Provenance, { description: "Where this record comes from; DEMO records are not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "The external challenge of a self-assessment by peers from other councils." })
@Entity({ name: "self_assessment_challenge" })
export class SelfAssessmentChallenge {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "self_assessment_id", type: "integer" })
  selfAssessmentId!: number;

  @Public()
  @Field(() => LocalDate, { description: "When the peers held the challenge." })
  @Column({ name: "held_on", type: "varchar", length: 10 })
  heldOn!: string;

  @Public()
  @Field(() => SelfAssessmentChallengeOutcome, { description: "What the peers concluded." })
  @Column({ type: "varchar", length: 30 })
  outcome!: SelfAssessmentChallengeOutcome;

  @Public()
  @Field(() => String, { nullable: true, description: "The peers' findings in brief." })
  @Column({ type: "text", nullable: true })
  findings!: string | null;

  @Public()
  @Field(() => Provenance, { description: "Where this record comes from; DEMO records are not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

/** Which councils' peers took part in a challenge. */
@Entity({ name: "self_assessment_challenger" })
export class SelfAssessmentChallenger {
  @Column({ name: "challenge_id", type: "integer", primary: true })
  challengeId!: number;

  @Column({ name: "council_code", type: "varchar", length: 9, primary: true })
  councilCode!: string;
}
