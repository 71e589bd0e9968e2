import { FieldResolver, Resolver, Root } from "type-graphql";
import { Council } from "../council/council.entity";
import { ChildrensPeerChallenge } from "./childrens-peer-challenge.type";

@Resolver(() => Council)
export class CouncilChildrensPeerChallengesResolver {
  // Recorded from the children's services issue on; the field exists now so the single view runs.
  @FieldResolver(() => [ChildrensPeerChallenge])
  childrensPeerChallenges(@Root() _council: Council): ChildrensPeerChallenge[] {
    return [];
  }
}
