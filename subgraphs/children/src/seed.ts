import { seedCouncilRegister } from "@sli/shared";
import type { DataSource } from "typeorm";
import { Council } from "./council/council.entity";
import { ChildrensSupportLevel } from "./council/support-level";

/**
 * The council register. Every upper-tier council starts at universal support
 * (the level every council has) until the CIB records an agreed package.
 * Idempotent: a council already present is left as it is.
 */
export async function seedChildren(dataSource: DataSource): Promise<void> {
  await dataSource.transaction((manager) =>
    seedCouncilRegister(manager, Council, (council) => ({
      supportLevel: council.upperTier ? ChildrensSupportLevel.UNIVERSAL : null,
    })),
  );
}
