import { auditTrailResolver, buildFederatedSchema } from "@sli/shared";
import type { GraphQLSchema } from "graphql";
import { concernResolvers } from "./concerns/concern.resolver";
import { councilReference } from "./council/council.reference";
import { councilResolvers } from "./council/council.resolver";
import { corporateDemand } from "./demand";
import { goodPracticeResolvers } from "./good-practice/good-practice.resolver";
import { watchlistReference } from "./early-warning/early-warning.reference";
import { earlyWarningResolvers } from "./early-warning/early-warning.resolver";
import { leadershipResolvers } from "./leadership/leadership.resolver";
import { corporatePeerChallengeResolvers } from "./peer-challenge/corporate-peer-challenge.resolver";
import { performanceResolvers } from "./performance/performance.resolver";
import { personReference } from "./person/person.reference";
import { personResolvers } from "./person/person.resolver";
import { publishedFigureResolvers } from "./published-figures/published-figure.resolver";
import { regionReference } from "./region/region.reference";
import { regionResolvers } from "./region/region.resolver";
import { supportResolvers } from "./support/support.resolver";
import { timelineResolvers } from "./timeline/timeline.resolver";
import { viewerResolvers } from "./viewer/viewer.resolver";

/** The corporate (LGA) subgraph's schema; needs no database, so `npm run compose` can print it. */
export function buildCorporateSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      auditTrailResolver("corporate"),
      ...councilResolvers,
      ...regionResolvers,
      ...personResolvers,
      ...viewerResolvers,
      ...publishedFigureResolvers,
      ...corporatePeerChallengeResolvers,
      ...leadershipResolvers,
      ...concernResolvers,
      ...performanceResolvers,
      ...goodPracticeResolvers,
      ...earlyWarningResolvers,
      ...supportResolvers,
      ...timelineResolvers,
    ],
    demand: corporateDemand,
    referenceResolvers: { Council: councilReference, Region: regionReference, Person: personReference, Watchlist: watchlistReference },
  });
}
