import { Provenance, Public } from "@sli/shared";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { IndicatorPolarity } from "./common-data-set.enums";

/** How many statistical neighbours each council is compared with (the toolkit's, the CIB's ten). */
export { STATISTICAL_NEIGHBOURS } from "@sli/shared";

@ObjectType({ description: "An indicator of the CIB's common data set for children's services." })
@Entity({ name: "cds_indicator" })
export class ChildrensIndicator {
  @Public()
  @Field(() => ID, { description: "The indicator's short code." })
  @PrimaryColumn({ type: "varchar", length: 40 })
  code!: string;

  @Public()
  @Field({ description: "What it measures." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Public()
  @Field({ description: "Its unit, e.g. per 10,000 children or %." })
  @Column({ type: "varchar", length: 40 })
  unit!: string;

  @Public()
  @Field(() => IndicatorPolarity, { description: "Which way is better." })
  @Column({ type: "varchar", length: 20 })
  polarity!: IndicatorPolarity;

  @Public()
  @Field(() => String, { nullable: true, description: "How it is defined." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Public()
  @Field(() => Provenance, { description: "Where this record comes from; DEMO records are not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "A council's value of a common data set indicator for one period." })
@Entity({ name: "cds_value" })
export class ChildrensIndicatorValue {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "indicator_code", type: "varchar", length: 40 })
  indicatorCode!: string;

  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  @Public()
  @Field({ description: "The financial year, e.g. 2011/12." })
  @Column({ type: "varchar", length: 7 })
  period!: string;

  @Public()
  @Field(() => Float, { description: "The value, in the indicator's unit." })
  @Column({ type: "double precision" })
  value!: number;

  @Public()
  @Field(() => Provenance, { description: "Where this record comes from; DEMO records are not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "One of a council's ten statistical neighbours, nearest first." })
export class StatisticalNeighbour {
  @Public()
  @Field(() => Int, { description: "1 for the nearest." })
  rank!: number;

  councilCode!: string;

  @Public()
  @Field(() => Float, { description: "Euclidean distance between the two councils' indicator z-scores (smaller is more alike)." })
  distance!: number;
}

@ObjectType({ description: "A council's value of one indicator beside its ten statistical neighbours'." })
export class IndicatorComparison {
  @Public()
  @Field(() => ChildrensIndicator, { description: "The indicator compared." })
  indicator!: ChildrensIndicator;

  @Public()
  @Field(() => Float, { nullable: true, description: "The council's value (null when it has none for the period)." })
  value!: number | null;

  @Public()
  @Field(() => Float, { nullable: true, description: "The neighbours' mean." })
  neighbourAverage!: number | null;

  @Public()
  @Field(() => Float, { nullable: true, description: "The neighbours' lowest value." })
  neighbourMin!: number | null;

  @Public()
  @Field(() => Float, { nullable: true, description: "The neighbours' highest value." })
  neighbourMax!: number | null;

  @Public()
  @Field(() => Int, {
    nullable: true,
    description: "The council's place among itself and its neighbours, 1 the best by the indicator's polarity (null for context indicators).",
  })
  rankAmongNeighbours!: number | null;
}
