import { auditTrailDemand, BOARD_WARNING_SIGNALS, EARLY_WARNING_SIGNAL_DEMAND, type DemandDeclarations, GRAPH_BOUNDS } from "@sli/shared";

const { regions, upperTierCouncils } = GRAPH_BOUNDS;

/** Indicators of the common data set: the seven held and those the CIB adds. */
const INDICATORS = 50;
/** Financial years of records held per council or region. */
const YEARS = 10;

/**
 * The children's board's list sizes and costlier fields, declared in the
 * schema as Federation's `@listSize` and `@cost` (see the corporate board's
 * demand.ts). Only upper-tier councils have children's services records.
 */
/** A council's CIB events: a decision or two a year, three peer challenges and three reviews of up to four steps, ten places. */
export const CHILDRENS_TIMELINE_EVENTS = 50;

export const childrenDemand: DemandDeclarations = {
  ...auditTrailDemand("children"),
  ...EARLY_WARNING_SIGNAL_DEMAND,
  ...BOARD_WARNING_SIGNALS.children.demand,
  "Query.childrensIndicators": { assumedSize: INDICATORS },
  "Query.councilsBySupportLevel": { assumedSize: upperTierCouncils },
  "Query.childrensLeadershipEvents": { assumedSize: 50 },
  "Query.cibRegionalFunding": { assumedSize: regions * YEARS },
  // At most one open request per council.
  "Query.safeguardingPeerReviewQueue": { assumedSize: upperTierCouncils },
  // Counts over every upper-tier council's records.
  "Query.childrensPeerChallengeCoverage": { cost: 10 },
  "Query.safeguardingPeerReviewSummary": { cost: 10 },
  "NationalPeerChallengeCoverage.regions": { assumedSize: regions },
  "Region.childrensPeerChallengeModels": { assumedSize: 5 },
  "Region.childrensPeerChallengeCoverage": { cost: 10 },
  "Region.childrensFunding": { assumedSize: YEARS },
  // Three roles, one slot each; three support levels.
  "Region.childrensRegionalLeads": { assumedSize: 3 },
  "Region.childrensSupportLevels": { assumedSize: 3, cost: 5 },
  "RegionalFunding.priorities": { assumedSize: 10 },
  // Each indicator in each period held, or one period's.
  "Council.childrensIndicatorValues": { assumedSize: INDICATORS * 2 },
  // Ten, from z-scores over every upper-tier council's values of the period.
  "Council.childrensStatisticalNeighbours": { assumedSize: 10, cost: 5 },
  "Council.childrensComparison": { assumedSize: INDICATORS, cost: 5 },
  "Council.childrensLeadershipPlaces": { assumedSize: 10 },
  // Every dated step of every CIB record of a council: decisions, challenges, reviews, places.
  "Council.childrensTimelineEvents": { assumedSize: CHILDRENS_TIMELINE_EVENTS },
  "Council.childrensPeerChallenges": { assumedSize: 3 },
  "Council.safeguardingPeerReviews": { assumedSize: 3 },
  "Council.childrensSelfAssessments": { assumedSize: YEARS },
  "Council.childrensSupportLevelDecisions": { assumedSize: YEARS },
  "ChildrensLeadershipEvent.placesTaken": { assumedSize: 100 },
  "ChildrensPeerChallenge.team": { assumedSize: 10 },
  "ChildrensSelfAssessment.strengths": { assumedSize: 20 },
  "ChildrensSelfAssessment.areasForImprovement": { assumedSize: 20 },
  "SelfAssessmentChallenge.challengedBy": { assumedSize: 5 },
};
