import { BoundedBy } from "@sli/shared";
import { Field, ID, InputType, Int } from "type-graphql";
import { RegionalFunding } from "./regional-funding.entity";

@InputType({ description: "The CIB's funding of a region for one financial year." })
export class RecordRegionalFundingInput {
  @Field(() => ID, { description: "The region's ONS code." })
  region!: string;

  @Field({ description: "The financial year, e.g. 2012/13." })
  @BoundedBy(RegionalFunding, "financialYear")
  financialYear!: string;

  @Field(() => Int, { description: "The amount in whole pounds." })
  amountPounds!: number;

  @Field(() => [String], { description: "The priorities it funds." })
  @BoundedBy(RegionalFunding, "priorities", { joined: "json" })
  priorities!: string[];
}
