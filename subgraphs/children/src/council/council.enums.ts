import { registerEnumType } from "type-graphql";

export enum ChildrensSupportLevel {
  UNIVERSAL = "UNIVERSAL",
  EARLY_SUPPORT = "EARLY_SUPPORT",
  TARGETED_SUPPORT = "TARGETED_SUPPORT",
}

registerEnumType(ChildrensSupportLevel, {
  name: "ChildrensSupportLevel",
  description: "The CIB's level of support for a council's children's services; targeted and early support come first for safeguarding peer reviews.",
  valuesConfig: {
    UNIVERSAL: { description: "The support every council has." },
    EARLY_SUPPORT: { description: "An agreed package of early support." },
    TARGETED_SUPPORT: { description: "An agreed package of targeted support." },
  },
});
