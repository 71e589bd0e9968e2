import { type BoardContext, boardContextFactory } from "@sli/shared";
import type { DataSource } from "typeorm";
import { createCouncilLoaders } from "./council/council.loaders";
import { createCorporatePeerChallengeLoaders } from "./peer-challenge/corporate-peer-challenge.loaders";
import { createGoodPracticeLoaders } from "./good-practice/good-practice.loaders";
import { createLeadershipLoaders } from "./leadership/leadership.loaders";
import { createPersonLoaders } from "./person/person.loaders";
import { createPerformanceLoaders } from "./performance/performance.loaders";
import { createConcernLoaders } from "./concerns/concern.loaders";
import { createEarlyWarningLoaders } from "./early-warning/early-warning.loaders";
import { createRegionLoaders } from "./region/region.loaders";
import { createSupportLoaders } from "./support/support.loaders";
import { createTimelineLoaders } from "./timeline/timeline.loaders";

function createLoaders(dataSource: DataSource) {
  return {
    ...createCouncilLoaders(dataSource),
    ...createRegionLoaders(dataSource),
    ...createPersonLoaders(dataSource),
    ...createCorporatePeerChallengeLoaders(dataSource),
    ...createLeadershipLoaders(dataSource),
    ...createPerformanceLoaders(dataSource),
    ...createConcernLoaders(dataSource),
    ...createGoodPracticeLoaders(dataSource),
    ...createEarlyWarningLoaders(dataSource),
    ...createSupportLoaders(dataSource),
    ...createTimelineLoaders(dataSource),
  };
}

export type CorporateContext = BoardContext<ReturnType<typeof createLoaders>>;

/** The corporate subgraph's per-request context, with every loader made fresh. */
export const createContext = boardContextFactory(createLoaders);
