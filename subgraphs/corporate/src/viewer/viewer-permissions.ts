import { BOARDS, CENTRAL_TEAM_RULE, isCouncilOfficerOf, Public, type Viewer, viewerHolds, WRITERS } from "@sli/shared";
import { Field, ID, ObjectType } from "type-graphql";
import {
  councilWhoseConcernsRead,
  mayReadConcernCounts,
  raisesConcernsEverywhere,
  readsConcernsEverywhere,
  regionsWhereConcernsRaised,
  regionsWhoseConcernsRead,
} from "../concerns/concern.rules";

@ObjectType({ description: "What the caller may do, as the graph's rules read their token (row-level rules still apply to each record)." })
export class ViewerPermissions {
  @Public()
  @Field(() => [String], { description: "The boards whose records the caller may write: corporate, children, adults." })
  writeBoards!: string[];

  @Public()
  @Field(() => Boolean, { description: "May read the concerns about every council (the LGA central team; partners: once each council is aware)." })
  readConcernsEverywhere!: boolean;

  @Public()
  @Field(() => [ID], { description: "Regions in whose councils the caller may read concerns (a principal adviser's regions)." })
  readConcernsInRegions!: string[];

  @Public()
  @Field(() => ID, { nullable: true, description: "The council whose concerns the caller may read as one of its officers." })
  readConcernsOfCouncil!: string | null;

  @Public()
  @Field(() => Boolean, { description: "May raise concerns about any council (the central team, or a partner with intelligence:write)." })
  raiseConcernsEverywhere!: boolean;

  @Public()
  @Field(() => [ID], { description: "Regions in whose councils the caller may raise concerns and record contacts." })
  raiseConcernsInRegions!: string[];

  @Public()
  @Field(() => Boolean, { description: "May read counts of concerns by region and severity (never their content)." })
  readConcernCounts!: boolean;

  @Public()
  @Field(() => ID, { nullable: true, description: "The council whose local account the caller may publish as one of its officers." })
  publishLocalAccountOf!: string | null;

  @Public()
  @Field(() => Boolean, { description: "May read the boards' audit trails (the LGA central team)." })
  readAuditTrail!: boolean;
}

/**
 * The token read against the rules, one answer per kind of action: each
 * answer asks the named rule that guards the action (concern.rules.ts, the
 * toolkit's council-officer and central-team rules), never restates it.
 */
export function permissionsOf(viewer: Viewer): ViewerPermissions {
  return {
    writeBoards: viewer.authenticated ? BOARDS.filter((board) => viewerHolds(viewer, WRITERS[board])) : [],
    readConcernsEverywhere: readsConcernsEverywhere(viewer),
    readConcernsInRegions: regionsWhoseConcernsRead(viewer),
    readConcernsOfCouncil: councilWhoseConcernsRead(viewer),
    raiseConcernsEverywhere: raisesConcernsEverywhere(viewer),
    raiseConcernsInRegions: regionsWhereConcernsRaised(viewer),
    readConcernCounts: mayReadConcernCounts(viewer),
    // The adults board's rule (its local-account rules): a council's own officers publish its local account.
    publishLocalAccountOf: viewer.authenticated && viewer.council && isCouncilOfficerOf(viewer, viewer.council) ? viewer.council : null,
    readAuditTrail: CENTRAL_TEAM_RULE.allows(viewer, undefined),
  };
}
