import { BoundedBy } from "@sli/shared";
import { Field, ID, InputType } from "type-graphql";
import { SafeguardingPeerReview, SafeguardingPeerReviewStatus } from "./safeguarding-peer-review.entity";

@InputType({ description: "A council's request for a safeguarding peer review." })
export class RequestSafeguardingPeerReviewInput {
  @Field(() => ID, { description: "The council (upper tier)." })
  council!: string;

  @Field({ description: "When it asked (YYYY-MM-DD)." })
  @BoundedBy(SafeguardingPeerReview, "requestedOn")
  requestedOn!: string;

  @Field(() => String, { nullable: true, description: "What to emphasise within the fixed focus, as discussed with the council." })
  @BoundedBy(SafeguardingPeerReview, "localEmphasis")
  localEmphasis?: string | null;
}

@InputType({ description: "A move of a safeguarding peer review along its lifecycle, with what the new state needs." })
export class MoveSafeguardingPeerReviewInput {
  @Field(() => ID, { description: "The review." })
  id!: string;

  @Field(() => SafeguardingPeerReviewStatus, { description: "The state it moves to." })
  status!: SafeguardingPeerReviewStatus;

  @Field(() => String, { nullable: true, description: "First day on site (needed to schedule)." })
  @BoundedBy(SafeguardingPeerReview, "onSiteFrom")
  onSiteFrom?: string | null;

  @Field(() => String, { nullable: true, description: "Last day on site (needed to schedule)." })
  @BoundedBy(SafeguardingPeerReview, "onSiteTo")
  onSiteTo?: string | null;

  @Field(() => String, { nullable: true, description: "When it reported (needed to report)." })
  @BoundedBy(SafeguardingPeerReview, "reportedOn")
  reportedOn?: string | null;

  @Field(() => String, { nullable: true, description: "When the council withdrew (needed to withdraw)." })
  @BoundedBy(SafeguardingPeerReview, "withdrawnOn")
  withdrawnOn?: string | null;
}
