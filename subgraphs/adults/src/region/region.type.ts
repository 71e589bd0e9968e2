import { Public, SHARED_ENTITY_DESCRIPTIONS } from "@sli/shared";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { CqcRating } from "../council/council.enums";

@ObjectType({ description: "How many of a region's councils hold one 2009-10 CQC rating." })
export class CqcRatingCount {
  @Public()
  @Field(() => CqcRating, { description: "The rating." })
  rating!: CqcRating;

  @Public()
  @Field(() => Int, { description: "How many of the region's councils hold it (illustrative demo ratings included)." })
  councils!: number;

  @Public()
  @Field(() => Int, { description: "How many of those are illustrative demonstration ratings (provenance DEMO), not fact." })
  illustrative!: number;
}

@ObjectType({ description: SHARED_ENTITY_DESCRIPTIONS.region })
@Directive('@key(fields: "code")')
export class Region {
  @Public()
  @Field(() => ID, { description: SHARED_ENTITY_DESCRIPTIONS.regionCode })
  code!: string;
}
