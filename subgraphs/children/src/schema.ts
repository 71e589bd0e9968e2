import { buildFederatedSchema, councilRegisterReferences } from "@sli/shared";
import type { GraphQLSchema } from "graphql";
import { CouncilResolver } from "./council/council.resolver";
import { CouncilChildrensPeerChallengesResolver } from "./peer-challenge/childrens-peer-challenge.resolver";
import { RegionResolver } from "./region/region.resolver";
import { Region } from "./region/region.type";
import { CouncilSafeguardingPeerReviewsResolver } from "./safeguarding/safeguarding-peer-review.resolver";
import { CouncilSelfAssessmentsResolver } from "./self-assessment/self-assessment.resolver";

/** The children's services (CIB) subgraph's schema; needs no database. */
export function buildChildrenSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      CouncilResolver,
      RegionResolver,
      CouncilSelfAssessmentsResolver,
      CouncilChildrensPeerChallengesResolver,
      CouncilSafeguardingPeerReviewsResolver,
    ],
    // No query returns a Region here: it is reached only through _entities.
    orphanedTypes: [Region],
    referenceResolvers: councilRegisterReferences,
  });
}
