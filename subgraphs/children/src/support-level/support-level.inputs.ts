import { BoundedBy, LocalDate } from "@sli/shared";
import { Field, ID, InputType } from "type-graphql";
import { ChildrensSupportLevel } from "../council/council.enums";
import { SupportLevelDecision } from "./support-level-decision.entity";

@InputType({ description: "A decision on a council's level of children's services support." })
export class RecordChildrensSupportLevelInput {
  @Field(() => ID, { description: "The council's GSS code (an upper-tier council)." })
  council!: string;

  @Field(() => ChildrensSupportLevel, { description: "The level decided." })
  level!: ChildrensSupportLevel;

  @Field(() => LocalDate, { description: "When it was decided." })
  @BoundedBy(SupportLevelDecision, "decidedOn")
  decidedOn!: string;

  @Field(() => String, { nullable: true, description: "Why, in a sentence." })
  @BoundedBy(SupportLevelDecision, "reason")
  reason?: string | null;
}
