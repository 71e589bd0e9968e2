import { registerEnumType } from "type-graphql";

export enum RegionalLeadRole {
  LEAD_MEMBER_FOR_CHILDREN = "LEAD_MEMBER_FOR_CHILDREN",
  CHIEF_EXECUTIVE = "CHIEF_EXECUTIVE",
  DIRECTOR_OF_CHILDRENS_SERVICES = "DIRECTOR_OF_CHILDRENS_SERVICES",
}

registerEnumType(RegionalLeadRole, {
  name: "RegionalLeadRole",
  description: "The three regional leads each region nominates to champion children's services improvement.",
  valuesConfig: {
    LEAD_MEMBER_FOR_CHILDREN: { description: "A lead member for children." },
    CHIEF_EXECUTIVE: { description: "A chief executive." },
    DIRECTOR_OF_CHILDRENS_SERVICES: { description: "A director of children's services." },
  },
});
