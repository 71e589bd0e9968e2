import { BoundedBy, PageArgs, PartnerBoard } from "@sli/shared";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { GoodPractice } from "./good-practice.entity";
import { GoodPracticeSourceKind, GoodPracticeTheme } from "./good-practice.enums";

@InputType({ description: "The record the learning comes from: one of the sharing board's own." })
export class GoodPracticeSourceInput {
  @Field(() => GoodPracticeSourceKind, { description: "What kind of record it is." })
  kind!: GoodPracticeSourceKind;

  @Field(() => ID, { description: "The record's id in its board's service." })
  id!: string;
}

@InputType({ description: "Learning a board shares from one of its records (a draft until published)." })
export class ShareLearningInput {
  @Field(() => ID, { description: "The council's GSS code." })
  council!: string;

  @Field(() => PartnerBoard, { description: "The board sharing it: the caller must write for it." })
  board!: PartnerBoard;

  @Field(() => GoodPracticeTheme, { description: "What it is about." })
  theme!: GoodPracticeTheme;

  @Field(() => String, { description: "A short title." })
  @BoundedBy(GoodPractice, "title")
  title!: string;

  @Field(() => String, { description: "What was done and what others can learn from it." })
  @BoundedBy(GoodPractice, "summary")
  summary!: string;

  @Field(() => GoodPracticeSourceInput, { description: "The record it comes from." })
  source!: GoodPracticeSourceInput;
}

@InputType({ description: "A draft good practice item to publish in the library." })
export class PublishLearningInput {
  @Field(() => ID, { description: "The item's id." })
  id!: string;
}

/** The most characters a search may hold. */
export const SEARCH_MAX_LENGTH = 200;

@ArgsType()
export class GoodPracticeArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      `Words to find (at most ${SEARCH_MAX_LENGTH} characters): items holding every word of three or more letters in their title or summary, ` +
      "ranked by how often the words occur (a title's three times a summary's), then newest first. Without it: every item, newest first.",
  })
  search?: string | null;

  @Field(() => GoodPracticeTheme, { nullable: true, description: "Only items on this theme." })
  theme?: GoodPracticeTheme | null;

  @Field(() => PartnerBoard, { nullable: true, description: "Only items this board shared." })
  board?: PartnerBoard | null;

  @Field(() => ID, { nullable: true, description: "Only items about councils of this region (its ONS code)." })
  region?: string | null;
}

@ArgsType()
export class CouncilGoodPracticeArgs extends PageArgs {
  @Field(() => GoodPracticeTheme, { nullable: true, description: "Only items on this theme." })
  theme?: GoodPracticeTheme | null;

  @Field(() => PartnerBoard, { nullable: true, description: "Only items this board shared." })
  board?: PartnerBoard | null;
}
