import type { CorporateContext } from "../context";
import type { Council } from "./council.entity";

/** Another subgraph hands us `{ code }`; the loader makes one statement of a whole `_entities` batch. */
export const councilReference = {
  __resolveReference: (reference: Pick<Council, "code">, { loaders }: CorporateContext): Promise<Council | null> =>
    loaders.councilByCode.load(reference.code),
};
