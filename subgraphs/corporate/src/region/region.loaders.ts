import { assertRegionCode, groupedLoader, keyedLoader, notFound } from "@sli/shared";
import type { CorporateContext } from "../context";
import { type DataSource, In } from "typeorm";
import { Region } from "./region.entity";

export function createRegionLoaders(dataSource: DataSource) {
  const regions = dataSource.getRepository(Region);
  return {
    regionByCode: keyedLoader(
      (codes: readonly string[]) => regions.findBy({ code: In([...codes]) }),
      (region) => region.code,
    ),
    regionsByPrincipalAdviser: groupedLoader(
      (personIds: readonly string[]) =>
        regions.find({ where: { principalAdviserId: In([...personIds]) }, order: { code: "ASC" } }),
      (region) => region.principalAdviserId as string,
    ),
  };
}

/** The region with this code: BAD_USER_INPUT for a malformed code, NOT_FOUND for an unknown one. */
export async function regionByCodeOrNotFound(ctx: CorporateContext, code: string, argument = "code"): Promise<Region> {
  assertRegionCode(code, argument);
  const region = await ctx.loaders.regionByCode.load(code);
  if (!region) throw notFound(`No region has the code ${code}`, { argument });
  return region;
}
