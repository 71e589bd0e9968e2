import { FieldResolver, Resolver, Root } from "type-graphql";
import { Council } from "../council/council.entity";
import { LocalAccount } from "./local-account.type";

@Resolver(() => Council)
export class CouncilLocalAccountsResolver {
  // Recorded from the adult social care issue on; the field exists now so the single view runs.
  @FieldResolver(() => [LocalAccount])
  localAccounts(@Root() _council: Council): LocalAccount[] {
    return [];
  }
}
