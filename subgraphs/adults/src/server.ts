import "reflect-metadata";
import { type Config, createBoardServer, type SubgraphServer } from "@sli/shared";
import { type AdultsContext, createContext } from "./context";
import { entities } from "./entities";
import { migrations } from "./migrations";
import { buildAdultsSchema } from "./schema";
import { seedAdults } from "./seed";

export { buildAdultsSchema, createContext, entities, migrations, seedAdults };
export type { AdultsContext };

/** Opens (creating, migrating, seeding) the board's database and builds its server; listening is index.ts's job. */
export function createAdultsServer(config: Config): Promise<SubgraphServer<AdultsContext>> {
  return createBoardServer({
    board: "adults",
    config,
    buildSchema: buildAdultsSchema,
    entities,
    migrations,
    seed: seedAdults,
    createContext,
  });
}
