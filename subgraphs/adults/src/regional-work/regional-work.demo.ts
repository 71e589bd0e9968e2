import { demoRandom, Provenance, readRegions } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { AdassRegionalBranch, AdultsRegionalPriority, AdultsRegionalWorkshop } from "./regional-work.entity";
import { AdultsRegionalDeliverable } from "./regional-work.enums";

export const WORKSHOP_TOPIC = "Regional issues and priorities in sector-led improvement in adult social care";

/**
 * Reference data: the source says TEASC works "with and through the ADASS
 * regional branches" and that workshops "have now taken place in all regions"
 * — so one branch per region, and one workshop each without a date (the
 * source gives none). Idempotent.
 */
export async function seedRegionalReference(manager: EntityManager): Promise<void> {
  for (const region of readRegions()) {
    if (!(await manager.existsBy(AdassRegionalBranch, { regionCode: region.code }))) {
      await manager.insert(AdassRegionalBranch, { regionCode: region.code, name: `ADASS ${region.name}`, provenance: Provenance.REFERENCE });
    }
    if (!(await manager.existsBy(AdultsRegionalWorkshop, { regionCode: region.code, provenance: Provenance.REFERENCE }))) {
      await manager.insert(AdultsRegionalWorkshop, {
        regionCode: region.code,
        heldOn: null,
        topic: WORKSHOP_TOPIC,
        provenance: Provenance.REFERENCE,
      });
    }
  }
}

const DESCRIPTIONS: Record<AdultsRegionalDeliverable, string> = {
  REGIONAL_PEER_CHALLENGE: "Support the delivery of regional peer challenge on the LGA model",
  LOCAL_ACCOUNTS_REVIEW: "Review and develop the region's local accounts",
  IMPROVEMENT_SUPPORT: "Deliver improvement support to councils that ask for it",
  LEADER_ENGAGEMENT: "Engage council leaders, lead members and chief executives more strongly",
  OTHER: "Another regional priority",
};

/** Demonstration priorities and funding for 2012/13 (provenance DEMO: the amounts are illustrative). Idempotent. */
export async function seedDemoRegionalPriorities(manager: EntityManager): Promise<void> {
  const random = demoRandom(2012_13);
  const deliverables = Object.values(AdultsRegionalDeliverable).filter((d) => d !== AdultsRegionalDeliverable.OTHER);
  for (const region of readRegions()) {
    const picks = random.shuffle(deliverables).slice(0, random.int(2, 4));
    const amounts = picks.map(() => random.int(10, 60) * 1000);
    for (const [index, deliverable] of picks.entries()) {
      const where = { regionCode: region.code, financialYear: "2012/13", deliverable };
      if (await manager.existsBy(AdultsRegionalPriority, where)) continue;
      await manager.insert(AdultsRegionalPriority, {
        ...where,
        description: `${DESCRIPTIONS[deliverable]} (demonstration)`,
        fundingPounds: amounts[index],
        provenance: Provenance.DEMO,
      });
    }
  }
}
