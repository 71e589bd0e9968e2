import { groupedLoader, keyedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { Council } from "./council.entity";

export function createCouncilLoaders(dataSource: DataSource) {
  const councils = dataSource.getRepository(Council);
  return {
    councilByCode: keyedLoader(
      (codes: readonly string[]) => councils.findBy({ code: In([...codes]) }),
      (council) => council.code,
    ),
    councilsByRegion: groupedLoader(
      (regionCodes: readonly string[]) =>
        councils.find({ where: { regionCode: In([...regionCodes]) }, order: { name: "ASC" } }),
      (council) => council.regionCode,
    ),
  };
}
