import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { CqcRating } from "../council/cqc-rating";

@ObjectType({ description: "How many of a region's councils hold one 2009-10 CQC rating." })
export class CqcRatingCount {
  @Field(() => CqcRating)
  rating!: CqcRating;

  @Field(() => Int)
  councils!: number;
}

@ObjectType({ description: "An English region, as Towards Excellence in Adult Social Care sees it." })
@Directive('@key(fields: "code")')
export class Region {
  @Field(() => ID)
  code!: string;
}
