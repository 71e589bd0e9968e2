import type { CorporateContext } from "../context";
import type { CouncilSignals } from "../early-warning/early-warning.reference";
import type { Council } from "./council.entity";

/** Another subgraph hands us `{ code }`; the loader makes one statement of a whole `_entities` batch. */
export const councilReference = {
  __resolveReference: async (reference: Pick<Council, "code"> & CouncilSignals, { loaders }: CorporateContext): Promise<Council | null> => {
    const council = await loaders.councilByCode.load(reference.code);
    if (!council || !("childrensWarningSignals" in reference || "adultsWarningSignals" in reference)) return council;
    // The other boards' signals, brought for @requires (Council.earlyWarning): on a copy, as the loader's record is shared.
    return Object.assign(Object.create(Object.getPrototypeOf(council) as object) as Council, council, {
      childrensWarningSignals: reference.childrensWarningSignals ?? null,
      adultsWarningSignals: reference.adultsWarningSignals ?? null,
    });
  },
};
