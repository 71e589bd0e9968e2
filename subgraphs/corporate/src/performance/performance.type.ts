import { Public } from "@sli/shared";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { Council } from "../council/council.entity";
import { Metric } from "./performance.entity";
import { ComparisonGroup, NeighbourSet } from "./performance.enums";

@ObjectType({ description: "One member of a comparison group: its value, rank and quartile." })
export class ComparisonMember {
  @Public()
  @Field(() => Council, { description: "The member council." })
  council!: Council;

  @Public()
  @Field(() => Float, { nullable: true, description: "Its value for the period; null where none is recorded." })
  value!: number | null;

  @Public()
  @Field(() => Int, { nullable: true, description: "1 is best by the metric's polarity; equal values share a rank; null without a value." })
  rank!: number | null;

  @Public()
  @Field(() => Int, { nullable: true, description: "1 (best quarter of the group) to 4 (worst); null without a value." })
  quartile!: number | null;

  @Public()
  @Field(() => Float, { nullable: true, description: "For nearest neighbours: the distance from the compared council (0 for itself)." })
  distance!: number | null;
}

@ObjectType({ description: "A council's value of a metric compared with a group of councils, in one period." })
export class Comparison {
  @Public()
  @Field(() => Council, { description: "The council being compared." })
  council!: Council;

  @Public()
  @Field(() => Metric, { description: "The metric compared." })
  metric!: Metric;

  @Public()
  @Field(() => ComparisonGroup, { description: "The group it is compared with." })
  group!: ComparisonGroup;

  @Public()
  @Field(() => NeighbourSet, { nullable: true, description: "Which neighbours, when the group is NEAREST_NEIGHBOURS; null for any other group." })
  neighbours!: NeighbourSet | null;

  @Public()
  @Field(() => String, { nullable: true, description: "The financial year compared: as asked, or the metric's latest; null when the metric has no values." })
  period!: string | null;

  @Public()
  @Field(() => Int, { description: "How many councils are in the group (the council included)." })
  groupSize!: number;

  @Public()
  @Field(() => Int, { description: "How many of them have a value for the period." })
  reporting!: number;

  @Public()
  @Field(() => Float, { nullable: true, description: "The median of the group's values." })
  median!: number | null;

  @Public()
  @Field(() => ComparisonMember, { description: "The compared council's own line." })
  position!: ComparisonMember;

  @Public()
  @Field(() => [ComparisonMember], { description: "Every member of the group, best first (members without a value last)." })
  members!: ComparisonMember[];
}

@ObjectType({ description: "A council's nearest neighbour: a council of comparable type with similar context." })
export class NearestNeighbour {
  @Public()
  @Field(() => Int, { description: "1 is the nearest." })
  rank!: number;

  @Public()
  @Field(() => Council, { description: "The neighbouring council." })
  council!: Council;

  @Public()
  @Field(() => Float, { description: "Euclidean distance between the two councils' standardised (z-score) context indicators." })
  distance!: number;
}

@ObjectType({ description: "One cell of a scorecard: one metric for one council." })
export class ScorecardCell {
  @Public()
  @Field(() => Metric, { description: "The metric (the column)." })
  metric!: Metric;

  @Public()
  @Field(() => String, { nullable: true, description: "The financial year shown." })
  period!: string | null;

  @Public()
  @Field(() => Float, { nullable: true, description: "The value; null where none is recorded." })
  value!: number | null;
}

@ObjectType({ description: "One row of a scorecard: a council and its value of each metric, in the scorecard's metric order." })
export class ScorecardRow {
  @Public()
  @Field(() => Council, { description: "The council (the row)." })
  council!: Council;

  @Public()
  @Field(() => [ScorecardCell], { description: "One cell per metric, in the scorecard's order." })
  cells!: ScorecardCell[];
}
