import type { CorporateContext } from "../context";
import type { Council } from "./council.entity";

/** Another subgraph hands us `{ code }`; the loader makes one statement of a whole `_entities` batch. */
export const councilReference = {
  async __resolveReference(reference: Pick<Council, "code"> & Record<string, unknown>, { loaders }: CorporateContext): Promise<Council | null> {
    const council = await loaders.councilByCode.load(reference.code);
    // Fields another board resolved for a `@requires` (the timeline's events, the early-warning signals) come in the reference: keep them beside the record.
    const { __typename: _typename, code: _code, ...required } = reference;
    return council && Object.keys(required).length ? Object.assign(Object.create(council) as Council, required) : council;
  },
};
