import { FieldResolver, Resolver, Root } from "type-graphql";
import { Council } from "../council/council.entity";
import { LocalAccount } from "./local-account.type";

@Resolver(() => Council)
export class CouncilLocalAccountsResolver {
  // Recorded from the adult social care issue on; the field exists now so the single view runs.
  // Nullable so that, with this board's service down, the gateway still answers the other boards' data.
  @FieldResolver(() => [LocalAccount], { nullable: true })
  localAccounts(@Root() _council: Council): LocalAccount[] {
    return [];
  }
}
