import { registerEnumType } from "type-graphql";

export enum IndicatorPolarity {
  HIGHER_IS_BETTER = "HIGHER_IS_BETTER",
  LOWER_IS_BETTER = "LOWER_IS_BETTER",
  CONTEXT = "CONTEXT",
}

registerEnumType(IndicatorPolarity, {
  name: "IndicatorPolarity",
  description: "Which way is better for an indicator.",
  valuesConfig: {
    HIGHER_IS_BETTER: { description: "A higher value is better." },
    LOWER_IS_BETTER: { description: "A lower value is better." },
    CONTEXT: { description: "Describes the area; neither way is better." },
  },
});
