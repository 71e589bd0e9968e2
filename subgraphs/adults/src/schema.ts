import { auditTrailResolver, buildFederatedSchema, councilRegisterReferences } from "@sli/shared";
import type { GraphQLSchema } from "graphql";
import { CouncilResolver } from "./council/council.resolver";
import { CouncilLocalAccountsResolver, LocalAccountResolver } from "./local-account/local-account.resolver";
import { RegionResolver } from "./region/region.resolver";
import { Region } from "./region/region.type";
import { RegionalWorkResolver } from "./regional-work/regional-work.resolver";
import { AdultsRecognitionResolver, AdultsSignOffResolver, CouncilSignOffResolver } from "./sign-off/sign-off.resolver";
import { adultsDemand } from "./demand";

/** The adult social care (TEASC) subgraph's schema; needs no database. */
export function buildAdultsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      auditTrailResolver("adults"),
      CouncilResolver,
      RegionResolver,
      CouncilLocalAccountsResolver, LocalAccountResolver,
      CouncilSignOffResolver, AdultsSignOffResolver, AdultsRecognitionResolver,
      RegionalWorkResolver,
    ],
    // No query returns a Region here: it is reached only through _entities.
    orphanedTypes: [Region],
    extends: ["Council", "Region"],
    demand: adultsDemand,
    referenceResolvers: councilRegisterReferences,
  });
}
