/**
 * The operations the dashboards (gateway/dashboard/src) send, written out as
 * they go over the wire for the nine regions and five performance metrics
 * (the seed's): demand-control.test.ts holds each to the cost budget.
 * dashboard.test.ts drives the real pages, so a copy that drifts from what
 * the pages send still meets the budget there or fails.
 */
const REGIONS = ["E12000001", "E12000002", "E12000003", "E12000004", "E12000005", "E12000006", "E12000007", "E12000008", "E12000009"];
const LEADERSHIP_YEARS = ["2011/12", "2012/13", "2013/14", "2014/15"];
const PERFORMANCE_METRICS = 5;
const CONCERN_FIELDS = "id severity status raisedOn summary awaitingLeadershipContact provenance";
const CONCERN_PAGE = `concerns: concernsConnection { edges { node { ${CONCERN_FIELDS} } } pageInfo { hasNextPage } }`;
const CARE_RECORDS = `childrensSupportLevel
  childrensPeerChallenges { id status startsOn provenance }
  safeguardingPeerReviews { id status requestedOn reportedOn provenance }
  childrensSelfAssessments { id period status provenance }
  cqcRating2010 cqcRating2010Illustrative
  localAccounts { id year status provenance }
  adultsSignOff { status illustrative missing { description neededFor } }`;
const progress = "financialYear deliveredInYear delivered bookedOrDiscussed councilsDelivered";
const coverage = "upperTierCouncils engaged completed notYetEngaged shareEngaged targetDate targetMet";

export const DASHBOARD_OPERATIONS: Record<string, string> = {
  DashboardViewer: "query DashboardViewer { me { authenticated name roles regions council scopes } }",
  DashboardRegions: "query DashboardRegions { regions { code name } }",
  DashboardCouncilList: "query DashboardCouncilList { councils { code name region { name } } }",
  NationalCorporatePeerChallenge: `query NationalCorporatePeerChallenge($year: String!) {
    england: corporatePeerChallengeProgress(financialYear: $year) { ${progress} published { deliveredFinancialYear delivered bookedOrDiscussed asAt source } }
    ${REGIONS.map((code) => `r_${code}: corporatePeerChallengeProgress(financialYear: $year, region: "${code}") { ${progress} }`).join("\n")}
  }`,
  NationalLeadershipByYear: `query NationalLeadershipByYear {
    ${LEADERSHIP_YEARS.map((year, index) => `y${index}: leadershipOfferSummary(financialYear: "${year}") { financialYear places councils subsidisedPlaces publishedCouncils }`).join("\n")}
  }`,
  NationalLeadershipByRegion: `query NationalLeadershipByRegion($year: String!) {
    ${REGIONS.map((code) => `r_${code}: leadershipOfferSummary(financialYear: $year, region: "${code}") { financialYear places councils subsidisedPlaces publishedCouncils byProgramme { programme places } }`).join("\n")}
  }`,
  NationalChildrensPeerChallengeCoverage: `query NationalChildrensPeerChallengeCoverage { childrensPeerChallengeCoverage { england { ${coverage} } regions { regionCode ${coverage} } } }`,
  NationalSafeguardingPeerReviews: `query NationalSafeguardingPeerReviews {
    safeguardingPeerReviewSummary { delivered requested scheduled onSite withdrawn costToCouncil }
    councils(upperTier: true) { region { code name } safeguardingPeerReviews { status } }
  }`,
  NationalAdultsSignOff: `query NationalAdultsSignOff {
    adultsSignOffProgramme {
      council { code name region { code name } }
      status
      signOff { illustrative recognisedOn recognisedOnPrecision }
      missing { requirement neededFor description }
    }
  }`,
  DashboardRegion: `query DashboardRegion($code: ID!) {
    region(code: $code) {
      code
      name
      principalAdviser { name email }
      childrensPeerChallengeCoverage { upperTierCouncils engaged completed notYetEngaged }
      councils {
        code name type upperTier
        corporatePeerChallenges { status }
        childrensSupportLevel
        childrensPeerChallenges { status }
        safeguardingPeerReviews { status }
        cqcRating2010 cqcRating2010Illustrative
        localAccounts { year }
        adultsSignOff { status }
      }
    }
  }`,
  DashboardConcernCounts: "query DashboardConcernCounts($region: ID!) { concernCounts(region: $region) { severity count } }",
  DashboardRegionConcerns: `query DashboardRegionConcerns($region: ID!) { region(code: $region) { councils { code name ${CONCERN_PAGE} } } }`,
  DashboardCouncil: `query DashboardCouncil($code: ID!) {
    council(code: $code) {
      code name type upperTier
      region { code name }
      principalAdviser { name email }
      corporatePeerChallenges { id status interestExpressedOn onSiteFrom feedbackGivenOn provenance }
      leadershipPlaces { id financialYear programme provenance }
      ${CARE_RECORDS}
      county { code name ${CARE_RECORDS} }
      nearestNeighbours { rank distance council { code name type } }
    }
  }`,
  DashboardCouncilConcerns: `query DashboardCouncilConcerns($code: ID!) { council(code: $code) { ${CONCERN_PAGE} } }`,
  DashboardCouncilSupport: `query DashboardCouncilSupport($code: ID!) { council(code: $code) {
    supportInPlace { total inPlace awaiting byStatus { status count } }
    support { id board kind need status requestedOn offeredOn agreedOn startedOn completedOn declinedOn declineReason provenance }
  } }`,
  DashboardCouncilTimeline: `query DashboardCouncilTimeline($code: ID!, $after: String) { council(code: $code) {
    timeline(first: 20, after: $after) { edges { node { id board kind summary occurredOn } } pageInfo { hasNextPage endCursor } }
  } }`,
  DashboardRegionSupport: `query DashboardRegionSupport($code: ID!) { region(code: $code) { supportInPlace {
    total inPlace awaiting councilsSupported byStatus { status count } byBoard { board count inPlace }
  } } }`,
  DashboardMetrics: "query DashboardMetrics { metrics(context: false) { id } }",
  DashboardNearestNeighbourComparisons: `query DashboardNearestNeighbourComparisons($code: ID!) {
    ${Array.from({ length: PERFORMANCE_METRICS }, (_, index) => `m${index}: performanceComparison(council: $code, metric: "metric-${index}", group: NEAREST_NEIGHBOURS) {
      period groupSize reporting median
      metric { id title unit polarity provenance }
      position { rank quartile value }
      members { council { code name } value rank }
    }`).join("\n")}
  }`,
  DashboardNearestNeighbours: "query DashboardNearestNeighbours($code: ID!) { council(code: $code) { nearestNeighbours { rank distance council { code name type } } } }",
};
