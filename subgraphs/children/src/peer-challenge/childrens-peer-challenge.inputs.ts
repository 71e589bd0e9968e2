import { BoundedBy } from "@sli/shared";
import { Field, ID, InputType, Int } from "type-graphql";
import { ChildrensPersonInput } from "../person/childrens-person.entity";
import { ChildrensPeerChallenge, ChildrensPeerChallengeStatus, PeerChallengeModel, PeerChallengeTeamMembership } from "./childrens-peer-challenge.entity";

@InputType({ description: "A region's model of children's services peer challenge." })
export class RecordPeerChallengeModelInput {
  @Field(() => ID, { description: "The region's ONS code." })
  region!: string;

  @Field({ description: "The model's name (unique in its region)." })
  @BoundedBy(PeerChallengeModel, "name")
  name!: string;

  @Field(() => String, { nullable: true, description: "How the model works." })
  @BoundedBy(PeerChallengeModel, "description")
  description?: string | null;
}

@InputType({ description: "A member of the peer team." })
export class PeerChallengeTeamMemberInput {
  @Field(() => ChildrensPersonInput, { description: "The peer." })
  person!: ChildrensPersonInput;

  @Field(() => String, { nullable: true, description: "Their part in the team." })
  @BoundedBy(PeerChallengeTeamMembership, "role")
  role?: string | null;
}

@InputType({ description: "A peer challenge agreed with a council under its region's model." })
export class PlanChildrensPeerChallengeInput {
  @Field(() => ID, { description: "The council challenged (upper tier)." })
  council!: string;

  @Field(() => ID, { description: "The model used (one of the council's region's)." })
  model!: string;

  @Field(() => ChildrensPersonInput, { nullable: true, description: "The lead peer." })
  leadPeer?: ChildrensPersonInput | null;

  @Field(() => [PeerChallengeTeamMemberInput], { defaultValue: [], description: "The rest of the peer team." })
  team!: PeerChallengeTeamMemberInput[];
}

@InputType({ description: "A move of a peer challenge along its lifecycle, with what the new state needs." })
export class MoveChildrensPeerChallengeInput {
  @Field(() => ID, { description: "The peer challenge." })
  id!: string;

  @Field(() => ChildrensPeerChallengeStatus, { description: "The state it moves to." })
  status!: ChildrensPeerChallengeStatus;

  @Field(() => String, { nullable: true, description: "First day on site (needed to schedule)." })
  @BoundedBy(ChildrensPeerChallenge, "startsOn")
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: "Last day on site (needed to schedule)." })
  @BoundedBy(ChildrensPeerChallenge, "endsOn")
  endsOn?: string | null;

  @Field(() => Int, { nullable: true, description: "DCS days actually given (needed to complete)." })
  dcsDaysGiven?: number | null;
}
