import { PartnerBoard, Personal, Provenance, Public, Published } from "@sli/shared";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Polarity } from "./performance.enums";
import { SAVER_READERS, SCORECARD_READERS, SHARED_SCORECARD } from "./performance.rules";

@ObjectType({ description: "A performance or context measure, as in LG Inform: what is counted, in which unit, and which way is better." })
@Entity({ name: "metric" })
@Index("metric_context", ["context"])
@Index("metric_board", ["board"])
export class Metric {
  @Public()
  @Field(() => ID, { description: "A short stable identifier, e.g. `household-waste-recycled`." })
  @PrimaryColumn({ type: "varchar", length: 64 })
  id!: string;

  @Public()
  @Field(() => PartnerBoard, {
    description: "The board whose measure it is: CORPORATE (the LGA's), CHILDREN (the CIB's common data set), ADULTS (TEASC's adult social care measures). Its officers record its values.",
  })
  @Column({ type: "varchar", length: 12 })
  board!: PartnerBoard;

  @Public()
  @Field(() => String, { description: "What the metric measures, in words." })
  @Column({ type: "varchar", length: 160 })
  title!: string;

  @Public()
  @Field(() => String, { description: "The unit of its values, e.g. `%`, `days`, `persons per hectare`." })
  @Column({ type: "varchar", length: 40 })
  unit!: string;

  @Public()
  @Field(() => Polarity, { description: "Whether higher or lower values are better." })
  @Column({ type: "varchar", length: 16 })
  polarity!: Polarity;

  @Public()
  @Field(() => String, { description: "Where the values come from (the publishing body and data set)." })
  @Column({ type: "varchar", length: 300 })
  source!: string;

  @Public()
  @Field(() => String, { nullable: true, description: "More about the metric and how it is calculated." })
  @Column({ type: "varchar", length: 500, nullable: true })
  description!: string | null;

  @Public()
  @Field(() => Boolean, {
    description: "A context indicator (population, density, age, deprivation): the standardised indicators nearest neighbours are computed from.",
  })
  @Column({ name: "is_context", type: "boolean" })
  context!: boolean;

  @Public()
  @Field(() => Provenance, { description: "Where the metric's definition comes from." })
  @Column({ type: "varchar", length: 12 })
  provenance!: Provenance;
}

@ObjectType({ description: "One council's value of a metric for one financial year." })
@Entity({ name: "metric_value" })
@Index("metric_value_council", ["councilCode", "metricId"])
export class MetricValue {
  @PrimaryColumn({ name: "metric_id", type: "varchar", length: 64 })
  metricId!: string;

  @Public()
  @Field(() => String, { description: "The financial year, e.g. `2011/12`." })
  @PrimaryColumn({ type: "varchar", length: 7 })
  period!: string;

  @PrimaryColumn({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  @Public()
  @Field(() => Float, { description: "The value, in the metric's unit." })
  @Column({ type: "double" })
  value!: number;

  @Public()
  @Field(() => Provenance, { description: "Published, demonstration or recorded through the graph." })
  @Column({ type: "varchar", length: 12 })
  provenance!: Provenance;
}

/** Who reads a scorecard before the LGA shares it (the resolvers apply it to each scorecard). */
const UNSHARED = { checkedBy: "resolver" as const };

@ObjectType({
  description: "A saved set of metrics for a set of councils, read back as a matrix (LG Inform's scorecards). Its owner's until the LGA shares it with everyone.",
})
@Entity({ name: "scorecard" })
@Index("scorecard_owner_name", ["owner", "name"], { unique: true })
export class Scorecard {
  @Published(SHARED_SCORECARD, SCORECARD_READERS, UNSHARED)
  @Field(() => ID, { description: "The scorecard's identifier." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Published(SHARED_SCORECARD, SCORECARD_READERS, UNSHARED)
  @Field(() => String, { description: "The scorecard's name, unique among its owner's scorecards." })
  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Published(SHARED_SCORECARD, SCORECARD_READERS, UNSHARED)
  @Field(() => String, { nullable: true, description: "What the scorecard is for." })
  @Column({ type: "varchar", length: 500, nullable: true })
  description!: string | null;

  @Published(SHARED_SCORECARD, SCORECARD_READERS, UNSHARED)
  @Field(() => String, { nullable: true, description: "The financial year it shows; null for each metric's latest." })
  @Column({ type: "varchar", length: 7, nullable: true })
  period!: string | null;

  @Personal(SAVER_READERS)
  @Field(() => String, { nullable: true, description: "Who saved it (from their token)." })
  @Column({ name: "saved_by", type: "varchar", length: 120, nullable: true })
  savedBy!: string | null;

  /** The token subject of whoever saved it; null for scorecards saved before owners (the LGA's, shared). */
  @Column({ type: "varchar", length: 120, nullable: true })
  owner!: string | null;

  @Published(SHARED_SCORECARD, SCORECARD_READERS, UNSHARED)
  @Field(() => Boolean, { description: "Whether the LGA has shared it with everyone; until then only its owner and the LGA read it." })
  @Column({ type: "boolean" })
  shared!: boolean;

  @Published(SHARED_SCORECARD, SCORECARD_READERS, UNSHARED)
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

/** The performance area's TypeORM entities, listed in entities.ts. */
export const performanceEntities = [Metric, MetricValue, Scorecard, ScorecardMetric, ScorecardCouncil];
