import { auditTrailResolver, buildFederatedSchema, councilRegisterReferences } from "@sli/shared";
import type { GraphQLSchema } from "graphql";
import { councilResolvers } from "./council/council.resolver";
import { adultsEarlyWarningResolvers } from "./early-warning/early-warning.resolver";
import { adultsDemand } from "./demand";
import { localAccountReference } from "./local-account/local-account.reference";
import { localAccountResolvers } from "./local-account/local-account.resolver";
import { regionResolvers } from "./region/region.resolver";
import { Region } from "./region/region.type";
import { regionalWorkResolvers } from "./regional-work/regional-work.resolver";
import { signOffReference } from "./sign-off/sign-off.reference";
import { signOffResolvers } from "./sign-off/sign-off.resolver";
import { timelineResolvers } from "./timeline/timeline.resolver";

/** Every resolver class of the adults board, area by area. */
export const adultsResolvers = [
  auditTrailResolver("adults"),
  ...councilResolvers,
  ...regionResolvers,
  ...localAccountResolvers,
  ...signOffResolvers,
  ...regionalWorkResolvers,
  ...adultsEarlyWarningResolvers,
  ...timelineResolvers,
] as const;

/** The adult social care (TEASC) subgraph's schema; needs no database. */
export function buildAdultsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [...adultsResolvers],
    // No query returns a Region here: it is reached only through _entities.
    orphanedTypes: [Region],
    extends: ["Council", "Region"],
    demand: adultsDemand,
    referenceResolvers: { ...councilRegisterReferences, ...signOffReference, ...localAccountReference },
  });
}
