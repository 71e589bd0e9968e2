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
  valuesConfig: {
    COUNTY: { description: "A county council (E10): upper tier over shire districts." },
    DISTRICT: { description: "A shire district council (E07): lower tier." },
    UNITARY: { description: "A unitary authority (E06): single tier." },
    METROPOLITAN_BOROUGH: { description: "A metropolitan borough (E08): single tier." },
    LONDON_BOROUGH: { description: "A London borough (E09): single tier." },
    OTHER: { description: "City of London and the Isles of Scilly." },
  },
});
