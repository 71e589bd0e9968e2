import { registerEnumType } from "type-graphql";

export enum ChildrensPeerChallengeStatus {
  PLANNED = "PLANNED",
  SCHEDULED = "SCHEDULED",
  ON_SITE = "ON_SITE",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}

registerEnumType(ChildrensPeerChallengeStatus, {
  name: "ChildrensPeerChallengeStatus",
  description: "planned → scheduled → on site → completed; cancelled from any state before completed.",
  valuesConfig: {
    PLANNED: { description: "Agreed with the council under its region's model; no dates yet." },
    SCHEDULED: { description: "Dates set." },
    ON_SITE: { description: "The peer team is on site." },
    COMPLETED: { description: "Done; the DCS days actually given are recorded." },
    CANCELLED: { description: "Called off before completion." },
  },
});
