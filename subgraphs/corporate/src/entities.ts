import { Council } from "./council/council.entity";
import { Person } from "./person/person.entity";
import { Region } from "./region/region.entity";
import { performanceEntities } from "./performance/performance.entities";
import { concernEntities } from "./concerns/concern.entities";

export const entities = [Council, Region, Person];
entities.push(...(performanceEntities as unknown as typeof entities));
entities.push(...(concernEntities as unknown as typeof entities));
