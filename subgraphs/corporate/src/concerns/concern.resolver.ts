import { FieldResolver, Resolver, Root } from "type-graphql";
import { Council } from "../council/council.entity";
import { Concern } from "./concern.type";

@Resolver(() => Council)
export class CouncilConcernsResolver {
  // Concerns are recorded from the corporate programmes issue on, and guarded by the token work.
  @FieldResolver(() => [Concern], { nullable: true, description: "Confidential: see the contract for who may read it." })
  concerns(@Root() _council: Council): Concern[] {
    return [];
  }
}
