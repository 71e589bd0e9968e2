import { FieldResolver, Resolver, Root } from "type-graphql";
import { Council } from "../council/council.entity";
import { ChildrensPeerChallenge } from "./childrens-peer-challenge.type";

@Resolver(() => Council)
export class CouncilChildrensPeerChallengesResolver {
  // Recorded from the children's services issue on; the field exists now so the single view runs.
  // Nullable so that, with this board's service down, the gateway still answers the other boards' data.
  @FieldResolver(() => [ChildrensPeerChallenge], { nullable: true })
  childrensPeerChallenges(@Root() _council: Council): ChildrensPeerChallenge[] {
    return [];
  }
}
