import { Council } from "./council/council.entity";
import { Person } from "./person/person.entity";
import { Region } from "./region/region.entity";

export const entities = [Council, Region, Person];
