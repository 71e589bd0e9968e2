import { BoundedBy, LocalDate } from "@sli/shared";
import { Field, ID, InputType, Int } from "type-graphql";
import { ChildrensLeadershipEvent, ChildrensLeadershipPlace } from "./leadership.entity";
import { ChildrensLeadershipEventKind } from "./leadership.enums";

@InputType({ description: "A lead member induction or Leadership Academy event." })
export class RecordChildrensLeadershipEventInput {
  @Field(() => ChildrensLeadershipEventKind, { description: "Induction or Leadership Academy." })
  kind!: ChildrensLeadershipEventKind;

  @Field({ description: "The title." })
  @BoundedBy(ChildrensLeadershipEvent, "title")
  title!: string;

  @Field(() => LocalDate, { description: "First day." })
  @BoundedBy(ChildrensLeadershipEvent, "startsOn")
  startsOn!: string;

  @Field(() => LocalDate, { description: "Last day." })
  @BoundedBy(ChildrensLeadershipEvent, "endsOn")
  endsOn!: string;

  @Field(() => String, { nullable: true, description: "Where." })
  @BoundedBy(ChildrensLeadershipEvent, "venue")
  venue?: string | null;

  @Field(() => Int, { description: "How many places." })
  places!: number;
}

@InputType({ description: "A place on a leadership event for a council's lead member for children." })
export class BookChildrensLeadershipPlaceInput {
  @Field(() => ID, { description: "The event." })
  event!: string;

  @Field(() => ID, { description: "The council (upper tier)." })
  council!: string;

  @Field({ description: "The lead member's name." })
  @BoundedBy(ChildrensLeadershipPlace, "leadMemberName")
  leadMemberName!: string;
}
