import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum ChildrensPeerChallengeStatus {
  PLANNED = "PLANNED",
  SCHEDULED = "SCHEDULED",
  ON_SITE = "ON_SITE",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}

registerEnumType(ChildrensPeerChallengeStatus, { name: "ChildrensPeerChallengeStatus" });

@ObjectType({ description: "A children's services peer challenge under its region's model, with five days of a DCS's time." })
export class ChildrensPeerChallenge {
  @Field(() => ID)
  id!: string;

  @Field(() => ChildrensPeerChallengeStatus)
  status!: ChildrensPeerChallengeStatus;
}
