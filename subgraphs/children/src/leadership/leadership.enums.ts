import { registerEnumType } from "type-graphql";

export enum ChildrensLeadershipEventKind {
  LEAD_MEMBER_INDUCTION = "LEAD_MEMBER_INDUCTION",
  LEADERSHIP_ACADEMY = "LEADERSHIP_ACADEMY",
}

registerEnumType(ChildrensLeadershipEventKind, {
  name: "ChildrensLeadershipEventKind",
  description: "The CIB's leadership offer to lead members for children.",
  valuesConfig: {
    LEAD_MEMBER_INDUCTION: { description: "An induction event for new lead members for children." },
    LEADERSHIP_ACADEMY: { description: "A two-day Leadership Academy event with free places for children's services lead members." },
  },
});
