import { badUserInput, conflict } from "@sli/shared";
import type { ChildrensLeadershipEvent } from "./leadership.entity";

/**
 * Rule: an event has a fixed number of places. The next place is numbered
 * after those taken; none beyond the event's places. (The unique
 * event-and-seat index means two bookings racing for the last place cannot
 * both succeed.)
 */
export function nextSeat(event: ChildrensLeadershipEvent, taken: number): number {
  if (taken >= event.places) throw conflict(`"${event.title}" is full: all ${event.places} places are taken`, { eventId: String(event.id) });
  return taken + 1;
}

/** Rule: one place per council on each event (its lead member for children). */
export function onePlacePerCouncil(event: string, council: string) {
  return conflict(`Council ${council} already has a place on "${event}": one place per council per event`);
}

/** Rule: an event has a title, a positive number of places and ends on or after it starts. */
export function requireEventDetails(title: string, places: number, startsOn: string, endsOn: string): void {
  if (!title.trim()) throw badUserInput("The event needs a title", { argument: "title" });
  if (!Number.isInteger(places) || places < 1) throw badUserInput(`places must be a whole number of at least 1, not ${places}`, { argument: "places" });
  if (endsOn < startsOn) throw badUserInput(`The event cannot end (${endsOn}) before it starts (${startsOn})`, { argument: "endsOn" });
}

/** Rule: seats are taken in order; when a concurrent booking took the next one, this booking is refused (book again). */
export function nextSeatTaken(title: string) {
  return conflict(`The next place on "${title}" was taken by another booking at the same moment: book again`);
}
