import { Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { hasDemo, upperTierCouncils } from "../common/demo";
import { ChildrensLeadershipEvent, ChildrensLeadershipPlace } from "./leadership.entity";
import { ChildrensLeadershipEventKind as Kind } from "./leadership.enums";

/** The 2012 offer: an induction event for new lead members in July, and four two-day Leadership Academy events in the autumn and early New Year. */
const EVENTS = [
  { kind: Kind.LEAD_MEMBER_INDUCTION, title: "Induction for new lead members for children", startsOn: "2012-07-12", endsOn: "2012-07-12", places: 60 },
  { kind: Kind.LEADERSHIP_ACADEMY, title: "Leadership Academy for children's services lead members: event 1", startsOn: "2012-10-10", endsOn: "2012-10-11", places: 20 },
  { kind: Kind.LEADERSHIP_ACADEMY, title: "Leadership Academy for children's services lead members: event 2", startsOn: "2012-11-14", endsOn: "2012-11-15", places: 20 },
  { kind: Kind.LEADERSHIP_ACADEMY, title: "Leadership Academy for children's services lead members: event 3", startsOn: "2013-01-16", endsOn: "2013-01-17", places: 20 },
  { kind: Kind.LEADERSHIP_ACADEMY, title: "Leadership Academy for children's services lead members: event 4", startsOn: "2013-02-13", endsOn: "2013-02-14", places: 20 },
];

/** Demonstration: the five events (dates illustrative) and some places taken by lead members. */
export async function seedLeadershipDemo(manager: EntityManager): Promise<void> {
  if (await hasDemo(manager, ChildrensLeadershipEvent)) return;
  const events = await manager.save(EVENTS.map((event) => manager.create(ChildrensLeadershipEvent, { ...event, venue: "London (demo)", provenance: Provenance.DEMO })));
  const councils = await upperTierCouncils(manager);
  const places: Partial<ChildrensLeadershipPlace>[] = [];
  events.forEach((event, e) => {
    const taking = councils.filter((_, i) => i % 7 === e).slice(0, e === 0 ? 24 : 12);
    taking.forEach((council, seat) =>
      places.push({ eventId: event.id, councilCode: council.code, leadMemberName: `Demo lead member for children, ${council.code}`, seat: seat + 1, provenance: Provenance.DEMO }),
    );
  });
  await manager.insert(ChildrensLeadershipPlace, places as ChildrensLeadershipPlace[]);
}
