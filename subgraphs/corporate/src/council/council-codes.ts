import { assertCouncilCode } from "@sli/shared";
import { regionByCodeOrNotFound } from "../region/region.loaders";
import type { CorporateContext } from "../context";

/**
 * The council codes a `region` and/or `council` filter stands for (undefined:
 * no filter). The region's councils come through the per-request loader.
 */
export async function councilCodesFor(ctx: CorporateContext, region?: string | null, council?: string | null): Promise<string[] | undefined> {
  let codes: string[] | undefined;
  if (region != null) {
    await regionByCodeOrNotFound(ctx, region, "region");
    codes = (await ctx.loaders.councilsByRegion.load(region)).map((c) => c.code);
  }
  if (council != null) {
    assertCouncilCode(council, "council");
    codes = codes ? codes.filter((code) => code === council) : [council];
  }
  return codes;
}
