import type { CorporateContext } from "../context";
import type { Region } from "./region.entity";

export const regionReference = {
  __resolveReference: (reference: Pick<Region, "code">, { loaders }: CorporateContext): Promise<Region | null> =>
    loaders.regionByCode.load(reference.code),
};
