import { registerEnumType } from "type-graphql";

export enum AdultsRegionalDeliverable {
  REGIONAL_PEER_CHALLENGE = "REGIONAL_PEER_CHALLENGE",
  LOCAL_ACCOUNTS_REVIEW = "LOCAL_ACCOUNTS_REVIEW",
  IMPROVEMENT_SUPPORT = "IMPROVEMENT_SUPPORT",
  LEADER_ENGAGEMENT = "LEADER_ENGAGEMENT",
  OTHER = "OTHER",
}

registerEnumType(AdultsRegionalDeliverable, {
  name: "AdultsRegionalDeliverable",
  description: "A key deliverable a region identified for the TEASC board's funding in 2012/13.",
  valuesConfig: {
    REGIONAL_PEER_CHALLENGE: { description: "Supporting the delivery of regional peer challenge." },
    LOCAL_ACCOUNTS_REVIEW: { description: "Review and development of local accounts." },
    IMPROVEMENT_SUPPORT: { description: "Delivery of improvement support." },
    LEADER_ENGAGEMENT: { description: "Stronger engagement of council leaders, lead members and chief executives." },
    OTHER: { description: "Another regional priority." },
  },
});
