import { ArgsType, Field, ID } from "type-graphql";
import { CouncilType } from "./council.enums";

@ArgsType()
export class CouncilsArgs {
  @Field(() => ID, { nullable: true, description: "Only the councils of this region (ONS region code)." })
  region?: string;

  @Field(() => CouncilType, { nullable: true, description: "Only councils of this type." })
  type?: CouncilType;

  @Field(() => Boolean, { nullable: true, description: "Only upper-tier councils (true) or only shire districts (false)." })
  upperTier?: boolean;
}
