import { groupedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { RegionalLead } from "./regional-lead.entity";

export function createRegionalLeadLoaders(dataSource: DataSource) {
  return {
    regionalLeadsByRegion: groupedLoader(
      (codes: readonly string[]) => dataSource.getRepository(RegionalLead).findBy({ regionCode: In([...codes]) }),
      (lead) => lead.regionCode,
    ),
  };
}
