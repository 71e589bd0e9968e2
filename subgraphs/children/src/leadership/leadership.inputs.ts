import { Field, ID, InputType, Int } from "type-graphql";
import { ChildrensLeadershipEventKind } from "./leadership.entity";

@InputType({ description: "A lead member induction or Leadership Academy event." })
export class RecordLeadershipEventInput {
  @Field(() => ChildrensLeadershipEventKind, { description: "Induction or Leadership Academy." })
  kind!: ChildrensLeadershipEventKind;

  @Field({ description: "The title." })
  title!: string;

  @Field({ description: "First day (YYYY-MM-DD)." })
  startsOn!: string;

  @Field({ description: "Last day (YYYY-MM-DD)." })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: "Where." })
  venue?: string | null;

  @Field(() => Int, { description: "How many places." })
  places!: number;
}

@InputType({ description: "A place on a leadership event for a council's lead member for children." })
export class BookLeadershipPlaceInput {
  @Field(() => ID, { description: "The event." })
  event!: string;

  @Field(() => ID, { description: "The council (upper tier)." })
  council!: string;

  @Field({ description: "The lead member's name." })
  leadMemberName!: string;
}
