import { isRecordId } from "@sli/shared";
import type { AdultsContext } from "../context";

/** `AdultsSignOff` by its key, through the per-request loader; an id this board does not hold resolves to null. */
export const signOffReference = {
  AdultsSignOff: {
    __resolveReference: (reference: { id: string }, { loaders }: AdultsContext) =>
      isRecordId(reference.id) ? loaders.signOffById.load(Number(reference.id)) : null,
  },
};
