import { groupedLoader, keyedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { ChildrensLeadershipEvent, ChildrensLeadershipPlace } from "./leadership.entity";

export function createLeadershipLoaders(dataSource: DataSource) {
  const places = dataSource.getRepository(ChildrensLeadershipPlace);
  return {
    leadershipEventById: keyedLoader(
      (ids: readonly number[]) => dataSource.getRepository(ChildrensLeadershipEvent).findBy({ id: In([...ids]) }),
      (event) => event.id,
    ),
    leadershipPlacesByEvent: groupedLoader(
      (ids: readonly number[]) => places.find({ where: { eventId: In([...ids]) }, order: { seat: "ASC" } }),
      (place) => place.eventId,
    ),
    leadershipPlacesByCouncil: groupedLoader(
      (codes: readonly string[]) => places.find({ where: { councilCode: In([...codes]) }, order: { eventId: "ASC" } }),
      (place) => place.councilCode,
    ),
  };
}
