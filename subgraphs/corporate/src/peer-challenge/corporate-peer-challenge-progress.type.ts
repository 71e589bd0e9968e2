import { Public } from "@sli/shared";
import { Field, Int, ObjectType } from "type-graphql";
import { Region } from "../region/region.entity";
import { CorporatePeerChallengeStatus } from "./corporate-peer-challenge.enums";

@ObjectType({ description: "How many challenges are in one state." })
export class CorporatePeerChallengeStatusCount {
  @Public()
  @Field(() => CorporatePeerChallengeStatus, { description: "The state." })
  status!: CorporatePeerChallengeStatus;

  @Public()
  @Field(() => Int, { description: "Challenges in it." })
  count!: number;
}

@ObjectType({ description: "The figures the LGA published in 2012, to set the recorded ones against." })
export class CorporatePeerChallengePublishedFigures {
  @Public()
  @Field(() => String, { description: "The financial year the delivered figure is for." })
  deliveredFinancialYear!: string;

  @Public()
  @Field(() => Int, { description: "Councils that had a corporate peer challenge in that year (24 in 2011/12)." })
  delivered!: number;

  @Public()
  @Field(() => Int, { description: "Further challenges booked in or being discussed (70)." })
  bookedOrDiscussed!: number;

  @Public()
  @Field(() => String, { description: "When the figures were published." })
  asAt!: string;

  @Public()
  @Field(() => String, { description: "The passage they come from." })
  source!: string;
}

@ObjectType({ description: "Progress of the corporate peer challenge programme, in England or one region, from the recorded challenges." })
export class CorporatePeerChallengeProgress {
  @Public()
  @Field(() => Region, { nullable: true, description: "The region counted; null for all England." })
  region!: Region | null;

  @Public()
  @Field(() => String, { description: "The financial year deliveredInYear counts." })
  financialYear!: string;

  @Public()
  @Field(() => Int, { description: "Challenges delivered (feedback given or report published) with feedback dated in the financial year." })
  deliveredInYear!: number;

  @Public()
  @Field(() => Int, { description: "Challenges delivered so far, whatever the year." })
  delivered!: number;

  @Public()
  @Field(() => Int, { description: "Challenges booked in or being discussed: interest expressed, booked or on site." })
  bookedOrDiscussed!: number;

  @Public()
  @Field(() => Int, { description: "Distinct councils with a delivered challenge." })
  councilsDelivered!: number;

  @Public()
  @Field(() => [CorporatePeerChallengeStatusCount], { description: "Every state with its count (zeros included)." })
  byStatus!: CorporatePeerChallengeStatusCount[];

  @Public()
  @Field(() => CorporatePeerChallengePublishedFigures, {
    nullable: true,
    description: "The LGA's published figures (England only; null for a region).",
  })
  published!: CorporatePeerChallengePublishedFigures | null;
}
