import { type BoardContext, boardContextFactory, councilRegisterLoaders } from "@sli/shared";
import type { DataSource } from "typeorm";
import { Council } from "./council/council.entity";

function createLoaders(dataSource: DataSource) {
  return {
    ...councilRegisterLoaders(dataSource, Council),
  };
}

export type ChildrenContext = BoardContext<ReturnType<typeof createLoaders>>;

/** The children subgraph's per-request context, with every loader made fresh. */
export const createContext = boardContextFactory(createLoaders);
