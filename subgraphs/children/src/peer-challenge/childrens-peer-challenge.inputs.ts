import { BoundedBy, LocalDate } from "@sli/shared";
import { Field, ID, InputType, Int } from "type-graphql";
import { ChildrensPersonInput } from "../person/childrens-person.entity";
import { ChildrensPeerChallenge, PeerChallengeModel, PeerChallengeTeamMembership } from "./childrens-peer-challenge.entity";

@InputType({ description: "A region's model of children's services peer challenge." })
export class RecordChildrensPeerChallengeModelInput {
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

@InputType({ description: "The dates agreed for a planned peer challenge's visit." })
export class ScheduleChildrensPeerChallengeInput {
  @Field(() => ID, { description: "The peer challenge (planned)." })
  id!: string;

  @Field(() => LocalDate, { description: "First day on site." })
  @BoundedBy(ChildrensPeerChallenge, "startsOn")
  startsOn!: string;

  @Field(() => LocalDate, { description: "Last day on site (not before the first)." })
  @BoundedBy(ChildrensPeerChallenge, "endsOn")
  endsOn!: string;
}

@InputType({ description: "A scheduled peer challenge whose peer team is now on site." })
export class StartChildrensPeerChallengeVisitInput {
  @Field(() => ID, { description: "The peer challenge (scheduled)." })
  id!: string;
}

@InputType({ description: "A peer challenge whose visit is over, with the DCS time given." })
export class CompleteChildrensPeerChallengeInput {
  @Field(() => ID, { description: "The peer challenge (on site)." })
  id!: string;

  @Field(() => Int, { description: "Days of DCS time actually given (0 to 20)." })
  dcsDaysGiven!: number;
}

@InputType({ description: "A peer challenge called off before it completed; the council may then plan another." })
export class CancelChildrensPeerChallengeInput {
  @Field(() => ID, { description: "The peer challenge (planned, scheduled or on site)." })
  id!: string;
}
