import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum CorporatePeerChallengeStatus {
  INTEREST_EXPRESSED = "INTEREST_EXPRESSED",
  BOOKED = "BOOKED",
  ON_SITE = "ON_SITE",
  FEEDBACK_GIVEN = "FEEDBACK_GIVEN",
  REPORT_PUBLISHED = "REPORT_PUBLISHED",
  CANCELLED = "CANCELLED",
}

registerEnumType(CorporatePeerChallengeStatus, {
  name: "CorporatePeerChallengeStatus",
  description: "interest expressed → booked → on site → feedback given → report published; cancelled from any state before published.",
});

@ObjectType({ description: "A corporate peer challenge: offered at no cost to every council once in the three years from June 2011." })
export class CorporatePeerChallenge {
  @Field(() => ID)
  id!: string;

  @Field(() => CorporatePeerChallengeStatus)
  status!: CorporatePeerChallengeStatus;
}
