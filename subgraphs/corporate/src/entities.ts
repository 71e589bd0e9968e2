import { AuditEntry } from "@sli/shared";
import { concernEntities } from "./concerns/concern.entity";
import { Council } from "./council/council.entity";
import { goodPracticeEntities } from "./good-practice/good-practice.entity";
import { leadershipEntities } from "./leadership/leadership.entity";
import { corporatePeerChallengeEntities } from "./peer-challenge/corporate-peer-challenge.entity";
import { performanceEntities } from "./performance/performance.entity";
import { Person } from "./person/person.entity";
import { Region } from "./region/region.entity";
import { supportEntities } from "./support/support.entity";

export const entities = [
  AuditEntry,
  Council,
  Region,
  Person,
  ...corporatePeerChallengeEntities,
  ...leadershipEntities,
  ...performanceEntities,
  ...concernEntities,
  ...goodPracticeEntities,
  ...supportEntities,
];
