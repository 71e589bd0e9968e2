import { readTeascRecognised, seedCouncilRegister } from "@sli/shared";
import type { DataSource } from "typeorm";
import { Council } from "./council/council.entity";
import { CqcRating } from "./council/cqc-rating";

const RECOGNISED_SOURCE =
  "LGA, Sector-led improvement in local government (2012), Annex B: rated adequate by the CQC; progress recognised by the TEASC board by April 2012";

/**
 * The council register. The CQC's 2009-10 ratings are recorded only where a
 * source names them: the three councils the TEASC board had recognised by
 * April 2012 were rated adequate. Idempotent.
 */
export async function seedAdults(dataSource: DataSource): Promise<void> {
  const recognised = new Set(readTeascRecognised().map((council) => council.code));
  await dataSource.transaction((manager) =>
    seedCouncilRegister(manager, Council, (council) =>
      recognised.has(council.code)
        ? { cqcRating2010: CqcRating.ADEQUATE, cqcRating2010Source: RECOGNISED_SOURCE }
        : { cqcRating2010: null, cqcRating2010Source: null },
    ),
  );
}
