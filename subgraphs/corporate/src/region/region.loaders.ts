import { groupedLoader, keyedLoader } from "@sli/shared";
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
