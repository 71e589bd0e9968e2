import { demoRandom, Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { hasDemo, KEEP_UNIVERSAL, upperTierCouncils } from "../common/demo";
import { Council } from "../council/council.entity";
import { ChildrensSupportLevel } from "../council/council.enums";
import { SupportLevelDecision } from "./support-level-decision.entity";

/** Demonstration: about one council in twelve in targeted support and one in six in early support. */
export async function seedSupportLevelDemo(manager: EntityManager): Promise<void> {
  if (await hasDemo(manager, SupportLevelDecision)) return;
  const random = demoRandom(20120401);
  for (const council of await upperTierCouncils(manager)) {
    const draw = random();
    if (KEEP_UNIVERSAL.has(council.code)) continue;
    const level = draw < 0.08 ? ChildrensSupportLevel.TARGETED_SUPPORT : draw < 0.25 ? ChildrensSupportLevel.EARLY_SUPPORT : null;
    if (!level) continue;
    await manager.insert(SupportLevelDecision, {
      councilCode: council.code,
      level,
      decidedOn: "2012-04-02",
      reason: `Demonstration record: an agreed package of ${level === ChildrensSupportLevel.TARGETED_SUPPORT ? "targeted" : "early"} support`,
      provenance: Provenance.DEMO,
    });
    await manager.update(Council, { code: council.code }, { supportLevel: level });
  }
}
