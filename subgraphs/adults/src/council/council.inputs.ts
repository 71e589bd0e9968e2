import { BoundedBy } from "@sli/shared";
import { Field, ID, InputType } from "type-graphql";
import { Council } from "./council.entity";
import { CqcRating } from "./council.enums";

@InputType({ description: "A council's 2009-10 CQC rating and where it comes from." })
export class RecordCqcRating2010Input {
  @Field(() => ID, { description: "ONS GSS code of an upper-tier council." })
  council!: string;

  @Field(() => CqcRating, { description: "The CQC's 2009-10 rating." })
  rating!: CqcRating;

  @Field({ description: "Where the rating comes from (publication, date)." })
  @BoundedBy(Council, "cqcRating2010Source")
  source!: string;
}
