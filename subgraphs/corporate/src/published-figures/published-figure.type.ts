import { Public } from "@sli/shared";
import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "A headline figure the LGA and its partner boards published in 2012 (seed-data/headline_figures.csv), with where it comes from. Public.",
})
export class PublishedFigure {
  @Public()
  @Field(() => ID, { description: "The figure's name, e.g. corporate_peer_challenges_delivered_2011_12." })
  key!: string;

  @Public()
  @Field({ description: "The figure as published: a whole number (\"24\") or a date (\"2012-12-31\")." })
  value!: string;

  @Public()
  @Field(() => Int, { nullable: true, description: "The figure as a number; null when it is a date." })
  number!: number | null;

  @Public()
  @Field({ description: "What it counts: councils, days, peer reviews, regions, …; date for a date." })
  unit!: string;

  @Public()
  @Field({ description: "When the figure stood: a year (2012), a financial year (2011/12) or a month (2012-04)." })
  asAt!: string;

  @Public()
  @Field({ description: "What the figure is, in words." })
  description!: string;

  @Public()
  @Field({ description: "The publication it comes from." })
  source!: string;

  @Public()
  @Field({ description: "The passage of the publication that states it." })
  passage!: string;
}
