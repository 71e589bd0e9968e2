import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum SafeguardingPeerReviewStatus {
  REQUESTED = "REQUESTED",
  SCHEDULED = "SCHEDULED",
  ON_SITE = "ON_SITE",
  REPORTED = "REPORTED",
  WITHDRAWN = "WITHDRAWN",
}

registerEnumType(SafeguardingPeerReviewStatus, {
  name: "SafeguardingPeerReviewStatus",
  description: "requested → scheduled → on site → reported, or withdrawn.",
});

@ObjectType({ description: "A national, no-cost children's safeguarding peer review with a fixed focus." })
export class SafeguardingPeerReview {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeguardingPeerReviewStatus)
  status!: SafeguardingPeerReviewStatus;
}
