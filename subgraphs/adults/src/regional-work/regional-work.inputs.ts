import { Field, ID, InputType, Int } from "type-graphql";
import { AdultsRegionalDeliverable } from "./regional-work.entity";

@InputType({ description: "A workshop held in a region." })
export class AdultsRegionalWorkshopInput {
  @Field(() => ID, { description: "ONS code of the region." })
  regionCode!: string;

  @Field({ description: "When it was held (YYYY-MM-DD)." })
  heldOn!: string;

  @Field({ description: "What it discussed." })
  topic!: string;
}

@InputType({ description: "A region's priority and the board's funding for it." })
export class AdultsRegionalPriorityInput {
  @Field(() => ID, { description: "ONS code of the region." })
  regionCode!: string;

  @Field({ description: "The financial year, written 2012/13." })
  financialYear!: string;

  @Field(() => AdultsRegionalDeliverable, { description: "The kind of deliverable (one priority per kind per region per year)." })
  deliverable!: AdultsRegionalDeliverable;

  @Field({ description: "What the region will deliver." })
  description!: string;

  @Field(() => Int, { nullable: true, description: "The board's funding for it, in whole pounds (not negative)." })
  fundingPounds?: number | null;
}
