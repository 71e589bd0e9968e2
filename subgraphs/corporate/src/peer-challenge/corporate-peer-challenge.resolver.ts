import { FieldResolver, Resolver, Root } from "type-graphql";
import { Council } from "../council/council.entity";
import { CorporatePeerChallenge } from "./corporate-peer-challenge.type";

@Resolver(() => Council)
export class CouncilCorporatePeerChallengesResolver {
  // The programme's records arrive with the corporate programmes issue; the field exists now so the single view runs.
  @FieldResolver(() => [CorporatePeerChallenge])
  corporatePeerChallenges(@Root() _council: Council): CorporatePeerChallenge[] {
    return [];
  }
}
