import { registerEnumType } from "type-graphql";

export enum CouncilType {
  COUNTY = "COUNTY",
  DISTRICT = "DISTRICT",
  UNITARY = "UNITARY",
  METROPOLITAN_BOROUGH = "METROPOLITAN_BOROUGH",
  LONDON_BOROUGH = "LONDON_BOROUGH",
  OTHER = "OTHER",
}

registerEnumType(CouncilType, {
  name: "CouncilType",
  description: "The kind of principal council (ONS: E10 county, E07 district, E06 unitary, E08 metropolitan, E09 London).",
  valuesConfig: { OTHER: { description: "City of London and the Isles of Scilly." } },
});
