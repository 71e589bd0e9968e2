import { BoundedBy, LocalDate } from "@sli/shared";
import { Field, ID, InputType, Int } from "type-graphql";
import { AdultsRegionalPriority, AdultsRegionalWorkshop } from "./regional-work.entity";
import { AdultsRegionalDeliverable } from "./regional-work.enums";

@InputType({ description: "A workshop held in a region." })
export class RecordAdultsRegionalWorkshopInput {
  @Field(() => ID, { description: "ONS code of the region (E12000001 to E12000009)." })
  region!: string;

  @Field(() => LocalDate, { description: "When it was held (2000-01-01 to 2030-12-31)." })
  heldOn!: string;

  @Field({ description: "What it discussed." })
  @BoundedBy(AdultsRegionalWorkshop, "topic")
  topic!: string;
}

@InputType({ description: "A region's priority and the board's funding for it." })
export class RecordAdultsRegionalPriorityInput {
  @Field(() => ID, { description: "ONS code of the region (E12000001 to E12000009)." })
  region!: string;

  @Field({ description: "The financial year, written 2012/13." })
  @BoundedBy(AdultsRegionalPriority, "financialYear")
  financialYear!: string;

  @Field(() => AdultsRegionalDeliverable, { description: "The kind of deliverable (one priority per kind per region per year)." })
  deliverable!: AdultsRegionalDeliverable;

  @Field({ description: "What the region will deliver." })
  @BoundedBy(AdultsRegionalPriority, "description")
  description!: string;

  @Field(() => Int, { nullable: true, description: "The board's funding for it, in whole pounds (not negative)." })
  fundingPounds?: number | null;
}
