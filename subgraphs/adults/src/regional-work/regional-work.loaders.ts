import { groupedLoader, keyedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { AdassRegionalBranch, AdultsRegionalPriority, AdultsRegionalWorkshop } from "./regional-work.entity";

/** One statement per relation, for all nine regions as for one. */
export function createRegionalWorkLoaders(dataSource: DataSource) {
  return {
    adassBranchByRegion: keyedLoader(
      (codes: readonly string[]) => dataSource.getRepository(AdassRegionalBranch).findBy({ regionCode: In([...codes]) }),
      (branch) => branch.regionCode,
    ),
    workshopsByRegion: groupedLoader(
      (codes: readonly string[]) =>
        dataSource.getRepository(AdultsRegionalWorkshop).find({ where: { regionCode: In([...codes]) }, order: { heldOn: "ASC", id: "ASC" } }),
      (workshop) => workshop.regionCode,
    ),
    prioritiesByRegion: groupedLoader(
      (codes: readonly string[]) =>
        dataSource.getRepository(AdultsRegionalPriority).find({ where: { regionCode: In([...codes]) }, order: { financialYear: "ASC", deliverable: "ASC" } }),
      (priority) => priority.regionCode,
    ),
  };
}
