import { assertPageSize, Public, REQUIRED_BOARD_SIGNALS } from "@sli/shared";
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { CorporateContext } from "../context";
import { Council } from "../council/council.entity";
import { Region } from "../region/region.entity";
import { regionByCodeOrNotFound } from "../region/region.loaders";
import { assessCouncil, watchlistOf } from "./early-warning.loaders";
import type { RegionWithSignals, WatchlistWithSignals } from "./early-warning.reference";
import { watchlistId, watchlistRegions } from "./early-warning.rules";
import { EarlyWarning, Watchlist } from "./early-warning.type";

const CONCERNS_NOTE = "signals derived from concerns are included (and counted) only for callers who may read the council's concerns";
const FIRST = { description: "How many councils, the most urgent first (1 to 100).", defaultValue: 10 };

@Resolver(() => Council)
export class CouncilEarlyWarningResolver {
  @Public(CONCERNS_NOTE)
  @Directive(`@requires(fields: "${REQUIRED_BOARD_SIGNALS}")`)
  @FieldResolver(() => EarlyWarning, {
    description:
      "The council's early warning: the LGA's, the CIB's and TEASC's signals about it, each board's from its own records, combined with the level they call for.",
  })
  earlyWarning(@Root() council: Council, @Ctx() ctx: CorporateContext): Promise<EarlyWarning> {
    return assessCouncil(ctx, council, [...(council.childrensWarningSignals ?? []), ...(council.adultsWarningSignals ?? [])]);
  }
}

@Resolver(() => Region)
export class RegionWatchlistResolver {
  @Public(CONCERNS_NOTE)
  @Directive(`@requires(fields: "councils { ${REQUIRED_BOARD_SIGNALS} }")`)
  @FieldResolver(() => [Council], {
    description: "The region's councils ranked by their early warning: the most urgent level first, then the most signals, then by name.",
  })
  async watchlist(
    @Root() region: RegionWithSignals,
    @Arg("first", () => Int, FIRST) first: number,
    @Ctx() ctx: CorporateContext,
  ): Promise<Council[]> {
    assertPageSize(first);
    return watchlistOf(ctx, await ctx.loaders.councilsByRegion.load(region.code), region.boardSignals ?? [], first);
  }
}

@Resolver(() => Watchlist)
export class WatchlistResolver {
  @Public(CONCERNS_NOTE)
  @Query(() => Watchlist, {
    description:
      "Councils ranked by their early warning over one region; without a region, over a principal adviser's own regions (anyone else: all England).",
  })
  async watchlist(
    @Arg("region", () => ID, { nullable: true, description: "The region's ONS code, e.g. E12000009." }) region: string | null,
    @Arg("first", () => Int, FIRST) first: number,
    @Ctx() ctx: CorporateContext,
  ): Promise<Watchlist> {
    assertPageSize(first);
    if (region) await regionByCodeOrNotFound(ctx, region, "region");
    const all = region ? [] : (await ctx.dataSource.getRepository(Region).find({ select: { code: true }, order: { code: "ASC" } })).map((r) => r.code);
    const regionCodes = watchlistRegions(ctx.viewer, region, all);
    return { id: watchlistId(regionCodes, first), regionCodes, first };
  }

  @Public()
  @FieldResolver(() => [Region], { description: "The regions the watchlist covers." })
  async regions(@Root() watchlist: Watchlist, @Ctx() { loaders }: CorporateContext): Promise<Region[]> {
    const regions = await loaders.regionByCode.loadMany(watchlist.regionCodes);
    return regions.filter((region): region is Region => region != null && !(region instanceof Error));
  }

  @Public(CONCERNS_NOTE)
  @Directive(`@requires(fields: "regions { councils { ${REQUIRED_BOARD_SIGNALS} } }")`)
  @FieldResolver(() => [Council], { description: "The councils of those regions, the most urgent level first, then the most signals, then by name." })
  async councils(@Root() watchlist: WatchlistWithSignals, @Ctx() ctx: CorporateContext): Promise<Council[]> {
    const councils = (await ctx.loaders.councilsByRegion.loadMany(watchlist.regionCodes)).flatMap((found) => {
      if (found instanceof Error) throw found;
      return found;
    });
    return watchlistOf(ctx, councils, watchlist.boardSignals ?? [], watchlist.first);
  }
}

/** The early-warning area's resolvers, assembled in schema.ts. */
export const earlyWarningResolvers = [CouncilEarlyWarningResolver, RegionWatchlistResolver, WatchlistResolver] as const;
