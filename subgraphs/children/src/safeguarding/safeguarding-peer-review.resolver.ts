import { FieldResolver, Resolver, Root } from "type-graphql";
import { Council } from "../council/council.entity";
import { SafeguardingPeerReview } from "./safeguarding-peer-review.type";

@Resolver(() => Council)
export class CouncilSafeguardingPeerReviewsResolver {
  // Recorded from the children's services issue on; the field exists now so the single view runs.
  // Nullable so that, with this board's service down, the gateway still answers the other boards' data.
  @FieldResolver(() => [SafeguardingPeerReview], { nullable: true })
  safeguardingPeerReviews(@Root() _council: Council): SafeguardingPeerReview[] {
    return [];
  }
}
