import { BoundedBy } from "@sli/shared";
import { Field, ID, InputType, Int } from "type-graphql";
import { LocalAccount, LocalAccountPriority } from "./local-account.entity";

@InputType({ description: "A priority for quality and outcomes, with the progress made against it." })
export class LocalAccountPriorityInput {
  @Field({ description: "The priority (at most 500 characters)." })
  @BoundedBy(LocalAccountPriority, "priority")
  priority!: string;

  @Field({ description: "The progress made against it (at most 2000 characters)." })
  @BoundedBy(LocalAccountPriority, "progress")
  progress!: string;
}

@InputType({ description: "A new draft local account." })
export class LocalAccountDraftInput {
  @Field(() => ID, { description: "ONS GSS code of an upper-tier council." })
  councilCode!: string;

  @Field(() => Int, { description: "The year it reports on (2010 to 2030)." })
  year!: number;

  @Field(() => String, { nullable: true, description: "How people who use services were engaged." })
  @BoundedBy(LocalAccount, "engagement")
  engagement?: string | null;

  @Field(() => String, { nullable: true, description: "Where it will be published." })
  @BoundedBy(LocalAccount, "link")
  link?: string | null;

  @Field(() => [LocalAccountPriorityInput], { nullable: true, description: "Its priorities, in order." })
  priorities?: LocalAccountPriorityInput[] | null;
}

@InputType({ description: "Changes to a draft local account; a field left out stays as it is." })
export class LocalAccountDraftChanges {
  @Field(() => String, { nullable: true, description: "How people who use services were engaged." })
  @BoundedBy(LocalAccount, "engagement")
  engagement?: string | null;

  @Field(() => String, { nullable: true, description: "Where it will be published." })
  @BoundedBy(LocalAccount, "link")
  link?: string | null;

  @Field(() => [LocalAccountPriorityInput], { nullable: true, description: "Its priorities, in order: replaces them all." })
  priorities?: LocalAccountPriorityInput[] | null;
}

@InputType({ description: "A correction of a published local account: a new published version that keeps the original." })
export class LocalAccountCorrectionInput {
  @Field({ description: "Why the published account is corrected." })
  @BoundedBy(LocalAccount, "correctionReason")
  reason!: string;

  @Field({ description: "When the correction was published (YYYY-MM-DD), not before the original." })
  @BoundedBy(LocalAccount, "publishedOn")
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: "Where the correction is published; the original's link if left out." })
  @BoundedBy(LocalAccount, "link")
  link?: string | null;

  @Field(() => String, { nullable: true, description: "How people who use services were engaged; the original's if left out." })
  @BoundedBy(LocalAccount, "engagement")
  engagement?: string | null;

  @Field(() => [LocalAccountPriorityInput], { nullable: true, description: "The priorities; the original's if left out." })
  priorities?: LocalAccountPriorityInput[] | null;
}
