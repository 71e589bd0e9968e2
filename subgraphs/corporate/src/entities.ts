import { Council } from "./council/council.entity";
import { leadershipEntities } from "./leadership/leadership.entity";
import { corporatePeerChallengeEntities } from "./peer-challenge/corporate-peer-challenge.entity";
import { Person } from "./person/person.entity";
import { Region } from "./region/region.entity";

export const entities = [Council, Region, Person];
(entities as Function[]).push(...corporatePeerChallengeEntities); // eslint-disable-line @typescript-eslint/no-unsafe-function-type
(entities as Function[]).push(...leadershipEntities); // eslint-disable-line @typescript-eslint/no-unsafe-function-type
