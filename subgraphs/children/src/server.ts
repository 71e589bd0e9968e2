import "reflect-metadata";
import { type Config, createBoardServer, type SubgraphServer } from "@sli/shared";
import { type ChildrenContext, createContext } from "./context";
import { entities } from "./entities";
import { migrations } from "./migrations";
import { buildChildrenSchema } from "./schema";
import { seedChildren } from "./seed";

export { buildChildrenSchema, createContext, entities, migrations, seedChildren };
export type { ChildrenContext };

/** Opens (creating, migrating, seeding) the board's database and builds its server; listening is index.ts's job. */
export function createChildrenServer(config: Config): Promise<SubgraphServer<ChildrenContext>> {
  return createBoardServer({
    board: "children",
    config,
    buildSchema: buildChildrenSchema,
    entities,
    migrations,
    seed: seedChildren,
    createContext,
  });
}
