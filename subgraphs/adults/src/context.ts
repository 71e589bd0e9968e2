import { type BoardContext, boardContextFactory, councilRegisterLoaders } from "@sli/shared";
import type { DataSource } from "typeorm";
import { Council } from "./council/council.entity";
import { createLocalAccountLoaders } from "./local-account/local-account.loaders";
import { createRegionalWorkLoaders } from "./regional-work/regional-work.loaders";
import { createSignOffLoaders } from "./sign-off/sign-off.loaders";
import { createTimelineLoaders } from "./timeline/timeline.loaders";

function createLoaders(dataSource: DataSource) {
  return {
    ...councilRegisterLoaders(dataSource, Council),
    ...createLocalAccountLoaders(dataSource),
    ...createSignOffLoaders(dataSource),
    ...createRegionalWorkLoaders(dataSource),
    ...createTimelineLoaders(dataSource),
  };
}

export type AdultsContext = BoardContext<ReturnType<typeof createLoaders>>;

/** The adults subgraph's per-request context, with every loader made fresh. */
export const createContext = boardContextFactory(createLoaders);
