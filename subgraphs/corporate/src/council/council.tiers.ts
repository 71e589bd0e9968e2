import { readCouncils, readDistrictCounties } from "@sli/shared";

/** The two tiers of shire England: each district's county, each county's districts (by name). */
export interface CouncilTiers {
  countyOfDistrict: ReadonlyMap<string, string>;
  districtsOfCounty: ReadonlyMap<string, readonly string[]>;
}

let tiers: CouncilTiers | undefined;

/**
 * district_county.csv, read on first use (the server reads it at start) and
 * checked against councils.csv: every district there has exactly one county,
 * every county named is a county council, every code is a council's.
 */
export function councilTiers(): CouncilTiers {
  if (tiers) return tiers;
  const councils = new Map(readCouncils().map((council) => [council.code, council]));
  const countyOfDistrict = new Map<string, string>();
  const districtsOfCounty = new Map<string, string[]>();
  for (const row of readDistrictCounties()) {
    const district = councils.get(row.districtCode);
    if (district?.type !== "DISTRICT") throw new Error(`district_county.csv: ${row.districtCode} is not a district in councils.csv`);
    const county = councils.get(row.countyCode);
    if (county?.type !== "COUNTY") throw new Error(`district_county.csv: ${row.countyCode} (county of ${row.districtCode}) is not a county in councils.csv`);
    if (countyOfDistrict.has(row.districtCode)) throw new Error(`district_county.csv: ${row.districtCode} is listed twice`);
    countyOfDistrict.set(row.districtCode, row.countyCode);
    districtsOfCounty.set(row.countyCode, [...(districtsOfCounty.get(row.countyCode) ?? []), row.districtCode]);
  }
  for (const council of councils.values()) {
    if (council.type === "DISTRICT" && !countyOfDistrict.has(council.code)) throw new Error(`district_county.csv: district ${council.code} ${council.name} has no county`);
    if (council.type === "COUNTY" && !districtsOfCounty.has(council.code)) throw new Error(`district_county.csv: county ${council.code} ${council.name} has no districts`);
  }
  const byName = (a: string, b: string) => councils.get(a)!.name.localeCompare(councils.get(b)!.name);
  for (const districts of districtsOfCounty.values()) districts.sort(byName);
  tiers = Object.freeze({ countyOfDistrict, districtsOfCounty });
  return tiers;
}
