import { FieldResolver, Resolver, Root } from "type-graphql";
import { Council } from "../council/council.entity";
import { AdultsSignOff } from "./sign-off.type";

@Resolver(() => Council)
export class CouncilSignOffResolver {
  // The sign-off programme arrives with the adult social care issue; null outside the seven until then.
  @FieldResolver(() => AdultsSignOff, { nullable: true, description: "Null outside the seven councils rated adequate." })
  adultsSignOff(@Root() _council: Council): AdultsSignOff | null {
    return null;
  }
}
