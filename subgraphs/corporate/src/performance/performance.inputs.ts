import { Field, Float, ID, InputType } from "type-graphql";
import { Polarity } from "./metric.entity";

@InputType({ description: "A new metric." })
export class MetricInput {
  @Field(() => ID, { description: "Lower-case words joined by hyphens, e.g. `household-waste-recycled`." })
  id!: string;

  @Field(() => String, { description: "What it measures." })
  title!: string;

  @Field(() => String, { description: "The unit of its values." })
  unit!: string;

  @Field(() => Polarity, { description: "Whether higher or lower is better." })
  polarity!: Polarity;

  @Field(() => String, { description: "Where its values come from." })
  source!: string;

  @Field(() => String, { nullable: true, description: "More about it." })
  description?: string;

  @Field(() => Boolean, { nullable: true, description: "A context indicator for nearest neighbours (default false)." })
  context?: boolean;
}

@InputType({ description: "One council's value for one financial year." })
export class MetricValueInput {
  @Field(() => ID, { description: "The council's GSS code." })
  council!: string;

  @Field(() => String, { description: "The financial year, e.g. `2011/12`." })
  period!: string;

  @Field(() => Float, { description: "The value, in the metric's unit." })
  value!: number;
}

@InputType({ description: "A scorecard to save: metrics as columns, councils as rows." })
export class ScorecardInput {
  @Field(() => String, { description: "A unique name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "What it is for." })
  description?: string;

  @Field(() => String, { nullable: true, description: "A financial year to show; absent for each metric's latest." })
  period?: string;

  @Field(() => [ID], { description: "The metrics, in column order (1 to 20)." })
  metrics!: string[];

  @Field(() => [ID], { description: "The councils' GSS codes, in row order." })
  councils!: string[];
}
