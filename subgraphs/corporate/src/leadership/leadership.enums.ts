import { registerEnumType } from "type-graphql";

export enum LeadershipProgramme {
  LEADERSHIP_ACADEMY = "LEADERSHIP_ACADEMY",
  LEADING_EDGE = "LEADING_EDGE",
  NEXT_GENERATION = "NEXT_GENERATION",
}

registerEnumType(LeadershipProgramme, {
  name: "LeadershipProgramme",
  description: "The LGA's main political leadership programmes, on which the offer's places are taken.",
  valuesConfig: {
    LEADERSHIP_ACADEMY: { description: "The Leadership Academy, for leaders and cabinet members." },
    LEADING_EDGE: { description: "Leading Edge, for experienced leaders." },
    NEXT_GENERATION: { description: "Next Generation, for councillors with leadership potential." },
  },
});
