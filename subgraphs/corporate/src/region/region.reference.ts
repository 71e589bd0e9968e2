import type { CorporateContext } from "../context";
import { type CouncilSignals, type RegionWithSignals, signalsOf } from "../early-warning/early-warning.reference";
import type { Region } from "./region.entity";

export const regionReference = {
  __resolveReference: async (reference: Pick<Region, "code"> & { councils?: CouncilSignals[] | null }, { loaders }: CorporateContext): Promise<RegionWithSignals | null> => {
    const region = await loaders.regionByCode.load(reference.code);
    if (!region || !("councils" in reference)) return region;
    // The councils' signals from the other boards, brought for @requires (Region.watchlist): on a copy, as the loader's record is shared.
    return Object.assign(Object.create(Object.getPrototypeOf(region) as object) as Region, region, { boardSignals: signalsOf(reference.councils) });
  },
};
