import { BOARD_TIMELINE_FIELDS, Public, TimelineEvent } from "@sli/shared";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AdultsContext } from "../context";
import { Council } from "../council/council.entity";

@Resolver(() => Council)
export class CouncilTimelineResolver {
  @Public(BOARD_TIMELINE_FIELDS.adultsTimelineEvents.note)
  @FieldResolver(() => [TimelineEvent], { description: BOARD_TIMELINE_FIELDS.adultsTimelineEvents.description })
  async adultsTimelineEvents(@Root() council: Council, @Ctx() { loaders }: AdultsContext): Promise<TimelineEvent[]> {
    if (!council.upperTier) return [];
    return loaders.adultsTimelineEventsByCouncil.load(council.code);
  }
}

/** The timeline area's resolvers, assembled in schema.ts. */
export const timelineResolvers = [CouncilTimelineResolver] as const;
