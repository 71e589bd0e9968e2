import { Personal, Provenance, Public } from "@sli/shared";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { CONTACT_READERS } from "../person/person.confidentiality";

@ObjectType({ description: "A saved set of metrics for a set of councils, read back as a matrix (LG Inform's scorecards)." })
@Entity({ name: "scorecard" })
export class Scorecard {
  @Public()
  @Field(() => ID, { description: "The scorecard's identifier." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Public()
  @Field(() => String, { description: "The scorecard's name, unique." })
  @Column({ type: "varchar", length: 120, unique: true })
  name!: string;

  @Public()
  @Field(() => String, { nullable: true, description: "What the scorecard is for." })
  @Column({ type: "varchar", length: 500, nullable: true })
  description!: string | null;

  @Public()
  @Field(() => String, { nullable: true, description: "The financial year it shows; null for each metric's latest." })
  @Column({ type: "varchar", length: 7, nullable: true })
  period!: string | null;

  @Personal(CONTACT_READERS)
  @Field(() => String, { nullable: true, description: "Who saved it (from their token)." })
  @Column({ name: "saved_by", type: "varchar", length: 120, nullable: true })
  savedBy!: string | null;

  @Public()
  @Field(() => Provenance, { description: "Demonstration or recorded through the graph." })
  @Column({ type: "varchar", length: 12 })
  provenance!: Provenance;
}

@Entity({ name: "scorecard_metric" })
@Index("scorecard_metric_metric", ["metricId"])
export class ScorecardMetric {
  @PrimaryColumn({ name: "scorecard_id", type: "integer" })
  scorecardId!: number;

  @PrimaryColumn({ name: "metric_id", type: "varchar", length: 64 })
  metricId!: string;

  @Column({ type: "integer" })
  position!: number;
}

@Entity({ name: "scorecard_council" })
@Index("scorecard_council_council", ["councilCode"])
export class ScorecardCouncil {
  @PrimaryColumn({ name: "scorecard_id", type: "integer" })
  scorecardId!: number;

  @PrimaryColumn({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  @Column({ type: "integer" })
  position!: number;
}
