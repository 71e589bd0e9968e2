import { type Config, seedCouncilRegister } from "@sli/shared";
import type { DataSource } from "typeorm";
import { seedCommonDataSetDemo } from "./common-data-set/common-data-set.demo";
import { Council } from "./council/council.entity";
import { ChildrensSupportLevel } from "./council/council.enums";
import { seedLeadershipDemo } from "./leadership/leadership.demo";
import { seedPeerChallengeDemo } from "./peer-challenge/childrens-peer-challenge.demo";
import { seedRegionalFundingDemo } from "./regional-funding/regional-funding.demo";
import { seedRegionalLeadsDemo } from "./regional-leads/regional-lead.demo";
import { seedSafeguardingDemo } from "./safeguarding/safeguarding-peer-review.demo";
import { seedSelfAssessmentDemo } from "./self-assessment/self-assessment.demo";
import { seedSupportLevelDemo } from "./support-level/support-level.demo";

/**
 * The council register. Every upper-tier council starts at universal support
 * (the level every council has) until the CIB records an agreed package.
 * Idempotent: a council already present is left as it is. With demo data on,
 * each programme adds its demonstration records (provenance DEMO) once.
 */
export async function seedChildren(dataSource: DataSource, config?: Pick<Config, "demoData">): Promise<void> {
  await dataSource.transaction((manager) =>
    seedCouncilRegister(manager, Council, (council) => ({
      supportLevel: council.upperTier ? ChildrensSupportLevel.UNIVERSAL : null,
    })),
  );
  if (!config?.demoData) return;
  // Order matters: the safeguarding queue follows support levels; self-assessments follow peer challenges.
  for (const seedDemo of [
    seedSupportLevelDemo,
    seedSafeguardingDemo,
    seedPeerChallengeDemo,
    seedSelfAssessmentDemo,
    seedRegionalLeadsDemo,
    seedRegionalFundingDemo,
    seedCommonDataSetDemo,
    seedLeadershipDemo,
  ]) {
    await dataSource.transaction((manager) => seedDemo(manager));
  }
}
