import { BoundedBy, LocalDate } from "@sli/shared";
import { Field, ID, InputType } from "type-graphql";
import { SafeguardingPeerReview } from "./safeguarding-peer-review.entity";

@InputType({ description: "A council's request for a safeguarding peer review." })
export class RequestSafeguardingPeerReviewInput {
  @Field(() => ID, { description: "The council (upper tier)." })
  council!: string;

  @Field(() => LocalDate, { description: "When it asked." })
  @BoundedBy(SafeguardingPeerReview, "requestedOn")
  requestedOn!: string;

  @Field(() => String, { nullable: true, description: "What to emphasise within the fixed focus, as discussed with the council." })
  @BoundedBy(SafeguardingPeerReview, "localEmphasis")
  localEmphasis?: string | null;
}

@InputType({ description: "The dates agreed for a requested review's visit." })
export class ScheduleSafeguardingPeerReviewInput {
  @Field(() => ID, { description: "The review (requested)." })
  id!: string;

  @Field(() => LocalDate, { description: "First day on site (not before the request)." })
  @BoundedBy(SafeguardingPeerReview, "onSiteFrom")
  onSiteFrom!: string;

  @Field(() => LocalDate, { description: "Last day on site (not before the first)." })
  @BoundedBy(SafeguardingPeerReview, "onSiteTo")
  onSiteTo!: string;
}

@InputType({ description: "A scheduled review whose peer team is now on site." })
export class StartSafeguardingPeerReviewVisitInput {
  @Field(() => ID, { description: "The review (scheduled)." })
  id!: string;
}

@InputType({ description: "A review that has reported to the council after its visit." })
export class ReportSafeguardingPeerReviewInput {
  @Field(() => ID, { description: "The review (on site)." })
  id!: string;

  @Field(() => LocalDate, { description: "When it reported (not before the last day on site)." })
  @BoundedBy(SafeguardingPeerReview, "reportedOn")
  reportedOn!: string;
}

@InputType({ description: "A request the council withdrew before the visit." })
export class WithdrawSafeguardingPeerReviewInput {
  @Field(() => ID, { description: "The review (requested or scheduled)." })
  id!: string;

  @Field(() => LocalDate, { description: "When the council withdrew." })
  @BoundedBy(SafeguardingPeerReview, "withdrawnOn")
  withdrawnOn!: string;
}
