import { Public, SHARED_ENTITY_DESCRIPTIONS } from "@sli/shared";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { ChildrensSupportLevel } from "../council/council.enums";

@ObjectType({ description: "How many of a region's councils are at one level of support." })
export class SupportLevelCount {
  @Public()
  @Field(() => ChildrensSupportLevel, { description: "The CIB support level." })
  level!: ChildrensSupportLevel;

  @Public()
  @Field(() => Int, { description: "How many of the region's upper-tier councils are at that level." })
  councils!: number;
}

@ObjectType({ description: SHARED_ENTITY_DESCRIPTIONS.region })
@Directive('@key(fields: "code")')
export class Region {
  @Public()
  @Field(() => ID, { description: SHARED_ENTITY_DESCRIPTIONS.regionCode })
  code!: string;
}
