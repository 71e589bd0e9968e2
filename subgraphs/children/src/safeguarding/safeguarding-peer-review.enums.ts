import { registerEnumType } from "type-graphql";

export enum SafeguardingPeerReviewStatus {
  REQUESTED = "REQUESTED",
  SCHEDULED = "SCHEDULED",
  ON_SITE = "ON_SITE",
  REPORTED = "REPORTED",
  WITHDRAWN = "WITHDRAWN",
}

registerEnumType(SafeguardingPeerReviewStatus, {
  name: "SafeguardingPeerReviewStatus",
  description: "requested → scheduled → on site → reported, or withdrawn (before going on site).",
  valuesConfig: {
    REQUESTED: { description: "Requested by the council; waiting in the priority queue." },
    SCHEDULED: { description: "Dates on site agreed." },
    ON_SITE: { description: "The review team is on site." },
    REPORTED: { description: "Delivered: the review has reported." },
    WITHDRAWN: { description: "Withdrawn before the team went on site." },
  },
});
