import { gql } from "./api";

export interface RegionName {
  code: string;
  name: string;
}

let regionList: Promise<RegionName[]> | null = null;

/** The nine regions (public), asked once per page load. */
export function regions(): Promise<RegionName[]> {
  regionList ??= gql<{ regions: RegionName[] }>("query DashboardRegions { regions { code name } }")
    .then(({ data }) => data!.regions)
    .catch((error: unknown) => {
      regionList = null;
      throw error;
    });
  return regionList;
}
