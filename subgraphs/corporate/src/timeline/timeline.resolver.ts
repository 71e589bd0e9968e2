import {
  BOARD_TIMELINE_FIELDS,
  type Connection,
  connectionType,
  PageArgs,
  Public,
  TIMELINE_EVENT_SELECTION,
  TimelineEvent,
  timelinePage,
} from "@sli/shared";
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { CorporateContext } from "../context";
import { Council } from "../council/council.entity";
import { visibleTo } from "./timeline.rules";

/** A page of a council's timeline: public, as its events are (those a caller may not see are left out). */
const TimelineConnection = connectionType(TimelineEvent, null, "Timeline");

/** What the CIB and TEASC hand over through `@requires` (null when a board could not answer: its events are missing, not invented). */
type CouncilWithBoardEvents = Council & { childrensTimelineEvents?: TimelineEvent[] | null; adultsTimelineEvents?: TimelineEvent[] | null };

@Resolver(() => Council)
export class CouncilTimelineResolver {
  @Public(BOARD_TIMELINE_FIELDS.childrensTimelineEvents.note)
  @Directive("@external")
  @FieldResolver(() => [TimelineEvent], { nullable: true, description: BOARD_TIMELINE_FIELDS.childrensTimelineEvents.description })
  childrensTimelineEvents(@Root() council: CouncilWithBoardEvents): TimelineEvent[] | null {
    return council.childrensTimelineEvents ?? null;
  }

  @Public(BOARD_TIMELINE_FIELDS.adultsTimelineEvents.note)
  @Directive("@external")
  @FieldResolver(() => [TimelineEvent], { nullable: true, description: BOARD_TIMELINE_FIELDS.adultsTimelineEvents.description })
  adultsTimelineEvents(@Root() council: CouncilWithBoardEvents): TimelineEvent[] | null {
    return council.adultsTimelineEvents ?? null;
  }

  @Public("Events of confidential records (support, concerns and their contacts) are left out for callers who may not read them.")
  @Directive(`@requires(fields: "childrensTimelineEvents ${TIMELINE_EVENT_SELECTION} adultsTimelineEvents ${TIMELINE_EVENT_SELECTION}")`)
  @FieldResolver(() => TimelineConnection, {
    description:
      "Every dated event of every board for the council, newest first, a page at a time: the LGA's (peer challenge milestones, " +
      "leadership places, member peer support, support moves; concerns and contacts for those who may read them), the CIB's and " +
      "TEASC's (through childrensTimelineEvents and adultsTimelineEvents). Ties on a day are broken by record and step, so pages " +
      "neither repeat nor skip an event. A constant number of statements per board, whatever the number of councils.",
  })
  async timeline(@Root() council: CouncilWithBoardEvents, @Args() page: PageArgs, @Ctx() { loaders, viewer }: CorporateContext): Promise<Connection<TimelineEvent>> {
    const own = (await loaders.corporateTimelineEventsByCouncil.load(council.code)).filter(visibleTo(viewer, council));
    return timelinePage("Council.timeline", [...own, ...(council.childrensTimelineEvents ?? []), ...(council.adultsTimelineEvents ?? [])], page);
  }
}

/** The timeline area's resolvers, assembled in schema.ts. */
export const timelineResolvers = [CouncilTimelineResolver] as const;
