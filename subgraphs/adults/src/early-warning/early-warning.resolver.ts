import { BOARD_WARNING_SIGNALS, EarlyWarningSignal, Public, todayIso } from "@sli/shared";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AdultsContext } from "../context";
import { Council } from "../council/council.entity";
import { adultsWarningSignals } from "./early-warning.rules";

@Resolver(() => Council)
export class AdultsEarlyWarningResolver {
  @Public()
  @FieldResolver(() => [EarlyWarningSignal], {
    description: BOARD_WARNING_SIGNALS.adults.description,
  })
  async adultsWarningSignals(@Root() council: Council, @Ctx() { loaders }: AdultsContext): Promise<EarlyWarningSignal[]> {
    if (!council.upperTier) return [];
    // Each loader answers a whole _entities batch (a region's councils) in one statement.
    const [signOff, accounts, latest] = await Promise.all([
      loaders.signOffByCouncil.load(council.code),
      loaders.localAccountStatesByCouncil.load(council.code),
      loaders.latestPublishedLocalAccountYear.load("england"),
    ]);
    return adultsWarningSignals({
      council,
      signOff: signOff ?? null,
      accounts,
      currentYear: latest?.year ?? null,
      today: todayIso(),
    });
  }
}

export const adultsEarlyWarningResolvers = [AdultsEarlyWarningResolver] as const;
