import { type Config, Provenance, readTeascRecognised, seedCouncilRegister } from "@sli/shared";
import type { DataSource } from "typeorm";
import { Council } from "./council/council.entity";
import { CqcRating } from "./council/council.enums";
import { seedDemoLocalAccounts } from "./local-account/local-account.demo";
import { seedDemoRegionalPriorities, seedRegionalReference } from "./regional-work/regional-work.demo";
import { seedDemoSignOffs, seedReferenceSignOffs } from "./sign-off/sign-off.demo";

const RECOGNISED_SOURCE =
  "LGA, Sector-led improvement in local government (2012), Annex B: rated adequate by the CQC; progress recognised by the TEASC board by April 2012";

/**
 * The council register. The CQC's 2009-10 ratings are recorded only where a
 * source names them: the three councils the TEASC board had recognised by
 * April 2012 were rated adequate, and their sign-off is RECOGNISED. The ADASS
 * branches and the regions' workshops come from the same source. With demo
 * data: local accounts, four illustrative councils filling the programme to
 * seven, and regional priorities with funding, all marked DEMO. Idempotent.
 */
export async function seedAdults(dataSource: DataSource, config?: Pick<Config, "demoData">): Promise<void> {
  const recognised = readTeascRecognised();
  const recognisedCodes = new Set(recognised.map((council) => council.code));
  await dataSource.transaction(async (manager) => {
    await seedCouncilRegister(manager, Council, (council) =>
      recognisedCodes.has(council.code)
        ? { cqcRating2010: CqcRating.ADEQUATE, cqcRating2010Source: RECOGNISED_SOURCE, cqcRating2010Provenance: Provenance.REFERENCE }
        : { cqcRating2010: null, cqcRating2010Source: null, cqcRating2010Provenance: null },
    );
    await seedReferenceSignOffs(manager, recognised);
    await seedRegionalReference(manager);
    if (config?.demoData) {
      await seedDemoSignOffs(manager, recognised);
      await seedDemoLocalAccounts(manager);
      await seedDemoRegionalPriorities(manager);
    }
  });
}
