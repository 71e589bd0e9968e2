import { auditTrailDemand, EARLY_WARNING_SIGNAL_DEMAND, CONNECTION_DEMAND, connectionEdgesDemand, type DemandDeclarations, GRAPH_BOUNDS, publishedFigures } from "@sli/shared";
import { SCORECARD_MAX_METRICS } from "./performance/performance.rules";

const { councils, regions, councilsInLargestRegion } = GRAPH_BOUNDS;

/** A council's corporate peer challenges: its no-cost one of the 2012 offer, a further paid one, one called off (kept). */
const CHALLENGES_PER_COUNCIL = 3;
/** Financial years of the leadership offer held (2011/12 on) × its three programmes, a place or two each. */
const LEADERSHIP_PLACES_PER_COUNCIL = 20;
/** Kent, Essex and Lancashire: the most districts of a county (district_county.csv; checked in corporate.test.ts). */
export const DISTRICTS_IN_LARGEST_COUNTY = 12;
/** Support records of one council: requests and offers from three boards over the offer's years. */
const SUPPORT_PER_COUNCIL = 20;
/** Metrics defined through defineMetric: the nine of the seed and the LG Inform ones a partner adds. */
const METRICS = 100;

/**
 * The corporate board's list sizes and costlier fields, declared in the
 * schema as Federation's `@listSize` and `@cost`: the gateway (and Apollo
 * Router or Hive Gateway serving the same supergraph) estimates each
 * operation's cost from them before anything is fetched, and this subgraph
 * refuses what is over the budget when reached directly.
 */
export const corporateDemand: DemandDeclarations = {
  ...auditTrailDemand("corporate"),
  // Early warning: the signal type, as every board declares it (the other boards' signal fields are theirs to size).
  ...EARLY_WARNING_SIGNAL_DEMAND,
  // Its indicators and peer challenge, live concerns, and the other boards' (at most six and three): twenty in practice.
  "EarlyWarning.signals": { assumedSize: 20 },
  // Computed from the council's and its nearest neighbours' values.
  "Council.earlyWarning": { cost: 5 },
  "Region.watchlist": { assumedSize: councilsInLargestRegion, slicingArguments: ["first"], requireOneSlicingArgument: false },
  "Watchlist.regions": { assumedSize: regions },
  // Its length is the query's `first` (at most 100).
  "Watchlist.councils": { assumedSize: 100 },
  "Query.councils": { assumedSize: councils },
  "Query.regions": { assumedSize: regions },
  "Query.publishedFigures": { assumedSize: publishedFigures().length },
  "Query.principalAdvisers": { assumedSize: regions },
  "Region.councils": { assumedSize: councilsInLargestRegion },
  "Council.districts": { assumedSize: DISTRICTS_IN_LARGEST_COUNTY },
  "Person.regions": { assumedSize: regions },
  // Every region and severity, zeros included; counted over all live concerns.
  "Query.concernCounts": { assumedSize: regions * 3, cost: 10 },
  "Query.leadershipPlaces": { assumedSize: councils * LEADERSHIP_PLACES_PER_COUNCIL },
  "Query.memberPeerSupportCases": { assumedSize: councils * 3 },
  "Query.corporatePeerChallenges": { assumedSize: councils * CHALLENGES_PER_COUNCIL },
  "Query.metrics": { assumedSize: METRICS },
  "Query.scorecards": { assumedSize: 100 },
  // Aggregates over every council's records: more than a row each.
  "Query.leadershipOfferSummary": { cost: 10 },
  "Query.corporatePeerChallengeProgress": { cost: 10 },
  // The group's values, ranks, quartiles and median: a few statements over up to 353 councils.
  "Query.performanceComparison": { cost: 20 },
  "Council.concerns": { assumedSize: 20 },
  "Council.concernsConnection": CONNECTION_DEMAND,
  "Query.concerns": CONNECTION_DEMAND,
  ...connectionEdgesDemand("ConcernConnection"),
  // A council's support across the three boards over the years; a region's, its councils' together.
  "Council.support": { assumedSize: SUPPORT_PER_COUNCIL },
  "SupportInPlace.records": { assumedSize: councilsInLargestRegion * SUPPORT_PER_COUNCIL },
  // Every status (six) and board (three), zeros included.
  "SupportInPlace.byStatus": { assumedSize: 6 },
  "SupportInPlace.byBoard": { assumedSize: 3 },
  // A page of the timeline (the boards' events it merges are sized by the boards that resolve them).
  "Council.timeline": CONNECTION_DEMAND,
  ...connectionEdgesDemand("TimelineConnection"),
  "Council.leadershipPlaces": { assumedSize: LEADERSHIP_PLACES_PER_COUNCIL },
  // One case per change of political control.
  "Council.memberPeerSupport": { assumedSize: 5 },
  "Council.corporatePeerChallenges": { assumedSize: CHALLENGES_PER_COUNCIL },
  // One value per financial year held.
  "Council.performance": { assumedSize: 10 },
  // Fifteen, each from z-scores over every comparable council's context values.
  "Council.nearestNeighbours": { assumedSize: 15, cost: 5 },
  // Six kinds of source.
  "Concern.sources": { assumedSize: 6 },
  "Concern.evidence": { assumedSize: 20 },
  "Concern.contacts": { assumedSize: 20 },
  "TermsOfEngagement.partners": { assumedSize: 20 },
  // Five days at most, at least one a visit.
  "MemberPeerSupport.visits": { assumedSize: 5 },
  // Leadership, corporate capacity, financial resilience.
  "CorporatePeerChallenge.coreComponents": { assumedSize: 3 },
  "CorporatePeerChallenge.localFocusAreas": { assumedSize: 10 },
  "CorporatePeerChallenge.peers": { assumedSize: 10 },
  // One per programme (three), one per status (six).
  "LeadershipOfferSummary.byProgramme": { assumedSize: 3 },
  "CorporatePeerChallengeProgress.byStatus": { assumedSize: 6 },
  // ALL_ENGLAND compares with every council.
  "Comparison.members": { assumedSize: councils },
  "Scorecard.metrics": { assumedSize: SCORECARD_MAX_METRICS },
  "Scorecard.councils": { assumedSize: councils },
  "Scorecard.matrix": { assumedSize: councils },
  "ScorecardRow.cells": { assumedSize: SCORECARD_MAX_METRICS },
  // The eight roles, nine regions, three boards; a partner's scopes.
  "Viewer.roles": { assumedSize: 8 },
  "Viewer.regions": { assumedSize: regions },
  "Viewer.adviserRegions": { assumedSize: regions },
  "Viewer.scopes": { assumedSize: 10 },
  "ViewerPermissions.writeBoards": { assumedSize: 3 },
  "ViewerPermissions.readConcernsInRegions": { assumedSize: regions },
  "ViewerPermissions.raiseConcernsInRegions": { assumedSize: regions },
  // The good practice library: pages of at most 100 items.
  "Query.goodPractice": CONNECTION_DEMAND,
  "Council.goodPractice": CONNECTION_DEMAND,
  ...connectionEdgesDemand("GoodPracticeConnection"),
  // One value per council and year; the mutation's own input is counted as its arguments.
  "Mutation.recordMetricValues": { assumedSize: councils },
};
