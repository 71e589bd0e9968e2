import { Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { hasDemo, regionNames } from "../common/demo";
import { RegionalFunding } from "./regional-funding.entity";

/** The two priorities the CIB asked every region to fund (the LGA's 2012 offer). */
export const CIB_REGIONAL_PRIORITIES = [
  "Peer challenge between councils",
  "Early support to councils in difficulty or at risk of poor performance",
];

/** Demonstration: CIB funding for each of the nine regions in 2012/13 (the amounts are not published: demo values). */
export async function seedRegionalFundingDemo(manager: EntityManager): Promise<void> {
  if (await hasDemo(manager, RegionalFunding)) return;
  const regions = [...regionNames().keys()].sort();
  await manager.insert(
    RegionalFunding,
    regions.map((regionCode, i) => ({ regionCode, financialYear: "2012/13", amountPounds: 100_000 + ((i * 7919) % 5) * 10_000, priorities: CIB_REGIONAL_PRIORITIES, provenance: Provenance.DEMO })),
  );
}
