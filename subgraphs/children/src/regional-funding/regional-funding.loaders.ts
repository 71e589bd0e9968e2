import { groupedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { RegionalFunding } from "./regional-funding.entity";

export function createRegionalFundingLoaders(dataSource: DataSource) {
  return {
    fundingByRegion: groupedLoader(
      (codes: readonly string[]) =>
        dataSource.getRepository(RegionalFunding).find({ where: { regionCode: In([...codes]) }, order: { financialYear: "ASC" } }),
      (funding) => funding.regionCode,
    ),
  };
}
