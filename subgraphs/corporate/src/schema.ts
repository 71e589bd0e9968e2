import { auditTrailResolver, buildFederatedSchema } from "@sli/shared";
import type { GraphQLSchema } from "graphql";
import { CouncilConcernsResolver } from "./concerns/concern.resolver";
import { councilReference } from "./council/council.reference";
import { CouncilResolver } from "./council/council.resolver";
import { CouncilLeadershipResolver } from "./leadership/leadership.resolver";
import { LeadershipPlaceResolver, MemberPeerSupportResolver } from "./leadership/leadership.resolver";
import { CouncilCorporatePeerChallengesResolver } from "./peer-challenge/corporate-peer-challenge.resolver";
import { CorporatePeerChallengePeerResolver, CorporatePeerChallengeResolver } from "./peer-challenge/corporate-peer-challenge.resolver";
import { personReference } from "./person/person.reference";
import { PersonResolver } from "./person/person.resolver";
import { regionReference } from "./region/region.reference";
import { RegionResolver } from "./region/region.resolver";
import { performanceResolvers } from "./performance/performance.resolver";
import { concernResolvers } from "./concerns/concern.resolver";
import { PublishedFigureResolver } from "./published-figures/published-figure.resolver";
import { ViewerResolver } from "./viewer/viewer.resolver";
import { corporateDemand } from "./demand";

/** The corporate (LGA) subgraph's schema; needs no database, so `npm run compose` can print it. */
export function buildCorporateSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      auditTrailResolver("corporate"),
      CouncilResolver,
      RegionResolver,
      PersonResolver,
      ViewerResolver,
      PublishedFigureResolver,
      CouncilCorporatePeerChallengesResolver,
      CouncilLeadershipResolver,
      CouncilConcernsResolver,
      CorporatePeerChallengeResolver,
      CorporatePeerChallengePeerResolver,
      LeadershipPlaceResolver,
      MemberPeerSupportResolver,
      ...performanceResolvers,
      ...concernResolvers,
    ],
    demand: corporateDemand,
    referenceResolvers: { Council: councilReference, Region: regionReference, Person: personReference },
  });
}
