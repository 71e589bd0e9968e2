import { auditTrailResolver, buildFederatedSchema, councilRegisterReferences } from "@sli/shared";
import type { GraphQLSchema } from "graphql";
import * as commonDataSet from "./common-data-set/common-data-set.resolver";
import { CouncilResolver } from "./council/council.resolver";
import * as leadership from "./leadership/leadership.resolver";
import * as peerChallenge from "./peer-challenge/childrens-peer-challenge.resolver";
import * as regionalFunding from "./regional-funding/regional-funding.resolver";
import * as regionalLeads from "./regional-leads/regional-lead.resolver";
import { RegionResolver } from "./region/region.resolver";
import { Region } from "./region/region.type";
import * as safeguarding from "./safeguarding/safeguarding-peer-review.resolver";
import * as selfAssessment from "./self-assessment/self-assessment.resolver";
import * as supportLevel from "./support-level/support-level.resolver";
import { childrenDemand } from "./demand";

/** The children's services (CIB) subgraph's schema; needs no database. */
export function buildChildrenSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      auditTrailResolver("children"),
      CouncilResolver,
      RegionResolver,
      ...Object.values(supportLevel),
      ...Object.values(selfAssessment),
      ...Object.values(peerChallenge),
      ...Object.values(safeguarding),
      ...Object.values(regionalLeads),
      ...Object.values(regionalFunding),
      ...Object.values(commonDataSet),
      ...Object.values(leadership),
    ] as unknown as [Function, ...Function[]],
    // Region is reached through _entities and the fields that return it.
    orphanedTypes: [Region],
    extends: ["Council", "Region"],
    demand: childrenDemand,
    referenceResolvers: councilRegisterReferences,
  });
}
