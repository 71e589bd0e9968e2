import { type Config, readCouncils, readPeople, readRegions } from "@sli/shared";
import { seedConcernsDemo } from "./concerns/concern.demo";
import { seedGoodPractice } from "./good-practice/good-practice.demo";
import { seedPerformanceDemo } from "./performance/performance.demo";
import type { DataSource } from "typeorm";
import { Council } from "./council/council.entity";
import type { CouncilType } from "./council/council.enums";
import { seedLeadershipDemo } from "./leadership/leadership.demo";
import { seedCorporatePeerChallengeDemo } from "./peer-challenge/corporate-peer-challenge.demo";
import { Person } from "./person/person.entity";
import { Region } from "./region/region.entity";
import { seedSupportDemo } from "./support/support.demo";

/**
 * The reference data (people, regions, the 353 councils) from seed-data/.
 * Idempotent: only what is missing is added, in one transaction.
 */
export async function seedCorporate(dataSource: DataSource, config?: Pick<Config, "demoData">): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const missing = async <T extends object>(entity: new () => T, key: keyof T & string, rows: T[]) => {
      const present = new Set(
        (await manager.getRepository(entity).find({ select: { [key]: true } as never })).map((row) => row[key]),
      );
      const toAdd = rows.filter((row) => !present.has(row[key]));
      if (toAdd.length) await manager.insert(entity, toAdd as never);
    };
    await missing(
      Person,
      "id",
      readPeople().map(({ regionCodes: _regions, ...person }) => Object.assign(new Person(), person)),
    );
    await missing(
      Region,
      "code",
      readRegions().map((region) => Object.assign(new Region(), region)),
    );
    await missing(
      Council,
      "code",
      readCouncils().map((council) => Object.assign(new Council(), { ...council, type: council.type as CouncilType })),
    );
  });
  // Demonstration records (provenance DEMO), only when asked for; each adds only what is missing.
  if (!config?.demoData) {
    // The good practice the seed document states (reference data) comes without them.
    await dataSource.transaction((manager) => seedGoodPractice(manager, false));
    return;
  }
  await seedCorporatePeerChallengeDemo(dataSource);
  await seedLeadershipDemo(dataSource);
  await dataSource.transaction((manager) => seedPerformanceDemo(manager));
  await dataSource.transaction((manager) => seedConcernsDemo(manager));
  // After the corporate peer challenges: the library's demonstration items are drawn from them (and from the other boards' demo records).
  await dataSource.transaction((manager) => seedGoodPractice(manager, true));
  await dataSource.transaction((manager) => seedSupportDemo(manager));
}
