import { registerEnumType } from "type-graphql";

export enum Polarity {
  HIGHER_IS_BETTER = "HIGHER_IS_BETTER",
  LOWER_IS_BETTER = "LOWER_IS_BETTER",
  NEUTRAL = "NEUTRAL",
}

registerEnumType(Polarity, {
  name: "Polarity",
  description: "Which way is better for a metric; it decides ranks and quartiles in comparisons.",
  valuesConfig: {
    HIGHER_IS_BETTER: { description: "A higher value is better: rank 1 is the highest." },
    LOWER_IS_BETTER: { description: "A lower value is better: rank 1 is the lowest." },
    NEUTRAL: { description: "Context, not performance (e.g. population): ranked highest first, without judgement." },
  },
});

export enum ComparisonGroup {
  REGION = "REGION",
  COUNCIL_TYPE = "COUNCIL_TYPE",
  ENGLAND = "ENGLAND",
  NEAREST_NEIGHBOURS = "NEAREST_NEIGHBOURS",
}

registerEnumType(ComparisonGroup, {
  name: "ComparisonGroup",
  description: "The councils a council is compared with.",
  valuesConfig: {
    REGION: { description: "Every council in its region." },
    COUNCIL_TYPE: { description: "Every council of its type (county, district, unitary, metropolitan, London)." },
    ENGLAND: { description: "All 353 English councils." },
    NEAREST_NEIGHBOURS: {
      description:
        "The council and its neighbours: by default its 15 nearest neighbours of comparable type, CIPFA-style; the CIB's ten statistical neighbours with `neighbours: CIB_STATISTICAL` (see Council.nearestNeighbours).",
    },
  },
});

export enum NeighbourSet {
  NEAREST = "NEAREST",
  CIB_STATISTICAL = "CIB_STATISTICAL",
}

registerEnumType(NeighbourSet, {
  name: "NeighbourSet",
  description: "Which neighbours a council is compared with when the group is its neighbours.",
  valuesConfig: {
    NEAREST: { description: "The LGA's 15 nearest neighbours of comparable type, from the context indicators (CIPFA-style)." },
    CIB_STATISTICAL: {
      description:
        "The CIB's ten statistical neighbours, by the CIB's own method over its latest common data set (upper-tier councils; none for a shire district).",
    },
  },
});
