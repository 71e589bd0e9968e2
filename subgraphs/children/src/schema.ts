import { auditTrailResolver, buildFederatedSchema, councilRegisterReferences } from "@sli/shared";
import type { GraphQLSchema } from "graphql";
import { commonDataSetResolvers } from "./common-data-set/common-data-set.resolver";
import { councilResolvers } from "./council/council.resolver";
import { childrensEarlyWarningResolvers } from "./early-warning/early-warning.resolver";
import { childrenDemand } from "./demand";
import { leadershipResolvers } from "./leadership/leadership.resolver";
import { peerChallengeReference } from "./peer-challenge/childrens-peer-challenge.reference";
import { peerChallengeResolvers } from "./peer-challenge/childrens-peer-challenge.resolver";
import { regionResolvers } from "./region/region.resolver";
import { Region } from "./region/region.type";
import { regionalFundingResolvers } from "./regional-funding/regional-funding.resolver";
import { regionalLeadResolvers } from "./regional-leads/regional-lead.resolver";
import { safeguardingReviewReference } from "./safeguarding/safeguarding-peer-review.reference";
import { safeguardingResolvers } from "./safeguarding/safeguarding-peer-review.resolver";
import { selfAssessmentResolvers } from "./self-assessment/self-assessment.resolver";
import { supportLevelResolvers } from "./support-level/support-level.resolver";
import { timelineResolvers } from "./timeline/timeline.resolver";

/** The children's services (CIB) subgraph's schema; needs no database. */
export function buildChildrenSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      auditTrailResolver("children"),
      ...councilResolvers,
      ...regionResolvers,
      ...supportLevelResolvers,
      ...selfAssessmentResolvers,
      ...peerChallengeResolvers,
      ...safeguardingResolvers,
      ...regionalLeadResolvers,
      ...regionalFundingResolvers,
      ...commonDataSetResolvers,
      ...leadershipResolvers,
      ...childrensEarlyWarningResolvers,
      ...timelineResolvers,
    ],
    // Region is reached through _entities and the fields that return it.
    orphanedTypes: [Region],
    extends: ["Council", "Region"],
    demand: childrenDemand,
    referenceResolvers: { ...councilRegisterReferences, ...peerChallengeReference, ...safeguardingReviewReference },
  });
}
