import { BoundedBy, LocalDate } from "@sli/shared";
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
export class CreateLocalAccountInput {
  @Field(() => ID, { description: "ONS GSS code of an upper-tier council." })
  council!: string;

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
export class UpdateLocalAccountDraftInput {
  @Field(() => ID, { description: "The draft's id." })
  id!: string;

  @Field(() => String, { nullable: true, description: "How people who use services were engaged." })
  @BoundedBy(LocalAccount, "engagement")
  engagement?: string | null;

  @Field(() => String, { nullable: true, description: "Where it will be published." })
  @BoundedBy(LocalAccount, "link")
  link?: string | null;

  @Field(() => [LocalAccountPriorityInput], { nullable: true, description: "Its priorities, in order: replaces them all." })
  priorities?: LocalAccountPriorityInput[] | null;
}

@InputType({ description: "The publication of a draft local account." })
export class PublishLocalAccountInput {
  @Field(() => ID, { description: "The draft's id." })
  id!: string;

  @Field(() => LocalDate, { description: "When it was published (2000-01-01 to 2030-12-31)." })
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: "Where it is published, if the draft does not say yet." })
  @BoundedBy(LocalAccount, "link")
  link?: string | null;
}

@InputType({ description: "A correction of a published local account: a new published version that keeps the original." })
export class CorrectLocalAccountInput {
  @Field(() => ID, { description: "The published account's id." })
  id!: string;

  @Field({ description: "Why the published account is corrected." })
  @BoundedBy(LocalAccount, "correctionReason")
  reason!: string;

  @Field(() => LocalDate, { description: "When the correction was published, not before the original." })
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
