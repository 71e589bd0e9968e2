import { BoundedBy, MaxItems, PartnerBoard } from "@sli/shared";
import { Field, Float, ID, InputType } from "type-graphql";
import { Metric, MetricValue, Scorecard } from "./performance.entity";
import { Polarity } from "./performance.enums";

@InputType({ description: "A new metric." })
export class DefineMetricInput {
  @Field(() => ID, { description: "Lower-case words joined by hyphens, e.g. `household-waste-recycled`." })
  id!: string;

  @Field(() => String, { description: "What it measures." })
  @BoundedBy(Metric, "title")
  title!: string;

  @Field(() => String, { description: "The unit of its values." })
  @BoundedBy(Metric, "unit")
  unit!: string;

  @Field(() => Polarity, { description: "Whether higher or lower is better." })
  polarity!: Polarity;

  @Field(() => String, { description: "Where its values come from." })
  @BoundedBy(Metric, "source")
  source!: string;

  @Field(() => String, { nullable: true, description: "More about it." })
  @BoundedBy(Metric, "description")
  description?: string;

  @Field(() => Boolean, { nullable: true, description: "A context indicator for nearest neighbours (default false)." })
  context?: boolean;

  @Field(() => PartnerBoard, { nullable: true, description: "The board whose measure it is (default CORPORATE); only that board's officers define it." })
  board?: PartnerBoard;
}

@InputType({ description: "One council's value for one financial year." })
export class MetricValueInput {
  @Field(() => ID, { description: "The council's GSS code." })
  council!: string;

  @Field(() => String, { description: "The financial year, e.g. `2011/12`." })
  @BoundedBy(MetricValue, "period")
  period!: string;

  @Field(() => Float, { description: "The value, in the metric's unit." })
  value!: number;
}

@InputType({ description: "A scorecard to save: metrics as columns, councils as rows." })
export class SaveScorecardInput {
  @Field(() => String, { description: "A unique name." })
  @BoundedBy(Scorecard, "name")
  name!: string;

  @Field(() => String, { nullable: true, description: "What it is for." })
  @BoundedBy(Scorecard, "description")
  description?: string;

  @Field(() => String, { nullable: true, description: "A financial year to show; absent for each metric's latest." })
  @BoundedBy(Scorecard, "period")
  period?: string;

  @Field(() => [ID], { description: "The metrics, in column order (1 to 20); any board's." })
  metrics!: string[];

  @Field(() => [ID], { description: "The councils' GSS codes, in row order." })
  councils!: string[];
}

@InputType({ description: "Councils' values of one metric." })
export class RecordMetricValuesInput {
  @Field(() => ID, { description: "The metric's id." })
  metric!: string;

  @Field(() => [MetricValueInput], { description: "One value per council and financial year (at most 2,000)." })
  @MaxItems(2000)
  values!: MetricValueInput[];
}

@InputType({ description: "A scorecard the LGA shares with everyone." })
export class ShareScorecardInput {
  @Field(() => ID, { description: "The scorecard's id." })
  scorecard!: string;
}
