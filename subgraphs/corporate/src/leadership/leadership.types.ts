import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A place on one of the LGA's main leadership programmes in a financial year." })
export class LeadershipPlace {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: "No-cost member peer support for a council undergoing a change of political control (up to five days)." })
export class MemberPeerSupport {
  @Field(() => ID)
  id!: string;
}
