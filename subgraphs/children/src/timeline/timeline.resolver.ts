import { BOARD_TIMELINE_FIELDS, Public, TimelineEvent } from "@sli/shared";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ChildrenContext } from "../context";
import { Council } from "../council/council.entity";

@Resolver(() => Council)
export class CouncilTimelineResolver {
  @Public(BOARD_TIMELINE_FIELDS.childrensTimelineEvents.note)
  @FieldResolver(() => [TimelineEvent], { description: BOARD_TIMELINE_FIELDS.childrensTimelineEvents.description })
  async childrensTimelineEvents(@Root() council: Council, @Ctx() { loaders }: ChildrenContext): Promise<TimelineEvent[]> {
    if (!council.upperTier) return [];
    return loaders.childrensTimelineEventsByCouncil.load(council.code);
  }
}

/** The timeline area's resolvers, assembled in schema.ts. */
export const timelineResolvers = [CouncilTimelineResolver] as const;
