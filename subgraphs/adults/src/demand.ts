import { auditTrailDemand, BOARD_WARNING_SIGNALS, EARLY_WARNING_SIGNAL_DEMAND, type DemandDeclarations, GRAPH_BOUNDS } from "@sli/shared";

const { upperTierCouncils } = GRAPH_BOUNDS;

/** A council's current local accounts: one a year, 2010 to 2030 (the years a local account may report on). */
const LOCAL_ACCOUNTS_PER_COUNCIL = 21;

/**
 * The adult social care board's list sizes and costlier fields, declared in
 * the schema as Federation's `@listSize` and `@cost` (see the corporate
 * board's demand.ts). Only upper-tier councils have adult social care.
 */
export const adultsDemand: DemandDeclarations = {
  ...auditTrailDemand("adults"),
  ...EARLY_WARNING_SIGNAL_DEMAND,
  ...BOARD_WARNING_SIGNALS.adults.demand,
  "Query.councilsByCqcRating2010": { assumedSize: upperTierCouncils },
  "Query.localAccountsForYear": { assumedSize: upperTierCouncils },
  // The councils rated adequate: seven published, at most every upper-tier council.
  "Query.adultsSignOffProgramme": { assumedSize: upperTierCouncils },
  "Query.adultsRecognisedBy": { assumedSize: upperTierCouncils },
  // Four ratings, counted over the region's councils.
  "Region.cqcRatings2010": { assumedSize: 4, cost: 5 },
  "Region.adultsWorkshops": { assumedSize: 50 },
  // Five deliverables a year, over the years held.
  "Region.adultsRegionalPriorities": { assumedSize: 50 },
  "Council.localAccounts": { assumedSize: LOCAL_ACCOUNTS_PER_COUNCIL },
  // A published account a year (corrections too) and the sign-off's dozen steps at most.
  "Council.adultsTimelineEvents": { assumedSize: LOCAL_ACCOUNTS_PER_COUNCIL * 2 + 12 },
  "LocalAccount.priorities": { assumedSize: 20 },
  "AdultsSignOff.evidenceHistory": { assumedSize: 20 },
  // One per requirement (ten).
  "AdultsSignOff.missing": { assumedSize: 10 },
  "AdultsSignOffProgress.missing": { assumedSize: 10 },
  "AdultsRecognition.learningToShare": { assumedSize: 20 },
};
