import { type BoardContext, boardContextFactory, councilRegisterLoaders } from "@sli/shared";
import type { DataSource } from "typeorm";
import { createCommonDataSetLoaders } from "./common-data-set/common-data-set.loaders";
import { Council } from "./council/council.entity";
import { createLeadershipLoaders } from "./leadership/leadership.loaders";
import { createChildrensPeerChallengeLoaders } from "./peer-challenge/childrens-peer-challenge.loaders";
import { createChildrensPersonLoaders } from "./person/childrens-person.loaders";
import { createRegionalFundingLoaders } from "./regional-funding/regional-funding.loaders";
import { createRegionalLeadLoaders } from "./regional-leads/regional-lead.loaders";
import { createSafeguardingLoaders } from "./safeguarding/safeguarding-peer-review.loaders";
import { createSelfAssessmentLoaders } from "./self-assessment/self-assessment.loaders";
import { createSupportLevelLoaders } from "./support-level/support-level.loaders";
import { createTimelineLoaders } from "./timeline/timeline.loaders";

function createLoaders(dataSource: DataSource) {
  return {
    ...councilRegisterLoaders(dataSource, Council),
    ...createSupportLevelLoaders(dataSource),
    ...createChildrensPersonLoaders(dataSource),
    ...createSelfAssessmentLoaders(dataSource),
    ...createChildrensPeerChallengeLoaders(dataSource),
    ...createSafeguardingLoaders(dataSource),
    ...createRegionalLeadLoaders(dataSource),
    ...createRegionalFundingLoaders(dataSource),
    ...createCommonDataSetLoaders(dataSource),
    ...createLeadershipLoaders(dataSource),
    ...createTimelineLoaders(dataSource),
  };
}

export type ChildrenContext = BoardContext<ReturnType<typeof createLoaders>>;

/** The children subgraph's per-request context, with every loader made fresh. */
export const createContext = boardContextFactory(createLoaders);
