import { registerEnumType } from "type-graphql";

export enum ConcernSeverity {
  EMERGING = "EMERGING",
  SIGNIFICANT = "SIGNIFICANT",
  SERIOUS = "SERIOUS",
}
registerEnumType(ConcernSeverity, {
  name: "ConcernSeverity",
  description: "How grave the risk of underperformance is.",
  valuesConfig: {
    EMERGING: { description: "Early signs, to watch." },
    SIGNIFICANT: { description: "Significant underperformance at a service or corporate level is likely." },
    SERIOUS: { description: "A potential serious concern: contact at leader or chief executive level at the earliest opportunity." },
  },
});

export enum ConcernStatus {
  OPEN = "OPEN",
  SHARED = "SHARED",
  RESOLVED = "RESOLVED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(ConcernStatus, {
  name: "ConcernStatus",
  description: "open → shared → resolved; open → resolved; withdrawn from open or shared.",
  valuesConfig: {
    OPEN: { description: "Recorded by the LGA; not yet shared with partners." },
    SHARED: { description: "Shared with partners, in confidence: needs the date the council was made aware (and, if serious, a leader or chief executive contact)." },
    RESOLVED: { description: "The risk has passed." },
    WITHDRAWN: { description: "The concern was not borne out." },
  },
});

export enum ConcernSourceKind {
  PEER_CHALLENGE = "PEER_CHALLENGE",
  PERFORMANCE_DATA = "PERFORMANCE_DATA",
  QUALITATIVE = "QUALITATIVE",
  GOVERNMENT_DEPARTMENT = "GOVERNMENT_DEPARTMENT",
  INSPECTORATE = "INSPECTORATE",
  OTHER = "OTHER",
}
registerEnumType(ConcernSourceKind, {
  name: "ConcernSourceKind",
  description: "Where the intelligence behind a concern came from.",
  valuesConfig: {
    PEER_CHALLENGE: { description: "The results of a peer challenge." },
    PERFORMANCE_DATA: { description: "Analysis of published quantitative performance data." },
    QUALITATIVE: { description: "Qualitative information gathered by principal and senior advisers and member peers." },
    GOVERNMENT_DEPARTMENT: { description: "Intelligence from a government department." },
    INSPECTORATE: { description: "A service-specific inspectorate." },
    OTHER: { description: "Anything else (say what in the evidence)." },
  },
});

export enum ConcernRaiserKind {
  PRINCIPAL_ADVISER = "PRINCIPAL_ADVISER",
  CENTRAL_TEAM = "CENTRAL_TEAM",
}
registerEnumType(ConcernRaiserKind, {
  name: "ConcernRaiserKind",
  description: "Who raised a concern.",
  valuesConfig: {
    PRINCIPAL_ADVISER: { description: "The LGA principal (or senior) adviser for the council's region." },
    CENTRAL_TEAM: { description: "The LGA's central team." },
  },
});

export enum ContactLevel {
  LEADER = "LEADER",
  CHIEF_EXECUTIVE = "CHIEF_EXECUTIVE",
  OTHER = "OTHER",
}
registerEnumType(ContactLevel, {
  name: "ContactLevel",
  description: "Whom the council contact was with.",
  valuesConfig: {
    LEADER: { description: "The council's leader." },
    CHIEF_EXECUTIVE: { description: "The council's chief executive." },
    OTHER: { description: "Another member or officer." },
  },
});

export enum SupportEngagementStatus {
  PROPOSED = "PROPOSED",
  AGREED = "AGREED",
  CONCLUDED = "CONCLUDED",
}
registerEnumType(SupportEngagementStatus, {
  name: "SupportEngagementStatus",
  description: "proposed → agreed → concluded; proposed → concluded when the terms are never agreed.",
  valuesConfig: {
    PROPOSED: { description: "Recorded with its Terms of Engagement, not yet agreed (recordSupportEngagement)." },
    AGREED: { description: "The council and partners have agreed the Terms of Engagement (agreeSupportEngagement)." },
    CONCLUDED: { description: "The engagement has ended (concludeSupportEngagement); final." },
  },
});
