import { BoundedBy } from "@sli/shared";
import { Field, Float, ID, InputType } from "type-graphql";
import { ChildrensIndicatorValue } from "./common-data-set.entity";

@InputType({ description: "A council's value of a common data set indicator for one period." })
export class RecordChildrensIndicatorValueInput {
  @Field(() => ID, { description: "The indicator's code." })
  indicator!: string;

  @Field(() => ID, { description: "The council (upper tier)." })
  council!: string;

  @Field({ description: "The financial year, e.g. 2011/12." })
  @BoundedBy(ChildrensIndicatorValue, "period")
  period!: string;

  @Field(() => Float, { description: "The value, in the indicator's unit." })
  value!: number;
}
