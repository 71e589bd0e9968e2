import { FieldResolver, Resolver, Root } from "type-graphql";
import { Council } from "../council/council.entity";
import { LeadershipPlace, MemberPeerSupport } from "./leadership.types";

@Resolver(() => Council)
export class CouncilLeadershipResolver {
  // Filled in by the corporate programmes issue; the fields exist now so the single view runs.
  @FieldResolver(() => [LeadershipPlace])
  leadershipPlaces(@Root() _council: Council): LeadershipPlace[] {
    return [];
  }

  @FieldResolver(() => [MemberPeerSupport])
  memberPeerSupport(@Root() _council: Council): MemberPeerSupport[] {
    return [];
  }
}
