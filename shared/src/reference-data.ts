import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

/** The published reference data, copied from ../shared/data with its provenance (seed-data/README.md). */
export const SEED_DATA_DIR = path.resolve(__dirname, "../../seed-data");

export type CouncilTypeName = "COUNTY" | "DISTRICT" | "UNITARY" | "METROPOLITAN_BOROUGH" | "LONDON_BOROUGH" | "OTHER";

export interface ReferenceCouncil {
  code: string;
  name: string;
  type: CouncilTypeName;
  regionCode: string;
  upperTier: boolean;
}

export interface ReferenceRegion {
  code: string;
  name: string;
  principalAdviserId: string;
}

export interface ReferencePerson {
  id: string;
  name: string;
  title: string;
  organisation: string;
  email: string;
  regionCodes: string[];
}

export interface ReferenceRecognition {
  code: string;
  name: string;
  cqcRating2010: string;
  recognisedBy: string;
}

/** A shire district and the county that holds its children's services and adult social care (district_county.csv). */
export interface ReferenceDistrictCounty {
  districtCode: string;
  districtName: string;
  countyCode: string;
  countyName: string;
}

export function readCsv(file: string): Record<string, string>[] {
  const text = fs.readFileSync(path.join(SEED_DATA_DIR, file), "utf8");
  return parse(text, { columns: true, skip_empty_lines: true, trim: true });
}

export function readRegions(): ReferenceRegion[] {
  return readCsv("regions.csv").map((row) => ({
    code: row.region_code,
    name: row.name,
    principalAdviserId: row.principal_adviser,
  }));
}

export function readCouncils(): ReferenceCouncil[] {
  // councils.csv names regions; the graph keys them by ONS code.
  const regionCodeByName = new Map(readRegions().map((region) => [region.name, region.code]));
  return readCsv("councils.csv").map((row) => {
    const regionCode = regionCodeByName.get(row.region);
    if (!regionCode) throw new Error(`councils.csv: ${row.gss_code} names an unknown region "${row.region}"`);
    return {
      code: row.gss_code,
      name: row.name,
      type: row.council_type.toUpperCase() as CouncilTypeName,
      regionCode,
      upperTier: row.upper_tier === "true",
    };
  });
}

export function readPeople(): ReferencePerson[] {
  return readCsv("people.csv").map((row) => ({
    id: row.id,
    name: row.name,
    title: row.title,
    organisation: row.organisation,
    email: row.email,
    regionCodes: row.regions ? row.regions.split(";").filter(Boolean) : [],
  }));
}

export function readTeascRecognised(): ReferenceRecognition[] {
  return readCsv("teasc_recognised.csv").map((row) => ({
    code: row.gss_code,
    name: row.name,
    cqcRating2010: row.cqc_2010_rating.toUpperCase(),
    recognisedBy: row.recognised_by,
  }));
}

export function readDistrictCounties(): ReferenceDistrictCounty[] {
  return readCsv("district_county.csv").map((row) => ({
    districtCode: row.district_gss_code,
    districtName: row.district_name,
    countyCode: row.county_gss_code,
    countyName: row.county_name,
  }));
}
