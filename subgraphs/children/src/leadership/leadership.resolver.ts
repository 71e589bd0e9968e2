import { isoDate, Provenance, Public, requiredText, WRITERS } from "@sli/shared";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { findOrNotFound } from "../common/find";
import type { ChildrenContext } from "../context";
import { Council } from "../council/council.entity";
import { requireChildrensServicesCouncil } from "../council/council.rules";
import { ChildrensLeadershipEvent, ChildrensLeadershipPlace } from "./leadership.entity";
import { ChildrensLeadershipEventKind } from "./leadership.enums";
import { BookChildrensLeadershipPlaceInput, RecordChildrensLeadershipEventInput } from "./leadership.inputs";
import { nextSeat, nextSeatTaken, onePlacePerCouncil, requireEventDetails } from "./leadership.rules";

@Resolver(() => Council)
export class CouncilLeadershipResolver {
  @Public()
  @FieldResolver(() => [ChildrensLeadershipPlace], {
    description: "Places the council's lead member for children has taken on induction and Leadership Academy events (empty for a shire district).",
  })
  async childrensLeadershipPlaces(@Root() council: Council, @Ctx() { loaders }: ChildrenContext): Promise<ChildrensLeadershipPlace[]> {
    if (!council.upperTier) return [];
    return loaders.leadershipPlacesByCouncil.load(council.code);
  }
}

@Resolver(() => ChildrensLeadershipPlace)
export class LeadershipPlaceResolver {
  @Public()
  @FieldResolver(() => ChildrensLeadershipEvent, { description: "The event." })
  async event(@Root() place: ChildrensLeadershipPlace, @Ctx() { loaders }: ChildrenContext): Promise<ChildrensLeadershipEvent> {
    return (await loaders.leadershipEventById.load(place.eventId))!;
  }

  @Public()
  @FieldResolver(() => Council, { description: "The lead member's council." })
  async council(@Root() place: ChildrensLeadershipPlace, @Ctx() { loaders }: ChildrenContext): Promise<Council> {
    return (await loaders.councilByCode.load(place.councilCode))!;
  }
}

@Resolver(() => ChildrensLeadershipEvent)
export class LeadershipEventResolver {
  @Public()
  @FieldResolver(() => [ChildrensLeadershipPlace], { description: "The places taken, in order." })
  placesTaken(@Root() event: ChildrensLeadershipEvent, @Ctx() { loaders }: ChildrenContext): Promise<ChildrensLeadershipPlace[]> {
    return loaders.leadershipPlacesByEvent.load(event.id);
  }

  @Public()
  @FieldResolver(() => Int, { description: "Places still free." })
  async placesLeft(@Root() event: ChildrensLeadershipEvent, @Ctx() { loaders }: ChildrenContext): Promise<number> {
    return event.places - (await loaders.leadershipPlacesByEvent.load(event.id)).length;
  }

  @Public()
  @Query(() => [ChildrensLeadershipEvent], { description: "Lead member induction and Leadership Academy events, in date order." })
  childrensLeadershipEvents(
    @Arg("kind", () => ChildrensLeadershipEventKind, { nullable: true, description: "Only events of this kind." }) kind: ChildrensLeadershipEventKind | null,
    @Ctx() { dataSource }: ChildrenContext,
  ): Promise<ChildrensLeadershipEvent[]> {
    return dataSource.getRepository(ChildrensLeadershipEvent).find({ where: kind ? { kind } : {}, order: { startsOn: "ASC", id: "ASC" } });
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => ChildrensLeadershipEvent, { description: "Records a lead member induction or Leadership Academy event." })
  recordChildrensLeadershipEvent(
    @Arg("input", () => RecordChildrensLeadershipEventInput, { description: "The event." }) input: RecordChildrensLeadershipEventInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<ChildrensLeadershipEvent> {
    const startsOn = isoDate(input.startsOn, "startsOn");
    const endsOn = isoDate(input.endsOn, "endsOn");
    requireEventDetails(input.title, input.places, startsOn, endsOn);
    return ctx.transaction((manager) =>
      manager.save(
        manager.create(ChildrensLeadershipEvent, {
          kind: input.kind,
          title: input.title.trim(),
          startsOn,
          endsOn,
          venue: input.venue?.trim() || null,
          places: input.places,
          provenance: Provenance.RECORDED,
        }),
      ),
    );
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => ChildrensLeadershipPlace, {
    description: "Books a free place on an event for a council's lead member for children: one per council per event, never beyond the event's places.",
  })
  bookChildrensLeadershipPlace(
    @Arg("input", () => BookChildrensLeadershipPlaceInput, { description: "The booking." }) input: BookChildrensLeadershipPlaceInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<ChildrensLeadershipPlace> {
    const leadMemberName = requiredText(input.leadMemberName, "leadMemberName");
    let title = `event ${input.event}`;
    return ctx.transaction(
      async (manager) => {
        const council = await requireChildrensServicesCouncil(manager, input.council);
        const event = await findOrNotFound(manager, ChildrensLeadershipEvent, "leadership event", input.event);
        title = event.title;
        if (await manager.existsBy(ChildrensLeadershipPlace, { eventId: event.id, councilCode: council.code })) throw onePlacePerCouncil(title, council.code);
        const seat = nextSeat(event, await manager.countBy(ChildrensLeadershipPlace, { eventId: event.id }));
        return manager.save(
          manager.create(ChildrensLeadershipPlace, { eventId: event.id, councilCode: council.code, leadMemberName, seat, provenance: Provenance.RECORDED }),
        );
      },
      {
        onViolation: (violation) =>
          violation.kind !== "unique"
            ? undefined
            : /council/i.test(violation.detail)
              ? onePlacePerCouncil(title, input.council)
              : nextSeatTaken(title),
      },
    );
  }
}

export const leadershipResolvers = [CouncilLeadershipResolver, LeadershipPlaceResolver, LeadershipEventResolver] as const;
