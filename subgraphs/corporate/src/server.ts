import "reflect-metadata";
import { type Config, createBoardServer, type SubgraphServer } from "@sli/shared";
import { type CorporateContext, createContext } from "./context";
import { entities } from "./entities";
import { migrations } from "./migrations";
import { buildCorporateSchema } from "./schema";
import { seedCorporate } from "./seed";
import { councilTiers } from "./council/council.tiers";
import { earlyWarningThresholds } from "./early-warning/early-warning.rules";

export { buildCorporateSchema, createContext, entities, migrations, seedCorporate };
export type { CorporateContext };

/** Opens (creating, migrating, seeding) the board's database and builds its server; listening is index.ts's job. */
export function createCorporateServer(config: Config): Promise<SubgraphServer<CorporateContext>> {
  // district_county.csv, read and checked against councils.csv before anything listens.
  councilTiers();
  // The early warning's thresholds (EARLY_WARNING_*), checked before anything listens.
  earlyWarningThresholds();
  return createBoardServer({
    board: "corporate",
    config,
    buildSchema: buildCorporateSchema,
    entities,
    migrations,
    seed: seedCorporate,
    createContext,
  });
}
